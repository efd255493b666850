// @vitest-environment happy-dom
/**
 * The SCORM adapters against scorm-again, the SCORM 1.2 / 2004 run-time that LMS players embed: status,
 * score, session time, suspend and resume, interactions, and the bad cases (no API, a failing API).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { connectScorm12 } from '../../../src/lms/runtime/scorm12.ts';
import { connectScorm2004 } from '../../../src/lms/runtime/scorm2004.ts';
import { connect } from '../../../src/lms/runtime/connect.ts';
import type { Interaction, Outcome } from '../../../src/lms/runtime/types.ts';

const w = window as unknown as Record<string, unknown>;
afterEach(() => {
  delete w.API;
  delete w.API_1484_11;
});

const outcome: Outcome = { raw: 27, min: 0, max: 40, scaled: 27 / 40, passed: true };
const interactions: Interaction[] = [
  { id: 'recover-001', type: 'choice', description: 'Which process…', response: 'b', correct: 'b', result: 'correct' },
  { id: 'agree-004', type: 'choice', description: 'Who…', response: 'a', correct: 'c', result: 'incorrect' },
  { id: 'change-002', type: 'choice', description: 'Unanswered', response: '', correct: 'a', result: 'incorrect' },
];
/** A fake clock: each session lasts 83.5 seconds. */
const clock = () => {
  let n = 0;
  return () => (n++ === 0 ? 1_000_000 : 1_083_500);
};
const quiet = { logLevel: 5 as const, autocommit: false };
/** What the LMS receives on commit (write-only elements included). */
type Committed = { cmi: Record<string, any> };
const committed = (api: { renderCommitCMI(t: boolean): unknown }) => (api.renderCommitCMI(true) as Committed).cmi;

describe('SCORM 1.2 adapter on scorm-again', () => {
  it('starts incomplete, saves suspend data, leaves suspended, and resumes it in the next session', () => {
    const api = new Scorm12API(quiet);
    w.API = api;
    const s = connectScorm12(window, clock())!;
    expect(s.standard).toBe('scorm12');
    expect(s.suspendData).toBe('');
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    s.save('{"state":1}');
    expect(api.cmi.suspend_data).toBe('{"state":1}');
    s.suspend('{"state":2}');
    expect(committed(api).core.exit).toBe('suspend');
    expect(committed(api).core.session_time).toMatch(/^0*:01:23(\.5)?/);
    expect(api.isTerminated()).toBe(true);
    expect(s.problem()).toBeNull();

    // The LMS launches the next session with what it kept.
    const next = new Scorm12API(quiet);
    next.loadFromJSON({
      suspend_data: api.cmi.suspend_data,
      core: { entry: 'resume', lesson_status: api.cmi.core.lesson_status },
    } as never);
    w.API = next;
    const s2 = connectScorm12(window)!;
    expect(s2.suspendData).toBe('{"state":2}');
    expect(next.cmi.core.lesson_status).toBe('incomplete');
  });

  it('reports the score as a percentage, passed or failed, session time and interactions', async () => {
    const api = new Scorm12API(quiet);
    w.API = api;
    const s = connectScorm12(window, clock())!;
    await s.finish(outcome, interactions, '{"done":1}');
    expect(api.cmi.core.score.raw).toBe('68');
    expect(api.cmi.core.score.min).toBe('0');
    expect(api.cmi.core.score.max).toBe('100');
    expect(api.cmi.core.lesson_status).toBe('passed');
    expect(committed(api).core.exit).toBe('');
    expect(api.cmi.suspend_data).toBe('{"done":1}');
    const list = Object.values(committed(api).interactions) as {
      id: string;
      type: string;
      student_response: string;
      result: string;
    }[];
    expect(list.map((i) => [i.id, i.type, i.student_response, i.result])).toEqual([
      ['recover-001', 'choice', 'b', 'correct'],
      ['agree-004', 'choice', 'a', 'wrong'],
      ['change-002', 'choice', '', 'wrong'],
    ]);
    expect(s.problem()).toBeNull();
    expect(api.isTerminated()).toBe(true);
  });

  it('reports failed below the pass mark', async () => {
    const api = new Scorm12API(quiet);
    w.API = api;
    await connectScorm12(window)!.finish({ ...outcome, raw: 25, scaled: 25 / 40, passed: false }, [], '');
    expect(api.cmi.core.lesson_status).toBe('failed');
    expect(api.cmi.core.score.raw).toBe('63');
  });

  it('refuses suspend data over 4096 characters with a message, without throwing', () => {
    const api = new Scorm12API(quiet);
    w.API = api;
    const s = connectScorm12(window)!;
    s.save('x'.repeat(5000));
    expect(s.problem()).toMatch(/5000 characters, more than the 4096/);
  });

  it('finds the API in a parent frame', () => {
    const api = new Scorm12API(quiet);
    const parent = { API: api } as unknown as Window;
    const child = { parent, opener: null } as unknown as Window;
    (parent as unknown as { parent: Window }).parent = parent;
    expect(connectScorm12(child)?.standard).toBe('scorm12');
  });
});

describe('SCORM 2004 adapter on scorm-again', () => {
  it('starts incomplete, saves suspend data, leaves suspended, and resumes it in the next session', () => {
    const api = new Scorm2004API(quiet);
    w.API_1484_11 = api;
    const s = connectScorm2004(window, clock())!;
    expect(s.suspendData).toBe('');
    expect(s.problem()).toBeNull();
    expect(api.cmi.completion_status).toBe('incomplete');
    s.save('{"state":1}');
    s.suspend('{"state":2}');
    expect(committed(api).exit).toBe('suspend');
    expect(committed(api).session_time).toBe('PT1M23.5S');
    expect(api.isTerminated()).toBe(true);

    const next = new Scorm2004API(quiet);
    next.loadFromJSON({
      suspend_data: api.cmi.suspend_data,
      entry: 'resume',
      completion_status: api.cmi.completion_status,
    } as never);
    w.API_1484_11 = next;
    expect(connectScorm2004(window)!.suspendData).toBe('{"state":2}');
  });

  it('reports completion, success, scaled and raw score, session time and interactions', async () => {
    const api = new Scorm2004API(quiet);
    w.API_1484_11 = api;
    const s = connectScorm2004(window, clock())!;
    await s.finish(outcome, interactions, '{"done":1}');
    expect(api.cmi.completion_status).toBe('completed');
    expect(api.cmi.success_status).toBe('passed');
    expect(api.cmi.score.scaled).toBe('0.675');
    expect(api.cmi.score.raw).toBe('27');
    expect(api.cmi.score.max).toBe('40');
    expect(committed(api).exit).toBe('normal');
    expect(committed(api).session_time).toBe('PT1M23.5S');
    const list = Object.values(committed(api).interactions) as {
      id: string;
      learner_response: string;
      result: string;
    }[];
    expect(list.map((i) => [i.id, i.learner_response, i.result])).toEqual([
      ['recover-001', 'b', 'correct'],
      ['agree-004', 'a', 'incorrect'],
      ['change-002', '', 'incorrect'],
    ]);
    expect(s.problem()).toBeNull();
  });
});

describe('no LMS, or a failing one', () => {
  it('outside an LMS: a session that records nothing and says so, and never throws', async () => {
    for (const standard of ['scorm12', 'scorm2004'] as const) {
      const s = await connect(standard, window);
      expect(s.standard).toBe('none');
      expect(s.problem()).toMatch(standard === 'scorm12' ? /window\.API is missing/ : /API_1484_11 is missing/);
      s.save('x');
      await s.finish(outcome, interactions, 'x');
      s.suspend('x');
    }
    const c = await connect('cmi5', window);
    expect(c.problem()).toMatch(/not launched by a cmi5 LMS/);
  });

  it('an API whose calls fail or throw gives a message naming the call and its error', async () => {
    const api = new Scorm12API(quiet);
    w.API = api;
    const s = connectScorm12(window)!;
    api.LMSSetValue = () => {
      throw new Error('LMS went away');
    };
    await s.finish(outcome, interactions, 'x');
    expect(s.problem()).toMatch(/LMSSetValue\(cmi\.core\.score\.raw\).*LMS went away/);

    const refusing = {
      LMSInitialize: () => 'false',
      LMSGetLastError: () => '101',
      LMSGetErrorString: () => 'General exception',
    };
    w.API = refusing;
    expect(connectScorm12(window)).toBeNull();
    expect((await connect('scorm12', window)).problem()).toMatch(/window\.API is missing/);
  });
});
