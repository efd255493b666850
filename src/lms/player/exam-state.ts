/**
 * The exam attempt inside a package: drawing, resuming and scoring come from src/lib/exam.ts (the same
 * rules as the site's mock exam); this file only turns an attempt into suspend data and LMS reports.
 */
import { EXAM, drawExam, examDurationMs, scoreExam, type ExamResult, type SingleQuestion } from '../../lib/exam.ts';
import { isInt, isIntArray } from '../runtime/suspend.ts';
import type { Interaction, Outcome } from '../runtime/types.ts';

export interface ExamAttempt {
  seed: number;
  /** The drawn question ids, in order. */
  ids: string[];
  /** Chosen option per drawn question (-1: none). */
  answers: number[];
  current: number;
  remainingMs: number;
  done: boolean;
}

/** Suspend form: the draw is rebuilt from the seed. */
export interface ExamSuspend {
  s: number;
  a: number[];
  i: number;
  t: number;
  d: 0 | 1;
}

export const isExamSuspend = (x: unknown): x is ExamSuspend => {
  const o = x as ExamSuspend;
  return (
    !!o &&
    typeof o === 'object' &&
    isInt(o.s) &&
    isIntArray(o.a) &&
    isInt(o.i) &&
    isInt(o.t) &&
    (o.d === 0 || o.d === 1)
  );
};

export function newAttempt(bank: readonly SingleQuestion[], seed: number): ExamAttempt {
  const ids = drawExam(bank, seed, Math.min(EXAM.questions, bank.length));
  return { seed, ids, answers: ids.map(() => -1), current: 0, remainingMs: examDurationMs(false), done: false };
}

/** Rebuilds an attempt from suspend data; null when it does not fit this bank (then start afresh). */
export function resumeAttempt(bank: readonly SingleQuestion[], s: ExamSuspend): ExamAttempt | null {
  const a = newAttempt(bank, s.s);
  if (s.a.length !== a.ids.length || s.i < 0 || s.i >= a.ids.length || s.t < 0 || s.t > examDurationMs(true))
    return null;
  const byId = new Map(bank.map((q) => [q.id, q]));
  if (s.a.some((x, k) => x < -1 || x >= byId.get(a.ids[k]!)!.options.length)) return null;
  return { ...a, answers: s.a, current: s.i, remainingMs: s.t, done: s.d === 1 };
}

export const toSuspend = (a: ExamAttempt): ExamSuspend => ({
  s: a.seed,
  a: a.answers,
  i: a.current,
  t: Math.round(a.remainingMs),
  d: a.done ? 1 : 0,
});

export function resultOf(
  bank: readonly SingleQuestion[],
  a: ExamAttempt,
): { questions: SingleQuestion[]; result: ExamResult } {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const questions = a.ids.map((id) => byId.get(id)!);
  const answers: Record<string, number> = {};
  a.ids.forEach((id, k) => {
    if (a.answers[k]! >= 0) answers[id] = a.answers[k]!;
  });
  return { questions, result: scoreExam(questions, answers) };
}

const letter = (i: number) => String.fromCharCode(97 + i);

export function examReport(
  bank: readonly SingleQuestion[],
  a: ExamAttempt,
): { outcome: Outcome; interactions: Interaction[] } {
  const { questions, result } = resultOf(bank, a);
  const outcome: Outcome = {
    raw: result.correct,
    min: 0,
    max: result.total,
    scaled: result.correct / Math.max(1, result.total),
    passed: result.passed,
  };
  const interactions: Interaction[] = questions.map((q, k) => ({
    id: q.id,
    type: 'choice',
    description: q.stem,
    response: a.answers[k]! >= 0 ? letter(a.answers[k]!) : '',
    correct: letter(q.answer),
    result: a.answers[k] === q.answer ? 'correct' : 'incorrect',
  }));
  return { outcome, interactions };
}
