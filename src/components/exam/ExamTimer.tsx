/**
 * The countdown. The visible clock is hidden from screen readers (it would be read every second);
 * a polite live region announces 10, 5 and 1 minutes left, and a button says the time on demand.
 */
import { useState } from 'preact/hooks';
import { formatClock, spokenTime } from '../../lib/exam.ts';
import { tExam as t } from '../../i18n/en.ts';

export default function ExamTimer({ remainingMs, announcement }: { remainingMs: number; announcement: string }) {
  const [onDemand, setOnDemand] = useState('');
  return (
    <div class="exam-timer">
      <span class="exam-timer-label">{t('exam.timer')}: </span>
      <span class="exam-clock" aria-hidden="true" data-testid="exam-clock">{formatClock(remainingMs)}</span>{' '}
      <button type="button" class="usm-button secondary" onClick={() => setOnDemand((prev) => (prev === spokenTime(remainingMs) ? `${spokenTime(remainingMs)}.` : spokenTime(remainingMs)))}>
        {t('exam.timer.say')}
      </button>
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="exam-announcement">{onDemand || announcement}</p>
    </div>
  );
}
