// @vitest-environment happy-dom
/** The cmi5 client against an in-memory LMS (fetch handler): launch, statements by the cmi5 rules, resume. */
import { describe, expect, it } from 'vitest';
import { connectCmi5, launchParams, SUSPEND_STATE_ID } from '../../../src/lms/runtime/cmi5.ts';
import { cmi5Problems, SESSION_EXT, V, type Launch, type Statement } from './cmi5-rules.ts';

const actor = { objectType: 'Agent', account: { homePage: 'http://lms.test', name: 'learner-1' } };
const launch: Launch = {
  actor,
  registration: 'a1b2c3d4-0000-4000-8000-000000000001',
  activityId: 'urn:usm-trainer:au:usm-trainer-mock-exam',
  sessionId: 'session-1',
  masteryScore: 0.65,
};

/** A tiny LMS: auth token, LMS.LaunchData, a state store and a statement log. */
function fakeLms(opts: { launchMode?: string; masteryScore?: number | null; tokenStatus?: number } = {}) {
  const statements: Statement[] = [];
  const state = new Map<string, string>();
  let tokens = 0;
  const handler = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    if (url.pathname === '/fetch') {
      tokens++;
      return new Response(
        JSON.stringify(opts.tokenStatus ? { 'error-code': '1', 'error-text': 'used' } : { 'auth-token': 'dG9rZW4=' }),
        { status: opts.tokenStatus ?? 200 },
      );
    }
    if ((init.headers as Record<string, string>)?.Authorization !== 'Basic dG9rZW4=')
      return new Response('', { status: 401 });
    if (url.pathname === '/xapi/activities/state') {
      const id = url.searchParams.get('stateId')!;
      if (id === 'LMS.LaunchData') {
        return new Response(
          JSON.stringify({
            contextTemplate: {
              contextActivities: { grouping: [{ id: 'urn:course' }] },
              extensions: { [SESSION_EXT]: launch.sessionId },
            },
            launchMode: opts.launchMode ?? 'Normal',
            moveOn: 'CompletedAndPassed',
            ...(opts.masteryScore === null ? {} : { masteryScore: opts.masteryScore ?? launch.masteryScore }),
          }),
        );
      }
      if (init.method === 'PUT') {
        state.set(id, String(init.body));
        return new Response(null, { status: 204 });
      }
      return state.has(id) ? new Response(state.get(id)) : new Response('', { status: 404 });
    }
    if (url.pathname === '/xapi/statements' && init.method === 'POST') {
      statements.push(...(JSON.parse(String(init.body)) as Statement[]));
      return new Response('[]');
    }
    return new Response('', { status: 404 });
  };
  return { handler: handler as typeof fetch, statements, state, tokens: () => tokens };
}

const search = `?${new URLSearchParams({ endpoint: 'http://lms.test/xapi/', fetch: 'http://lms.test/fetch', actor: JSON.stringify(actor), registration: launch.registration, activityId: launch.activityId })}`;
const outcome = { raw: 30, min: 0, max: 40, scaled: 0.75, passed: true };
const interactions = [
  {
    id: 'recover-001',
    type: 'choice' as const,
    description: 'Q',
    response: 'b',
    correct: 'b',
    result: 'correct' as const,
  },
];

describe('cmi5 client', () => {
  it('reads the launch parameters, and refuses a launch without them', () => {
    expect(launchParams(search)?.registration).toBe(launch.registration);
    expect(launchParams('?endpoint=x')).toBeNull();
    expect(launchParams(search.replace(/actor=[^&]+/, 'actor=%7Bbroken'))).toBeNull();
  });

  it('sends initialized, answered, completed, passed and terminated by the cmi5 rules', async () => {
    const lms = fakeLms();
    const s = (await connectCmi5(search, Date.now, lms.handler))!;
    expect(s.problem()).toBeNull();
    await s.finish(outcome, interactions, '{"done":1}');
    expect(lms.statements.map((x) => x.verb.id.split('/').pop())).toEqual([
      'initialized',
      'answered',
      'completed',
      'passed',
      'terminated',
    ]);
    expect(cmi5Problems(lms.statements, launch)).toEqual([]);
    const passed = lms.statements.find((x) => x.verb.id === V.passed)!;
    expect(passed.result?.score).toEqual({ scaled: 0.75, raw: 30, min: 0, max: 40 });
    expect(lms.tokens()).toBe(1);
    expect(lms.state.get(SUSPEND_STATE_ID)).toBe('{"done":1}');
  });

  it('lets the LMS mastery score decide passed or failed', async () => {
    const lms = fakeLms({ masteryScore: 0.8 });
    const s = (await connectCmi5(search, Date.now, lms.handler))!;
    await s.finish(outcome, [], '');
    expect(lms.statements.some((x) => x.verb.id === V.failed)).toBe(true);
    expect(cmi5Problems(lms.statements, { ...launch, masteryScore: 0.8 })).toEqual([]);
  });

  it('the checker catches a broken session (so the checks above can fail)', () => {
    const lms = fakeLms();
    const broken = [
      {
        ...lms.statements[0],
        id: 'x',
        verb: { id: V.passed },
        actor,
        timestamp: 'now',
        object: { id: 'other' },
        context: {},
      } as Statement,
    ];
    expect(cmi5Problems(broken, launch).length).toBeGreaterThan(4);
  });

  it('suspends with the state kept and terminated sent, then resumes the state', async () => {
    const lms = fakeLms();
    const s = (await connectCmi5(search, Date.now, lms.handler))!;
    s.suspend('{"at":3}');
    await new Promise((r) => setTimeout(r, 10));
    expect(lms.statements.map((x) => x.verb.id)).toEqual([V.initialized, V.terminated]);
    expect(cmi5Problems(lms.statements, launch)).toEqual([]);
    const again = (await connectCmi5(search, Date.now, lms.handler))!;
    expect(again.suspendData).toBe('{"at":3}');
  });

  it('sends no completed/passed/failed in Browse mode', async () => {
    const lms = fakeLms({ launchMode: 'Browse' });
    await (await connectCmi5(search, Date.now, lms.handler))!.finish(outcome, interactions, '');
    expect(lms.statements.map((x) => x.verb.id)).toEqual([V.initialized, V.terminated]);
    expect(cmi5Problems(lms.statements, launch, 'Browse')).toEqual([]);
  });

  it('a refused auth token gives a message and a playable, silent session', async () => {
    const lms = fakeLms({ tokenStatus: 403 });
    const s = (await connectCmi5(search, Date.now, lms.handler))!;
    expect(s.problem()).toMatch(/fetch \(auth token\).*403 used/);
    await s.finish(outcome, interactions, '');
    expect(lms.statements).toEqual([]);
  });
});
