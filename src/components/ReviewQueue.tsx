/** The review page: the questions FSRS says are due now; answering reschedules them. */
import { useEffect, useState } from 'preact/hooks';
import type { Question } from '../../simulator/question.ts';
import { browserStore } from '../lib/store/index.ts';
import { recordAnswer } from '../lib/questions.ts';
import { dueItems } from '../lib/review.ts';
import { tPractice as t } from '../i18n/en.ts';
import QuestionCard from './QuestionCard.tsx';

export default function ReviewQueue({ bank, lessons }: { bank: Question[]; lessons: Record<string, string> }) {
  const [due, setDue] = useState<Question[] | null>(null);
  useEffect(() => {
    const byId = new Map(bank.map((q) => [q.id, q]));
    setDue(dueItems(browserStore().read('reviews').cards, new Date()).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])));
  }, []);
  if (due === null) return null;
  return (
    <div class="review not-content">
      <p>{t('review.intro')}</p>
      <p role="status" data-testid="review-count">{due.length === 0 ? t('review.none') : t('review.due', { n: due.length })}</p>
      {due.map((q, i) => (
        <QuestionCard key={q.id} question={q} number={i + 1} lessonHref={lessons[q.lesson]} onAnswered={(ok) => recordAnswer(browserStore(), q.id, ok)} />
      ))}
    </div>
  );
}
