/** The mock exam is open in another tab (or was taken over from this one): offer to take it here. */
import { useT } from '../../i18n/context.tsx';

export default function ExamOtherTab({ readOnly, takeOver }: { readOnly: boolean; takeOver: () => void }) {
  const t = useT();
  return (
    <div class="exam not-content">
      <div role="alert" class="exam-confirm" data-testid="exam-other-tab">
        <h2>{t('exam.otherTab.title')}</h2>
        <p>{readOnly ? t('exam.otherTab.readOnly') : t('exam.otherTab.body')}</p>
        <button type="button" class="usm-button" onClick={takeOver}>
          {t('exam.otherTab.take')}
        </button>
      </div>
    </div>
  );
}
