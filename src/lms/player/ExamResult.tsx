/** The exam's result inside a package: pass or not, the score, per topic, and every question reviewed. */
import { EXAM, type ExamResult as Result, type SingleQuestion } from '../../lib/exam.ts';
import { useT } from '../../i18n/context.tsx';
import { topicTitle } from '../../lib/topics.ts';

interface Props {
  questions: SingleQuestion[];
  result: Result;
  answers: number[];
}

export default function ExamResult({ questions, result, answers }: Props) {
  // The packages are English only: `t` is src/lms/strings.ts's English LMS_STRINGS, topic names included.
  const t = useT();
  return (
    <section
      class="lms-result"
      tabIndex={-1}
      ref={(el) => el?.focus()}
      aria-labelledby="lms-result-title"
      data-testid="result"
    >
      <h2 id="lms-result-title" class={result.passed ? 'is-right' : 'is-wrong'}>
        {result.passed ? t('exam.result.passed') : t('exam.result.failed')}
      </h2>
      <p data-testid="score">
        {t('exam.result.score', {
          correct: result.correct,
          total: result.total,
          percent: result.percent,
          pass: EXAM.passMark,
        })}
      </p>
      <table>
        <caption>{t('exam.result.byTopic')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exam.result.topic')}</th>
            <th scope="col">{t('exam.result.correct')}</th>
          </tr>
        </thead>
        <tbody>
          {result.byTopic.map((r) => (
            <tr key={r.topic}>
              <td>{topicTitle(r.topic, t)}</td>
              <td>
                {r.correct} / {r.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>{t('exam.result.review')}</summary>
        <ol>
          {questions.map((q, k) => (
            <li key={q.id}>
              <p>{q.stem}</p>
              <p>
                {answers[k]! >= 0
                  ? t('exam.result.yourAnswer', { answer: q.options[answers[k]!]! })
                  : t('exam.result.noAnswer')}
              </p>
              <p>{t('exam.result.rightAnswer', { answer: q.options[q.answer]! })}</p>
              <p>{q.explanation}</p>
            </li>
          ))}
        </ol>
      </details>
      <p>{t('lms.closeWindow')}</p>
    </section>
  );
}
