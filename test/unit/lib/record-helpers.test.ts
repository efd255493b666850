/**
 * Issue 14, "no rule in a view": recording a graded call and the mock exam's records are store helpers
 * (src/lib/scenario-results.ts, src/lib/exam-records.ts), not island code. Checked here on a memory store.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grade } from '#engine/model';
import { parseQuestionFile } from '#engine/build';
import { EXAM, type SingleQuestion } from '../../../src/lib/exam.ts';
import { beginExam, submitExam } from '../../../src/lib/exam-records.ts';
import { recordScenarioResult } from '../../../src/lib/scenario-results.ts';
import { MemoryStorage, createStore } from '../../../src/lib/store/store.ts';

const dir = join(import.meta.dirname, '../../../quizzes');
const bank = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parseQuestionFile(readFileSync(join(dir, f), 'utf8'), f).questions)
  .filter((q): q is SingleQuestion => q.type === 'single');
const byId = new Map(bank.map((q) => [q.id, q]));
const fresh = () => createStore(new MemoryStorage());
const at = (s: string) => new Date(`2026-12-0${s}T10:00:00.000Z`);

describe('recording a graded call', () => {
  const expected = { callType: 'incident', workflow: 3, entry: 'recover' } as const;
  const right = grade({ expected } as never, { callType: 'incident', route: ['recover', 'change', 'operate'] });
  const wrong = grade({ expected } as never, { callType: 'incident', route: ['recover', 'operate'] });

  it('keeps the best score, counts attempts, remembers the last workflow and whether it was ever passed', () => {
    const store = fresh();
    recordScenarioResult(store, 'mining', right, at('1'));
    recordScenarioResult(store, 'mining', wrong, at('2'));
    expect(store.read('scenarios').results['mining']).toEqual({
      best: right.score,
      attempts: 2,
      lastWorkflow: wrong.workflowChosen,
      passed: true,
      at: at('2').toISOString(),
    });
    expect(right.score).toBeGreaterThan(wrong.score);
    expect(wrong.passed).toBe(false);
  });

  it('leaves the other scenarios alone', () => {
    const store = fresh();
    recordScenarioResult(store, 'a', wrong, at('1'));
    recordScenarioResult(store, 'b', right, at('1'));
    expect(Object.keys(store.read('scenarios').results).sort()).toEqual(['a', 'b']);
    expect(store.read('scenarios').results['a']!.passed).toBe(false);
  });
});

describe('the mock exam records', () => {
  it('begins an exam of 40 drawn questions, trimming the previous attempt to its summary', () => {
    const store = fresh();
    const first = beginExam(store, bank, { extraTime: false, passMark: EXAM.passMark, seed: 1, now: at('1') });
    store.write('exam', first);
    const qs = first.ids.map((id) => byId.get(id)!);
    submitExam(store, first, qs, EXAM.passMark, false, at('1'));
    expect(store.read('examHistory').attempts[0]!.ids).toHaveLength(40);
    const second = beginExam(store, bank, {
      extraTime: true,
      passMark: EXAM.professionalPassMark,
      seed: 2,
      now: at('2'),
    });
    expect(second).toMatchObject({
      extraTime: true,
      passMark: EXAM.professionalPassMark,
      current: 0,
      answers: {},
      flags: [],
    });
    expect(second.ids).toHaveLength(EXAM.questions);
    expect(store.read('examHistory').attempts[0]!.ids).toBeUndefined();
    expect(store.read('examHistory').attempts[0]!.correct).toBe(0);
  });

  it('submits once: scores, records every answer, adds the attempt and clears the running exam', () => {
    const store = fresh();
    const running = beginExam(store, bank, { extraTime: false, passMark: EXAM.passMark, seed: 9, now: at('3') });
    const qs = running.ids.map((id) => byId.get(id)!);
    // The first 30 answered right, the rest wrong.
    running.answers = Object.fromEntries(
      qs.map((q, i) => [q.id, i < 30 ? q.answer : (q.answer + 1) % q.options.length]),
    );
    store.write('exam', running);
    const result = submitExam(store, running, qs, EXAM.passMark, true, at('3'));
    expect(result).toMatchObject({ correct: 30, total: 40, passed: true });
    expect(store.read('exam')).toBeNull();
    const [attempt] = store.read('examHistory').attempts;
    expect(attempt).toMatchObject({
      correct: 30,
      total: 40,
      passed: true,
      timeUp: true,
      startedAt: running.startedAt,
      at: at('3').toISOString(),
    });
    expect(attempt!.missed).toEqual(qs.slice(30).map((q) => q.id));
    const answers = store.read('questions').answers;
    expect(
      qs.every((q, i) => answers[q.id]!.right === (i < 30 ? 1 : 0) && answers[q.id]!.wrong === (i < 30 ? 0 : 1)),
    ).toBe(true);
    // Submitted already (another tab, or twice): nothing more is recorded.
    expect(submitExam(store, running, qs, EXAM.passMark, false, at('4'))).toBeNull();
    expect(store.read('examHistory').attempts).toHaveLength(1);
    expect(store.read('questions').answers[qs[0]!.id]!.right).toBe(1);
  });
});
