/** One question of the running mock exam: the stem and options, the flag, and the buttons to move or submit. */
import type { SingleQuestion } from '../../lib/exam.ts';
import type { RecordData } from '../../lib/store/index.ts';
import { useT } from '../../i18n/context.tsx';

type Running = NonNullable<RecordData<'exam'>>;

interface Props {
  exam: Running;
  q: SingleQuestion;
  save: (next: Running) => void;
  go: (index: number) => void;
  confirm: () => void;
}

export default function ExamQuestion({ exam, q, save, go, confirm }: Props) {
  const t = useT();
  return (
    <form class="question exam-question" onSubmit={(e) => e.preventDefault()} aria-labelledby="exam-stem">
      <fieldset>
        <legend id="exam-stem">
          <span class="question-number">{t('exam.question', { n: exam.current + 1, total: exam.ids.length })}</span>
          <br />
          {q.stem}
        </legend>
        {q.options.map((opt, i) => (
          <label class="question-option" key={`${q.id}-${i}`}>
            <input
              type="radio"
              name={`exam-${q.id}`}
              checked={exam.answers[q.id] === i}
              onChange={() => save({ ...exam, answers: { ...exam.answers, [q.id]: i } })}
            />{' '}
            {opt}
          </label>
        ))}
      </fieldset>
      <label class="question-option">
        <input
          type="checkbox"
          checked={exam.flags.includes(q.id)}
          onChange={() =>
            save({
              ...exam,
              flags: exam.flags.includes(q.id) ? exam.flags.filter((f) => f !== q.id) : [...exam.flags, q.id],
            })
          }
        />{' '}
        {t('exam.flag')}
      </label>
      <div class="sim-actions">
        <button
          type="button"
          class="usm-button secondary"
          disabled={exam.current === 0}
          onClick={() => go(exam.current - 1)}
        >
          {t('exam.prev')}
        </button>
        <button
          type="button"
          class="usm-button secondary"
          disabled={exam.current === exam.ids.length - 1}
          onClick={() => go(exam.current + 1)}
        >
          {t('exam.next')}
        </button>
        <button type="button" class="usm-button" onClick={confirm}>
          {t('exam.submit')}
        </button>
      </div>
    </form>
  );
}
