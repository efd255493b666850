/** The questions at the end of a lesson; answers are recorded for topic mastery. */
import type { Question } from '#engine/model';
import { browserStore } from '../lib/store/index.ts';
import { recordAnswer } from '../lib/questions.ts';
import QuestionCard from './QuestionCard.tsx';
import { island } from '../i18n/context.tsx';

function KnowledgeCheck({ questions }: { questions: Question[] }) {
  return (
    <div class="knowledge-check not-content">
      {questions.map((q, i) => (
        <QuestionCard
          key={q.id}
          question={q}
          number={i + 1}
          onAnswered={(ok) => recordAnswer(browserStore(), q.id, ok)}
        />
      ))}
    </div>
  );
}

export default island(KnowledgeCheck);
