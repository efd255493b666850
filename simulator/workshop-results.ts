/**
 * Result codes: each participant hands back their call type, route, score, hints and refused moves per call.
 * A reader checks what a decoded result means against the workshop and its scenarios (grade.ts), not only its
 * checksum. Part of coach mode (workshop.ts).
 */
import { crc32Hex } from './checksum.ts';
import { base36, cleanName, nameProblem, packCode, refused, unpackCode, type Read } from './codes.ts';
import { grade, WEIGHTS } from './grade.ts';
import { msg, term, type EngineMessage, type Param } from './messages.ts';
import { CALL_TYPE_IDS, PROCESS_IDS, type CallTypeId, type ProcessId } from './usm.ts';
import type { Scenario } from './scenario.ts';
import {
  MAX_CALL_SCORE,
  MAX_HINTS,
  MAX_ILLEGAL_MOVES,
  MAX_ROUTE,
  type Workshop,
  type WorkshopMode,
} from './workshop-join.ts';

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
