/** Results: score, pass/fail, per-topic breakdown, a review of every question, and past attempts. */
import { type ExamResult, type SingleQuestion } from '../../lib/exam.ts';
import { useT } from '../../i18n/context.tsx';
import { topicTitle } from '../../lib/topics.ts';

interface Props {
  result: ExamResult;
  questions: SingleQuestion[];
  answers: Record<string, number>;
  history: { at: string; correct: number; total: number; passed: boolean }[];
  lessonHref: (slug: string) => string | undefined;
  restart: () => void;
}

export default function ExamResults({ result, questions, answers, history, lessonHref, restart }: Props) {
  const t = useT();
  const previous = history.length >= 2 ? history[history.length - 2]! : null;
  const delta = previous ? result.correct - previous.correct : null;
  return (
    <section class="exam-results" aria-labelledby="exam-result-title" tabIndex={-1} id="exam-results">
      <h2 id="exam-result-title" data-testid="exam-verdict">
        {result.passed ? t('exam.result.passed') : t('exam.result.failed')}
      </h2>
      <p data-testid="exam-score">
        {t('exam.result.score', {
          correct: result.correct,
          total: result.total,
          percent: result.percent,
          pass: result.passMark,
        })}
      </p>
      <h3>{t('exam.result.byTopic')}</h3>
      <table>
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
      <h3>{t('exam.result.history')}</h3>
      <ol class="exam-history">
        {history.map((h, i) => (
          <li key={i}>
            {new Date(h.at).toLocaleString()}: {h.correct} / {h.total}{' '}
            {h.passed ? `(${t('exam.result.passed').toLowerCase()})` : ''}
          </li>
        ))}
      </ol>
      {delta !== null && (
        <p>
          {delta > 0
            ? t('exam.result.trend.up', { n: delta })
            : delta < 0
              ? t('exam.result.trend.down', { n: -delta })
              : t('exam.result.trend.same')}
        </p>
      )}
      <p>
        <button type="button" class="usm-button" onClick={restart}>
          {t('exam.result.again')}
        </button>
      </p>
      <details>
        <summary>{t('exam.result.review')}</summary>
        <ol class="exam-review">
          {questions.map((q) => {
            const given = answers[q.id];
            const href = lessonHref(q.lesson);
            return (
              <li key={q.id} class={given === q.answer ? 'is-right' : 'is-wrong'}>
                <p>
                  <strong>{q.stem}</strong>
                </p>
                <p>
                  {given === undefined
                    ? t('exam.result.noAnswer')
                    : t('exam.result.yourAnswer', { answer: q.options[given]! })}
                </p>
                <p>{t('exam.result.rightAnswer', { answer: q.options[q.answer]! })}</p>
                <p>
                  {q.explanation} {href && <a href={href}>{t('question.readMore')}</a>}
                </p>
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}
