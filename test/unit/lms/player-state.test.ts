/**
 * The players' state without a browser: the exam draws and scores with src/lib/exam.ts, the call set
 * plays on the engine and grades with the simulator, and suspend data that is corrupt, from another
 * package or from another version is refused with its reason.
 */
import { describe, expect, it } from 'vitest';
import { EXAM, drawExam, scoreExam } from '../../../src/lib/exam.ts';
import { solutionEvents, grade, attemptOf } from '#engine/model';
import { readSuspend, writeSuspend } from '../../../src/lms/runtime/suspend.ts';
import { examReport, isExamSuspend, newAttempt, resumeAttempt, toSuspend } from '../../../src/lms/player/exam-state.ts';
import {
  decodeAnswer,
  encodeAnswer,
  fitsSet,
  fromSetSuspend,
  gradeCall,
  isSetSuspend,
  setReport,
  startCall,
  expectedAnswer,
  toSetSuspend,
  type SetProgress,
} from '../../../src/lms/player/calls-state.ts';
import { library, singles } from './content.ts';

describe('exam attempt', () => {
  it('draws the same 40 questions as the site’s mock exam for a seed, and reports them as the exam scores them', () => {
    const a = newAttempt(singles, 42);
    expect(a.ids).toEqual(drawExam(singles, 42));
    expect(a.ids).toHaveLength(EXAM.questions);
    expect(a.remainingMs).toBe(60 * 60_000);
    const byId = new Map(singles.map((q) => [q.id, q]));
    // Right on the first 26, wrong on the rest: exactly the pass mark.
    a.answers = a.ids.map((id, k) =>
      k < 26 ? byId.get(id)!.answer : (byId.get(id)!.answer + 1) % byId.get(id)!.options.length,
    );
    const { outcome, interactions } = examReport(singles, a);
    const expected = scoreExam(
      a.ids.map((id) => byId.get(id)!),
      Object.fromEntries(a.ids.map((id, k) => [id, a.answers[k]!])),
    );
    expect(outcome).toEqual({ raw: expected.correct, min: 0, max: 40, scaled: 26 / 40, passed: true });
    expect(interactions.filter((i) => i.result === 'correct')).toHaveLength(26);
    expect(interactions[0]!.correct).toBe(String.fromCharCode(97 + byId.get(a.ids[0]!)!.answer));
  });

  it('round-trips through suspend data and refuses what does not fit', () => {
    const a = { ...newAttempt(singles, 7), current: 5, remainingMs: 1_234_000 };
    a.answers[0] = 1;
    const raw = writeSuspend('usm-trainer-mock-exam', 'v1', toSuspend(a));
    expect(raw.length).toBeLessThan(4096);
    const read = readSuspend(raw, 'usm-trainer-mock-exam', 'v1', isExamSuspend);
    expect(read.ok && resumeAttempt(singles, read.state)).toEqual(a);
    expect(readSuspend(raw, 'usm-trainer-mock-exam', 'v2', isExamSuspend)).toEqual({
      ok: false,
      reason: 'other-version',
    });
    expect(readSuspend(raw, 'usm-trainer-calls-all', 'v1', isExamSuspend)).toEqual({
      ok: false,
      reason: 'other-package',
    });
    expect(readSuspend('{"p":"usm', 'usm-trainer-mock-exam', 'v1', isExamSuspend)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    expect(
      readSuspend('{"p":"usm-trainer-mock-exam","v":"v1","s":{"s":"x"}}', 'usm-trainer-mock-exam', 'v1', isExamSuspend),
    ).toEqual({ ok: false, reason: 'corrupt' });
    expect(readSuspend('', 'usm-trainer-mock-exam', 'v1', isExamSuspend)).toEqual({ ok: false, reason: 'empty' });
    // Well-formed but impossible: an answer index past the options, or a question past the end.
    expect(resumeAttempt(singles, { ...toSuspend(a), a: a.answers.map(() => 9) })).toBeNull();
    expect(resumeAttempt(singles, { ...toSuspend(a), i: 40 })).toBeNull();
  });
});

describe('call set', () => {
  const set = library.slice(0, 2);

  it('plays a call on the engine and grades it as the simulator does', () => {
    const s = set[0]!;
    const snap = startCall(s.id, solutionEvents(s.expected.callType, s.expected.workflow)).getSnapshot();
    expect(snap.status).toBe('done');
    const done = gradeCall(s, snap);
    expect(done).toEqual({ score: grade(s, attemptOf(snap)).score, passed: true, answer: expectedAnswer(s) });
  });

  it('scores the set as the mean call score, passing at 65', () => {
    const right = set.map((s) =>
      gradeCall(s, startCall(s.id, solutionEvents(s.expected.callType, s.expected.workflow)).getSnapshot()),
    );
    const wrongType = set[1]!.expected.callType === 'incident' ? 'wish' : 'incident';
    const wrong = gradeCall(set[1]!, startCall(set[1]!.id, [{ type: 'CLASSIFY', callType: wrongType }]).getSnapshot());
    expect(wrong.passed).toBe(false);
    const { outcome, interactions } = setReport(set, [right[0]!, wrong]);
    expect(outcome.raw).toBeCloseTo((right[0]!.score + wrong.score) / 2, 2);
    expect(outcome.passed).toBe(outcome.scaled >= 0.65);
    expect(interactions.map((i) => i.result)).toEqual(['correct', 'incorrect']);
    expect(setReport(set, right).outcome).toMatchObject({ passed: true });
  });

  it('accepts its own suspend form and refuses a malformed one', () => {
    const p: SetProgress = {
      index: 1,
      events: [{ type: 'CLASSIFY', callType: 'incident' }],
      done: [{ score: 100, passed: true, answer: 'incident: recover > change > operate' }],
    };
    const s = toSetSuspend(p);
    expect(s.d).toEqual([[100, 1, '2:213']]);
    expect(isSetSuspend(s) && fromSetSuspend(s)).toEqual(p);
    expect(isSetSuspend({ ...s, e: [{ type: 'DELETE_EVERYTHING' }] })).toBe(false);
    expect(isSetSuspend({ ...s, d: [[100, 1, 'recover']] })).toBe(false);
    expect(fitsSet({ ...p, index: 3, done: [] }, 2)).toBe(false);
    expect(decodeAnswer(encodeAnswer('none: none'))).toBe('none: none');
  });

  it('keeps a whole-library set within SCORM 1.2’s 4096 characters of suspend data', () => {
    const longest = 'service-request: operate > improve > agree > change > operate';
    const p: SetProgress = {
      index: library.length - 1,
      events: Array.from({ length: 16 }, () => ({ type: 'ADVANCE' as const })),
      done: library.slice(1).map(() => ({ score: 100, passed: true, answer: longest })),
    };
    expect(writeSuspend('usm-trainer-calls-all', '0123456789ab', toSetSuspend(p)).length).toBeLessThan(4096);
  });
});
