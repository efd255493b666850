/** Checking a learner's answer against a question's key. No schema code, so islands stay small. */
import type { Question } from './question.ts';

/** Grades one answer. Returns whether it is right; `answer` has the same shape as the key. */
export function isCorrect(q: Question, given: number | readonly number[] | null | undefined): boolean {
  if (given === null || given === undefined) return false;
  if (q.type === 'single') return given === q.answer;
  if (!Array.isArray(given)) return false;
  if (q.type === 'multiple') return given.length === q.answer.length && q.answer.every((i) => given.includes(i));
  return given.length === q.answer.length && q.answer.every((v, i) => given[i] === v);
}
