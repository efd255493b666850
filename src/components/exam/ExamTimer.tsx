/**
 * The countdown. The visible clock is hidden from screen readers (it would be read every second);
 * a polite live region announces 10, 5 and 1 minutes left, and a button says the time on demand.
 */
import { useState } from 'preact/hooks';
import { formatClock, spokenTime } from '../../lib/exam.ts';
import { useT } from '../../i18n/context.tsx';

export default function ExamTimer({ remainingMs, announcement }: { remainingMs: number; announcement: string }) {
  const t = useT();
  const [onDemand, setOnDemand] = useState('');
  return (
    <div class="exam-timer">
      <span class="exam-timer-label">{t('exam.timer')}: </span>
      <span class="exam-clock" aria-hidden="true" data-testid="exam-clock">
        {formatClock(remainingMs)}
      </span>{' '}
      <button
        type="button"
        class="usm-button secondary"
        onClick={() =>
          setOnDemand((prev) =>
            prev === spokenTime(t, remainingMs) ? `${spokenTime(t, remainingMs)}.` : spokenTime(t, remainingMs),
          )
        }
      >
        {t('exam.timer.say')}
      </button>
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="exam-announcement">
        {onDemand || announcement}
      </p>
    </div>
  );
}
