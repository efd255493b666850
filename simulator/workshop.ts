/**
 * Coach mode without a server. A workshop is a seed plus a selection of scenarios (and a mode); its join
 * code carries both, so every participant plays the same calls in the same order. Each participant
 * hands back a result code with their call type, route, score, hints and refused moves per call; the
 * coach's browser merges the codes into a room view. Codes carry a checksum; a bad one is refused
 * with a reason and never disturbs those already merged.
 */
import { crc32Hex } from './checksum.ts';
import { seededRandom, shuffle } from './random.ts';
import { MAX_SEED, base36, cleanName, clip, nameProblem, packCode, refused, unpackCode, type Read } from './codes.ts';
import { grade, WEIGHTS } from './grade.ts';
import { MISCONCEPTIONS, type MisconceptionId } from './misconceptions.ts';
import { msg, term, type EngineMessage, type Param } from './messages.ts';
import { english } from './messages-en.ts';
import {
  CALL_TYPE_IDS,
  PROCESS_IDS,
  routeOutcome,
  type CallTypeId,
  type ProcessId,
  type WorkflowNumber,
} from './usm.ts';
import type { Scenario } from './scenario.ts';

export type WorkshopMode = 'practice' | 'assessment';

export interface Workshop {
  /** Fingerprint of the scenario library the code was made with. */
  library: string;
  mode: WorkshopMode;
  seed: number;
  /** Scenario ids in the order participants play them. */
  scenarios: string[];
}

/** A short fingerprint of the library: the sorted ids, hashed. */
export function libraryFingerprint(ids: readonly string[]): string {
  return crc32Hex([...ids].sort().join(',')).slice(0, 6);
}

/** Shuffles the selection with the seed (so a coach can reshuffle), deterministically. */
export function playOrder(selection: readonly string[], seed: number): string[] {
  return shuffle(selection, seededRandom(seed));
}

/** The most calls a workshop may have: a session's worth, and a join code that still fits a QR code. */
export const MAX_WORKSHOP_CALLS = 40;
/** Points one call can earn (grade.ts scores 0–100). */
export const MAX_CALL_SCORE = 100;
/** Caps a result code carries: more hints than any scenario has, more refused moves than matter for the score. */
export const MAX_HINTS = 20;
export const MAX_ILLEGAL_MOVES = 99;
/** A route is at most this many processes (the longest workflow has four). */
export const MAX_ROUTE = 8;

/** A workshop that cannot be made: the reason as a message code (`message` of the Error is its English). */
export class WorkshopError extends Error {
  // A plain field, not a parameter property: Node's type stripping (the command line) cannot run those.
  readonly engineMessage: EngineMessage;
  constructor(engineMessage: EngineMessage) {
    super(english(engineMessage));
    this.engineMessage = engineMessage;
  }
}

export function createWorkshop(
  libraryIds: readonly string[],
  selection: readonly string[],
  mode: WorkshopMode,
  seed: number,
): Workshop {
  const unknown = selection.filter((id) => !libraryIds.includes(id));
  if (unknown.length) throw new WorkshopError(msg('workshop.unknown', { ids: unknown.map((u) => clip(u)).join(', ') }));
  if (selection.length === 0) throw new WorkshopError(term('workshop.none'));
  if (new Set(selection).size !== selection.length) throw new WorkshopError(term('workshop.twice'));
  if (selection.length > MAX_WORKSHOP_CALLS)
    throw new WorkshopError(msg('workshop.tooMany', { max: MAX_WORKSHOP_CALLS }));
  const s = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  return { library: libraryFingerprint(libraryIds), mode, seed: s, scenarios: playOrder(selection, s) };
}

export function joinCode(w: Workshop, libraryIds: readonly string[]): string {
  const sorted = [...libraryIds].sort();
  const indices = w.scenarios.map((id) => sorted.indexOf(id).toString(36)).join(',');
  return packCode(
    'W1',
    [w.library, w.mode === 'assessment' ? 'a' : 'p', (w.seed >>> 0).toString(36), indices].join('|'),
  );
}

export type { Read };

export function readJoinCode(
  code: string,
  libraryIds: readonly string[],
  source: Param = term('code.source.join'),
): Read<Workshop> {
  const u = unpackCode('W1', code, source, 'workshop-join');
  if (!u.ok) return u;
  const fields = u.payload.split('|');
  if (fields.length !== 4) return refused(msg('code.join.layout', { source }));
  const [library, mode, seedText, indices] = fields as [string, string, string, string];
  if (library !== libraryFingerprint(libraryIds)) return refused(msg('code.join.library', { source }));
  if (mode !== 'a' && mode !== 'p') return refused(msg('code.join.mode', { source, mode: clip(mode, 10) }));
  const seed = base36(seedText, MAX_SEED);
  if (seed === null) return refused(msg('code.seed', { source, max: MAX_SEED }));
  const sorted = [...libraryIds].sort();
  const list = indices.split(',');
  if (list.length > MAX_WORKSHOP_CALLS)
    return refused(msg('code.join.tooMany', { source, n: list.length, max: MAX_WORKSHOP_CALLS }));
  const picked = list.map((x) => base36(x, sorted.length - 1));
  if (picked.some((i) => i === null)) return refused(msg('code.join.unknown', { source }));
  if (new Set(picked).size !== picked.length) return refused(msg('code.join.twice', { source }));
  return {
    ok: true,
    value: { library, mode: mode === 'a' ? 'assessment' : 'practice', seed, scenarios: picked.map((i) => sorted[i!]!) },
  };
}

// ——— Result codes ———

export interface CallResult {
  callType: CallTypeId | null;
  route: ProcessId[];
  score: number;
  hintsUsed: number;
  illegalMoves: number;
  /** The participant opened "Show the solution" (practice workshops only); absent in older codes. */
  solutionShown?: boolean;
}

export interface ParticipantResult {
  /** crc of the join code: ties the result to its workshop. */
  workshop: string;
  participant: string;
  calls: (CallResult | null)[];
}

/** What a reader can check a result against: the workshop and its scenarios (the expected routes and hints). */
export interface ResultContext {
  workshop: Workshop;
  scenarios: ReadonlyMap<string, Pick<Scenario, 'expected'> & { hints?: readonly string[] }>;
}

const CT = Object.fromEntries(CALL_TYPE_IDS.map((c, i) => [c, 'wrisk'[i]!])) as Record<CallTypeId, string>;
const CT_BACK = Object.fromEntries(Object.entries(CT).map(([k, v]) => [v, k as CallTypeId]));
const PR = Object.fromEntries(PROCESS_IDS.map((p) => [p, p[0]!.toUpperCase()])) as Record<ProcessId, string>;
const PR_BACK = Object.fromEntries(Object.entries(PR).map(([k, v]) => [v, k as ProcessId]));
const bound = (n: number, max: number) => (Number.isFinite(n) ? Math.min(max, Math.max(0, Math.round(n))) : 0);

export function resultCode(joinCodeText: string, participant: string, calls: readonly (CallResult | null)[]): string {
  const body = calls
    .map((c) => {
      if (!c) return '_';
      const route =
        c.route
          .slice(0, MAX_ROUTE)
          .map((p) => PR[p])
          .join('') || '-';
      const numbers = [
        bound(c.score, MAX_CALL_SCORE),
        bound(c.hintsUsed, MAX_HINTS),
        bound(c.illegalMoves, MAX_ILLEGAL_MOVES),
      ]
        .map((n) => n.toString(36))
        .join(':');
      return `${c.callType ? CT[c.callType] : '-'}${route}:${numbers}${c.solutionShown ? ':s' : ''}`;
    })
    .join(';');
  return packCode('R1', [crc32Hex(joinCodeText.trim()), cleanName(participant), body].join('|'));
}

/** Why a decoded call cannot be what the simulator produced for this scenario, or null when it can be. */
function callProblem(
  c: CallResult,
  mode: WorkshopMode,
  sc: ResultContext['scenarios'] extends ReadonlyMap<string, infer S> ? S : never,
): EngineMessage | null {
  if (sc.hints && c.hintsUsed > sc.hints.length)
    return msg('code.call.hints', { used: c.hintsUsed, has: sc.hints.length });
  if (mode === 'assessment' && (c.hintsUsed > 0 || c.solutionShown)) return term('code.call.assessment');
  const best = grade(sc, {
    callType: c.callType ?? '',
    route: c.route,
    hintsUsed: c.hintsUsed,
    illegalMoves: c.illegalMoves,
  }).score;
  if (c.score > best || c.score < best - WEIGHTS.priority) return msg('code.call.score', { score: c.score, best });
  return null;
}

export function readResultCode(
  code: string,
  joinCodeText: string,
  expect: number | ResultContext,
  source: Param = term('code.source.result'),
): Read<ParticipantResult> {
  const u = unpackCode('R1', code, source, 'workshop-result');
  if (!u.ok) return u;
  const fields = u.payload.split('|');
  if (fields.length !== 3) return refused(msg('code.result.layout', { source }));
  const [workshop, participant, body] = fields as [string, string, string];
  if (workshop !== crc32Hex(String(joinCodeText ?? '').trim())) return refused(msg('code.otherWorkshop', { source }));
  const badName = nameProblem(participant);
  if (badName) return refused(msg('code.problem', { source, problem: badName }));
  const callCount = typeof expect === 'number' ? expect : expect.workshop.scenarios.length;
  const parts = body.split(';');
  if (parts.length !== callCount)
    return refused(msg('code.result.count', { source, n: parts.length, expected: callCount }));
  const calls: (CallResult | null)[] = [];
  for (const [i, p] of parts.entries()) {
    if (p === '_') {
      calls.push(null);
      continue;
    }
    const m = /^([wrisk-])([ACROI]{1,8}|-):([0-9a-z]{1,3}):([0-9a-z]{1,3}):([0-9a-z]{1,3})(:s)?$/.exec(p);
    const [score, hintsUsed, illegalMoves] = m
      ? [base36(m[3], MAX_CALL_SCORE), base36(m[4], MAX_HINTS), base36(m[5], MAX_ILLEGAL_MOVES)]
      : [null, null, null];
    if (!m || score === null || hintsUsed === null || illegalMoves === null)
      return refused(msg('code.result.unreadable', { source, n: i + 1 }));
    const call: CallResult = {
      callType: m[1] === '-' ? null : CT_BACK[m[1]!]!,
      route: m[2] === '-' ? [] : [...m[2]!].map((ch) => PR_BACK[ch]!),
      score,
      hintsUsed,
      illegalMoves,
    };
    if (m[6]) call.solutionShown = true;
    if (typeof expect !== 'number') {
      const sc = expect.scenarios.get(expect.workshop.scenarios[i]!);
      const problem = sc ? callProblem(call, expect.workshop.mode, sc) : null;
      if (problem) return refused(msg('code.result.impossible', { source, n: i + 1, problem }));
    }
    calls.push(call);
  }
  return { ok: true, value: { workshop, participant: cleanName(participant) || 'anonymous', calls } };
}

// ——— The room view ———

export interface CallRoomView {
  scenario: string;
  played: number;
  callTypes: Partial<Record<CallTypeId | 'none', number>>;
  /** How many executed each workflow ('none' = not a USM workflow or unfinished). */
  workflows: Partial<Record<WorkflowNumber | 'none', number>>;
  passed: number;
  /** How many opened "Show the solution" before finishing (practice workshops). */
  solutionShown: number;
  /** Wrong turns, most common first, with the rule each broke. */
  wrongTurns: {
    misconception: MisconceptionId;
    count: number;
    /** The rule broken, as a message code; `rule` is its English. */ message: EngineMessage;
    rule: string;
  }[];
}

export interface RoomView {
  participants: {
    name: string;
    total: number;
    passed: number;
    played: number;
    /** Calls where they opened the solution (absent when none). */ solutions?: number;
  }[];
  calls: CallRoomView[];
}

export function roomView(
  workshop: Workshop,
  scenarios: ReadonlyMap<string, Pick<Scenario, 'expected'>>,
  results: readonly ParticipantResult[],
): RoomView {
  const calls: CallRoomView[] = workshop.scenarios.map((id, i) => {
    const sc = scenarios.get(id)!;
    const view: CallRoomView = {
      scenario: id,
      played: 0,
      callTypes: {},
      workflows: {},
      passed: 0,
      solutionShown: 0,
      wrongTurns: [],
    };
    const turns = new Map<MisconceptionId, number>();
    for (const r of results) {
      const c = r.calls[i];
      if (!c) continue;
      view.played++;
      if (c.solutionShown) view.solutionShown++;
      const ct = c.callType ?? 'none';
      view.callTypes[ct] = (view.callTypes[ct] ?? 0) + 1;
      const wf = routeOutcome(c.route)?.workflow ?? 'none'; // an early close counts under its workflow
      view.workflows[wf] = (view.workflows[wf] ?? 0) + 1;
      const g = grade(sc, { callType: c.callType ?? '', route: c.route });
      if (g.passed) view.passed++;
      for (const m of g.misconceptions) turns.set(m, (turns.get(m) ?? 0) + 1);
    }
    view.wrongTurns = [...turns.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([misconception, count]) => ({
        misconception,
        count,
        message: term(`misconception.${misconception}.rule`),
        rule: MISCONCEPTIONS[misconception].rule,
      }));
    return view;
  });
  const participants = results.map((r) => {
    const played = r.calls.filter((c): c is CallResult => c !== null);
    const passed = r.calls.filter(
      (c, i) =>
        c && grade(scenarios.get(workshop.scenarios[i]!)!, { callType: c.callType ?? '', route: c.route }).passed,
    ).length;
    const solutions = played.filter((c) => c.solutionShown).length;
    return {
      name: r.participant,
      total: played.reduce((n, c) => n + c.score, 0),
      passed,
      played: played.length,
      ...(solutions ? { solutions } : {}),
    };
  });
  return { participants, calls };
}

export * from './shift-codes.ts';
