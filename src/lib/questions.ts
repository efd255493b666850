/** Browser-side helpers for questions: recording answers in the store and describing answer keys. */
import type { Question } from '#engine/model';
import type { Store } from './store/store.ts';

export type Given = number | number[] | null;

/**
 * Records an answer for topic mastery, and schedules the item for review when it was missed (or is
 * already being reviewed).
 */
export function recordAnswer(store: Store, questionId: string, correct: boolean, now = new Date()): Promise<void> {
  // FSRS loads only when an item needs scheduling, so pages that never schedule do not carry it.
  const scheduled =
    !correct || questionId in store.read('reviews').cards
      ? import('./review.ts').then(({ scheduleAnswer }) => {
          const cards = store.read('reviews').cards;
          store.write('reviews', {
            cards: { ...cards, [questionId]: scheduleAnswer(cards[questionId], correct, now) },
          });
        })
      : Promise.resolve();
  store.update('questions', (cur) => {
    const prev = cur.answers[questionId] ?? { right: 0, wrong: 0, at: now.toISOString() };
    return {
      answers: {
        ...cur.answers,
        [questionId]: {
          right: prev.right + (correct ? 1 : 0),
          wrong: prev.wrong + (correct ? 0 : 1),
          at: now.toISOString(),
        },
      },
    };
  });
  return scheduled;
}

/** The right answer in words, for feedback. */
export function describeAnswer(q: Question): string {
  switch (q.type) {
    case 'single':
      return `“${q.options[q.answer]}”`;
    case 'multiple':
      return q.answer.map((i) => `“${q.options[i]}”`).join(', ');
    case 'order':
      return q.answer.map((i) => q.options[i]).join(' → ');
    case 'match':
      return q.options.left.map((l, i) => `${l} → ${q.options.right[q.answer[i]!]}`).join('; ');
  }
}
