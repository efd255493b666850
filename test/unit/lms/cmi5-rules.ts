/**
 * The cmi5 rules a session's statements must follow (cmi5 spec, section 9 "xAPI Statement Data Model"
 * and 10 "xAPI State Data Model"), as a checker used by the unit test and the browser test. Returns one
 * message per broken rule.
 */
export const V = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const MASTERY_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

export interface Statement {
  id: string;
  timestamp: string;
  actor: unknown;
  verb: { id: string };
  object: { id: string };
  result?: {
    success?: boolean;
    completion?: boolean;
    duration?: string;
    score?: { scaled?: number; raw?: number; min?: number; max?: number };
  };
  context?: {
    registration?: string;
    contextActivities?: { category?: { id: string }[] };
    extensions?: Record<string, unknown>;
  };
}

export interface Launch {
  actor: unknown;
  registration: string;
  activityId: string;
  sessionId: string;
  masteryScore?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DURATION = /^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;
const CMI5_VERBS = new Set<string>(Object.values(V));

/** Checks the statements the AU sent in one session (launched excluded: the LMS sends it). */
export function cmi5Problems(
  sent: readonly Statement[],
  launch: Launch,
  mode: 'Normal' | 'Browse' = 'Normal',
): string[] {
  const out: string[] = [];
  const verbs = sent.map((s) => s.verb.id);
  if (verbs[0] !== V.initialized) out.push(`the first statement must be initialized, is ${verbs[0]}`);
  if (verbs.at(-1) !== V.terminated) out.push(`the last statement must be terminated, is ${verbs.at(-1)}`);
  if (verbs.filter((v) => v === V.initialized).length !== 1) out.push('initialized must be sent exactly once');
  if (verbs.filter((v) => v === V.terminated).length !== 1) out.push('terminated must be sent exactly once');
  if (verbs.includes(V.launched)) out.push('the AU must not send launched (the LMS does)');
  const judged = verbs.filter((v) => v === V.passed || v === V.failed).length;
  if (judged > 1) out.push('passed/failed at most once per session');
  if (verbs.filter((v) => v === V.completed).length > 1) out.push('completed at most once');
  if (mode !== 'Normal' && verbs.some((v) => v === V.passed || v === V.failed || v === V.completed))
    out.push(`no completed/passed/failed in ${mode} mode`);
  for (const [i, s] of sent.entries()) {
    const at = `statement ${i} (${s.verb.id.split('/').pop()})`;
    if (!UUID.test(s.id)) out.push(`${at}: id must be a UUID`);
    if (Number.isNaN(Date.parse(s.timestamp))) out.push(`${at}: timestamp must be ISO 8601`);
    if (JSON.stringify(s.actor) !== JSON.stringify(launch.actor)) out.push(`${at}: actor must be the launch actor`);
    if (s.context?.registration !== launch.registration)
      out.push(`${at}: context.registration must be the launch registration`);
    if (s.context?.extensions?.[SESSION_EXT] !== launch.sessionId)
      out.push(`${at}: the session id extension must come from the context template`);
    const categories = (s.context?.contextActivities?.category ?? []).map((c) => c.id);
    const defined = CMI5_VERBS.has(s.verb.id);
    if (defined) {
      if (s.object.id !== launch.activityId) out.push(`${at}: object.id must be the AU's activityId`);
      if (!categories.includes(CMI5_CATEGORY)) out.push(`${at}: cmi5-defined statements carry the cmi5 category`);
    } else {
      if (categories.includes(CMI5_CATEGORY))
        out.push(`${at}: cmi5-allowed statements must not carry the cmi5 category`);
      const k = verbs.indexOf(V.initialized);
      const end = verbs.lastIndexOf(V.terminated);
      if (i < k || (end >= 0 && i > end)) out.push(`${at}: allowed statements come between initialized and terminated`);
    }
    if ([V.completed, V.passed, V.failed].includes(s.verb.id as never) && !categories.includes(MOVEON))
      out.push(`${at}: moveOn statements carry the moveon category`);
    if (s.verb.id === V.completed && s.result?.completion !== true)
      out.push(`${at}: completed needs result.completion true`);
    if (s.verb.id === V.passed || s.verb.id === V.failed) {
      const pass = s.verb.id === V.passed;
      if (s.result?.success !== pass) out.push(`${at}: result.success must be ${pass}`);
      const sc = s.result?.score?.scaled;
      if (typeof sc !== 'number' || sc < 0 || sc > 1) out.push(`${at}: result.score.scaled must be 0–1`);
      if (launch.masteryScore !== undefined) {
        if (s.context?.extensions?.[MASTERY_EXT] !== launch.masteryScore)
          out.push(`${at}: the masteryscore extension must be the LMS's mastery score`);
        if (typeof sc === 'number' && pass !== sc >= launch.masteryScore)
          out.push(
            `${at}: ${pass ? 'passed' : 'failed'} disagrees with scaled ${sc} against mastery ${launch.masteryScore}`,
          );
      }
    }
    if (
      [V.completed, V.passed, V.failed, V.terminated].includes(s.verb.id as never) &&
      !(s.result?.duration && DURATION.test(s.result.duration))
    )
      out.push(`${at}: result.duration should be an ISO 8601 duration`);
  }
  return out;
}
