/** The confirmation before a mock exam is submitted: it names the unanswered and the flagged questions. */
import { listOfQuestions } from '../../lib/exam.ts';
import { useT } from '../../i18n/context.tsx';

interface Props {
  /** Question numbers (1-based) not answered, and flagged. */
  unanswered: number[];
  flagged: number[];
  submit: () => void;
  cancel: () => void;
}

export default function ExamConfirm({ unanswered, flagged, submit, cancel }: Props) {
  const t = useT();
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      class="exam-confirm"
    >
      <h2 id="confirm-title">{t('exam.confirm.title')}</h2>
      <div id="confirm-body">
        <p data-testid="confirm-unanswered">
          {unanswered.length
            ? listOfQuestions(t, 'exam.confirm.unanswered', unanswered)
            : t('exam.confirm.allAnswered')}
        </p>
        {flagged.length > 0 && (
          <p data-testid="confirm-flagged">{listOfQuestions(t, 'exam.confirm.flagged', flagged)}</p>
        )}
      </div>
      <button type="button" class="usm-button" onClick={submit} ref={(el) => el?.focus()}>
        {t('exam.confirm.yes')}
      </button>{' '}
      <button type="button" class="usm-button secondary" onClick={cancel}>
        {t('exam.confirm.no')}
      </button>
    </div>
  );
}
