/**
 * Spaced repetition of missed and hard items with FSRS (ts-fsrs). Cards are stored as JSON in the
 * progress store; this module turns answers into the next schedule and lists what is due.
 */
import { Rating, createEmptyCard, fsrs, type Card } from 'ts-fsrs';

export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string;
}

const scheduler = fsrs({ enable_fuzz: false });

const toCard = (c: StoredCard): Card => ({
  ...c,
  due: new Date(c.due),
  last_review: c.last_review ? new Date(c.last_review) : undefined,
  state: c.state as Card['state'],
});
const fromCard = (c: Card): StoredCard => ({
  due: c.due.toISOString(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsed_days,
  scheduled_days: c.scheduled_days,
  learning_steps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  ...(c.last_review ? { last_review: c.last_review.toISOString() } : {}),
});

/** The card after an answer: a miss is rated Again, a right answer Good (Easy when `easy`). */
export function scheduleAnswer(card: StoredCard | undefined, correct: boolean, now: Date, easy = false): StoredCard {
  const current = card ? toCard(card) : createEmptyCard(now);
  const rating = correct ? (easy ? Rating.Easy : Rating.Good) : Rating.Again;
  return fromCard(scheduler.next(current, now, rating).card);
}

/** Ids of the cards due by `now`, most overdue first. */
export function dueItems(cards: Readonly<Record<string, StoredCard>>, now: Date): string[] {
  return Object.entries(cards)
    .filter(([, c]) => new Date(c.due).getTime() <= now.getTime())
    .sort((a, b) => a[1].due.localeCompare(b[1].due))
    .map(([id]) => id);
}

/** Every scheduled card's id, soonest due first (for reviewing the missed ones before they are due). */
export function scheduledItems(cards: Readonly<Record<string, StoredCard>>): string[] {
  return Object.entries(cards)
    .sort((a, b) => a[1].due.localeCompare(b[1].due) || a[0].localeCompare(b[0]))
    .map(([id]) => id);
}

/** When the next card falls due, in words relative to now ("in 1 minute", "in 3 days"). */
export function whenDue(due: string, now: Date, locale = 'en'): string {
  const ms = Math.max(0, new Date(due).getTime() - now.getTime());
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  return hours < 24 ? format.format(hours, 'hour') : format.format(Math.round(hours / 24), 'day');
}
