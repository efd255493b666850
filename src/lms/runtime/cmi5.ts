/**
 * A minimal cmi5 assignable unit client on fetch: reads the launch parameters (endpoint, fetch, actor,
 * registration, activityId), gets the auth token once, reads LMS.LaunchData, and sends the cmi5-defined
 * statements (initialized; completed and passed/failed in Normal mode; terminated) with the LMS's
 * context template, so each carries the registration and the session id. Suspend data lives in an
 * activity state document; interactions go out as "answered" statements (cmi5-allowed, so without the
 * cmi5 category). Nothing is thrown: a failing LMS gives a problem message.
 */
import { isoDuration, round, type Interaction, type LmsSession, type Outcome } from './types.ts';
import { tLms as t } from '../strings.ts';

export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
} as const;
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const MASTERY_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
export const SUSPEND_STATE_ID = 'usm-trainer-suspend';

interface LaunchParams {
  endpoint: string;
  fetchUrl: string;
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
}

type Context = {
  registration?: string;
  contextActivities?: Record<string, { id: string }[]>;
  extensions?: Record<string, unknown>;
  [k: string]: unknown;
};

export function launchParams(search: string): LaunchParams | null {
  const q = new URLSearchParams(search);
  const endpoint = q.get('endpoint');
  const fetchUrl = q.get('fetch');
  const actor = q.get('actor');
  const registration = q.get('registration');
  const activityId = q.get('activityId');
  if (!endpoint || !fetchUrl || !actor || !registration || !activityId) return null;
  try {
    const parsed = JSON.parse(actor) as unknown;
    if (!parsed || typeof parsed !== 'object') return null;
    return {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      fetchUrl,
      actor: parsed as Record<string, unknown>,
      registration,
      activityId,
    };
  } catch {
    return null;
  }
}

const uuid = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
        (Number(c) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(c) / 4)))).toString(16),
      );

/** Connects as a cmi5 AU. Resolves to null when the page was not launched by a cmi5 LMS. */
export async function connectCmi5(
  search: string,
  now: () => number = Date.now,
  doFetch: typeof fetch = fetch.bind(globalThis),
): Promise<LmsSession | null> {
  const p = launchParams(search);
  if (!p) return null;
  const started = now();
  let problem: string | null = null;
  let token = '';
  const headers = () => ({
    Authorization: `Basic ${token}`,
    'X-Experience-API-Version': '1.0.3',
    'Content-Type': 'application/json',
  });
  const fail = (what: string, e: unknown) => {
    problem = t('lms.problem.call', { call: what, error: e instanceof Error ? e.message : String(e) });
  };
  try {
    const r = await doFetch(p.fetchUrl, { method: 'POST' });
    const body = (await r.json()) as Record<string, unknown>;
    if (!r.ok || typeof body['auth-token'] !== 'string')
      throw new Error(`${r.status} ${String(body['error-text'] ?? '')}`.trim());
    token = body['auth-token'];
  } catch (e) {
    fail('fetch (auth token)', e);
    return disconnected(problem!);
  }
  const stateUrl = (stateId: string) =>
    `${p.endpoint}activities/state?${new URLSearchParams({ stateId, activityId: p.activityId, agent: JSON.stringify(p.actor), registration: p.registration })}`;
  let context: Context = { registration: p.registration };
  let launchMode = 'Normal';
  let masteryScore: number | null = null;
  try {
    const r = await doFetch(stateUrl('LMS.LaunchData'), { headers: headers() });
    if (!r.ok) throw new Error(String(r.status));
    const data = (await r.json()) as { contextTemplate?: Context; launchMode?: string; masteryScore?: number };
    context = { ...(data.contextTemplate ?? {}), registration: p.registration };
    launchMode = data.launchMode ?? 'Normal';
    masteryScore = typeof data.masteryScore === 'number' ? data.masteryScore : null;
  } catch (e) {
    fail('LMS.LaunchData', e);
  }
  let suspendData = '';
  try {
    const r = await doFetch(stateUrl(SUSPEND_STATE_ID), { headers: headers() });
    if (r.ok) suspendData = await r.text();
  } catch {
    /* no saved state: a fresh attempt */
  }

  const withCategories = (categories: string[], extensions?: Record<string, unknown>): Context => {
    const ca = context.contextActivities ?? {};
    const category = [...(ca.category ?? []), ...categories.map((id) => ({ id }))];
    return {
      ...context,
      contextActivities: { ...ca, ...(category.length ? { category } : {}) },
      ...(extensions ? { extensions: { ...(context.extensions ?? {}), ...extensions } } : {}),
    };
  };
  const statement = (verb: keyof typeof VERBS, extra: Record<string, unknown>, ctx: Context) => ({
    id: uuid(),
    timestamp: new Date().toISOString(),
    actor: p.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: { id: p.activityId, objectType: 'Activity' },
    context: ctx,
    ...extra,
  });
  const send = async (what: string, statements: unknown[], keepalive = false) => {
    try {
      const r = await doFetch(`${p.endpoint}statements`, {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify(statements),
        keepalive,
      });
      if (!r.ok) throw new Error(String(r.status));
    } catch (e) {
      fail(what, e);
    }
  };
  const putState = (data: string, keepalive = false) =>
    doFetch(stateUrl(SUSPEND_STATE_ID), { method: 'PUT', headers: headers(), body: data, keepalive }).then(
      (r) => {
        if (!r.ok) fail('state', new Error(String(r.status)));
      },
      (e: unknown) => fail('state', e),
    );
  const normal = launchMode === 'Normal';
  let open = true;
  await send('initialized', [statement('initialized', {}, withCategories([CMI5_CATEGORY]))]);

  const terminate = (keepalive: boolean) =>
    send(
      'terminated',
      [
        statement(
          'terminated',
          { result: { duration: isoDuration(now() - started) } },
          withCategories([CMI5_CATEGORY]),
        ),
      ],
      keepalive,
    );
  return {
    standard: 'cmi5',
    suspendData,
    problem: () => problem,
    save(data) {
      if (open && normal) void putState(data);
    },
    async finish(outcome: Outcome, interactions: readonly Interaction[], data: string) {
      if (!open) return;
      open = false;
      if (normal) {
        await putState(data);
        // The LMS's mastery score, when it sets one, decides passed/failed (cmi5 rule).
        const passed = masteryScore === null ? outcome.passed : outcome.scaled >= masteryScore;
        const duration = isoDuration(now() - started);
        const answered = interactions.map((i) =>
          statement(
            'answered',
            {
              object: {
                id: `${p.activityId}/interaction/${encodeURIComponent(i.id)}`,
                objectType: 'Activity',
                definition: {
                  type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
                  interactionType: i.type === 'choice' ? 'choice' : 'fill-in',
                  description: { 'en-US': i.description },
                  correctResponsesPattern: [i.correct],
                },
              },
              result: { response: i.response, success: i.result === 'correct' },
            },
            context,
          ),
        );
        if (answered.length) await send('answered', answered);
        const score = { scaled: round(outcome.scaled), raw: round(outcome.raw, 2), min: outcome.min, max: outcome.max };
        const moveOn = withCategories(
          [CMI5_CATEGORY, MOVEON_CATEGORY],
          masteryScore === null ? undefined : { [MASTERY_EXT]: masteryScore },
        );
        await send('completed', [
          statement(
            'completed',
            { result: { completion: true, duration } },
            withCategories([CMI5_CATEGORY, MOVEON_CATEGORY]),
          ),
        ]);
        await send(passed ? 'passed' : 'failed', [
          statement(passed ? 'passed' : 'failed', { result: { score, success: passed, duration } }, moveOn),
        ]);
      }
      await terminate(false);
    },
    suspend(data) {
      if (!open) return;
      open = false;
      if (normal) void putState(data, true);
      void terminate(true);
    },
  };
}

function disconnected(message: string): LmsSession {
  return { standard: 'cmi5', suspendData: '', problem: () => message, save() {}, async finish() {}, suspend() {} };
}
