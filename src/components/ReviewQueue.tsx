/**
 * The review page: the questions FSRS says are due now; answering reschedules them. When nothing is due
 * it says how many are scheduled and when the next one is, and offers to review the missed ones now.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Question } from '#engine/model';
import { browserStore } from '../lib/store/index.ts';
import { recordAnswer } from '../lib/questions.ts';
import { dueItems, scheduledItems, whenDue } from '../lib/review.ts';
import { island, useT } from '../i18n/context.tsx';
import QuestionCard from './QuestionCard.tsx';

interface Queue {
  due: Question[];
  /** Scheduled but not due yet, soonest first. */
  later: Question[];
  nextDue: string | null;
}

function ReviewQueue({ bank, lessons }: { bank: Question[]; lessons: Record<string, string> }) {
  const t = useT();
  const [queue, setQueue] = useState<Queue | null>(null);
  const [early, setEarly] = useState(false);
  useEffect(() => {
    const byId = new Map(bank.map((q) => [q.id, q]));
    const cards = browserStore().read('reviews').cards;
    const known = (ids: string[]) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    const due = known(dueItems(cards, new Date()));
    const later = known(scheduledItems(cards)).filter((q) => !due.includes(q));
    setQueue({ due, later, nextDue: later.length ? cards[later[0]!.id]!.due : null });
  }, []);
  if (queue === null) return null;
  const shown = early ? [...queue.due, ...queue.later] : queue.due;
  const n = queue.later.length;
  return (
    <div class="review not-content">
      <p>{t('review.intro')}</p>
      <p role="status" data-testid="review-count">
        {queue.due.length === 0 ? t('review.none') : t('review.due', { n: queue.due.length })}
        {queue.nextDue && (
          <>
            {' '}
            {t(n === 1 ? 'review.scheduled.one' : 'review.scheduled.other', {
              n,
              when: whenDue(queue.nextDue, new Date()),
            })}
          </>
        )}
      </p>
      {n > 0 && !early && (
        <p>
          <button type="button" class="usm-button" onClick={() => setEarly(true)}>
            {t('review.early')}
          </button>
        </p>
      )}
      {early && <p>{t('review.early.intro')}</p>}
      {shown.map((q, i) => (
        <QuestionCard
          key={q.id}
          question={q}
          number={i + 1}
          lessonHref={lessons[q.lesson]}
          onAnswered={(ok) => recordAnswer(browserStore(), q.id, ok)}
        />
      ))}
    </div>
  );
}

export default island(ReviewQueue);
