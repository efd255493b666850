/** The start screen: the format, extra time, the pass mark (Foundation or Professional) and Start. */
import { useState } from 'preact/hooks';
import { EXAM, type PassMark } from '../../lib/exam.ts';
import { useT } from '../../i18n/context.tsx';

interface Props {
  start: (options: { extraTime: boolean; passMark: PassMark }) => void;
  /** Shows the last result again, when there is one. */
  showLast?: () => void;
  notice?: string;
}

const percent = (pass: number) => Math.round((pass / EXAM.questions) * 100);

export default function ExamStart({ start, showLast, notice }: Props) {
  const t = useT();
  const [extraTime, setExtraTime] = useState(false);
  const [passMark, setPassMark] = useState<PassMark>(EXAM.passMark);
  return (
    <div class="exam not-content">
      {notice && (
        <p role="alert" class="question-feedback is-wrong">
          {notice}
        </p>
      )}
      <p>{t('exam.intro', { n: EXAM.questions, minutes: EXAM.minutes, pass: EXAM.passMark })}</p>
      <label class="question-option">
        <input type="checkbox" checked={extraTime} onChange={() => setExtraTime(!extraTime)} />{' '}
        {t('exam.extraTime', { minutes: EXAM.minutes * EXAM.extraTimeFactor })}
      </label>
      <fieldset class="exam-passmark">
        <legend>{t('exam.passMark')}</legend>
        {([EXAM.passMark, EXAM.professionalPassMark] as const).map((pass) => (
          <label class="question-option" key={pass}>
            <input type="radio" name="exam-passmark" checked={passMark === pass} onChange={() => setPassMark(pass)} />{' '}
            {t(pass === EXAM.passMark ? 'exam.passMark.foundation' : 'exam.passMark.professional', {
              pass,
              n: EXAM.questions,
              percent: percent(pass),
            })}
          </label>
        ))}
        <p class="question-instruction">{t('exam.passMark.note')}</p>
      </fieldset>
      <p>
        <button type="button" class="usm-button" onClick={() => start({ extraTime, passMark })}>
          {t('exam.start')}
        </button>
        {showLast && (
          <>
            {' '}
            <button type="button" class="usm-button secondary" onClick={showLast}>
              {t('exam.lastResult')}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
