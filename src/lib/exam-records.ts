/**
 * The mock exam's records in the learner's store, written only here: the running exam (`exam`), the
 * history of attempts (`examHistory`, where only the last attempt keeps its questions and answers) and,
 * on submitting, every answer for topic mastery and review (`recordAnswer`).
 */
import { drawExam, examDurationMs, scoreExam, type ExamResult, type PassMark, type SingleQuestion } from './exam.ts';
import { recordAnswer } from './questions.ts';
import { LIMITS, type RecordData } from './store/records.ts';
import type { Store } from './store/store.ts';

export type RunningExam = NonNullable<RecordData<'exam'>>;
type Attempt = RecordData<'examHistory'>['attempts'][number];

/** An attempt without the questions and answers only the last one keeps. */
const summary = ({ ids: _ids, answers: _answers, timeUp: _timeUp, ...rest }: Attempt): Attempt => rest;

/**
 * A new exam drawn from the bank: the last result stays viewable until now, so only now does the history
 * keep just its summary. The running exam is returned, not yet saved (the island saves it once it runs).
 */
export function beginExam(
  store: Store,
  bank: readonly SingleQuestion[],
  options: { extraTime: boolean; passMark: PassMark; seed: number; now?: Date },
): RunningExam {
  const { extraTime, passMark, seed, now = new Date() } = options;
  store.update('examHistory', (h) => ({ attempts: h.attempts.map(summary) }));
  return {
    seed,
    ids: drawExam(bank, seed),
    answers: {},
    flags: [],
    extraTime,
    remainingMs: examDurationMs(extraTime),
    current: 0,
    startedAt: now.toISOString(),
    passMark,
  };
}

/**
 * Submits a running exam: scores it, records every answer, adds the attempt to the history and clears the
 * running exam. Null when it was submitted already (in another tab, or twice here): nothing is recorded.
 */
export function submitExam(
  store: Store,
  running: RunningExam,
  questions: readonly SingleQuestion[],
  passMark: number,
  timeUp: boolean,
  now = new Date(),
): ExamResult | null {
  const stored = store.read('exam');
  if (!stored || stored.startedAt !== running.startedAt) return null;
  const result = scoreExam(questions, running.answers, passMark);
  for (const q of questions) void recordAnswer(store, q.id, running.answers[q.id] === q.answer, now);
  store.update('examHistory', (h) =>
    h.attempts.some((a) => a.startedAt === running.startedAt)
      ? h
      : {
          attempts: [
            ...h.attempts.map(summary),
            {
              at: now.toISOString(),
              correct: result.correct,
              total: result.total,
              passed: result.passed,
              extraTime: running.extraTime,
              byTopic: result.byTopic,
              missed: questions.filter((q) => running.answers[q.id] !== q.answer).map((q) => q.id),
              passMark,
              startedAt: running.startedAt,
              ids: running.ids,
              answers: running.answers,
              timeUp,
            },
          ].slice(-LIMITS.historyLength),
        },
  );
  store.write('exam', null);
  return result;
}
