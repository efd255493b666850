/**
 * Coach mode without a server. A workshop is a seed plus a selection of scenarios (and a mode); its join
 * code carries both, so every participant plays the same calls in the same order. Each participant
 * hands back a result code with their call type, route, score, hints and refused moves per call; the
 * coach's browser merges the codes into a room view. Codes carry a checksum; a bad one is refused
 * with a reason and never disturbs those already merged.
 */
import { crc32Hex } from './checksum.ts';
import { seededRandom, shuffle } from './random.ts';
import { packCode, unpackCode } from './codes.ts';
import { grade } from './grade.ts';
import { MISCONCEPTIONS, type MisconceptionId } from './misconceptions.ts';
import { CALL_TYPE_IDS, PROCESS_IDS, routeOutcome, type CallTypeId, type ProcessId, type WorkflowNumber } from './usm.ts';
import type { Scenario } from './scenario.ts';
import type { Kpis } from './shift.ts';

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

export function createWorkshop(libraryIds: readonly string[], selection: readonly string[], mode: WorkshopMode, seed: number): Workshop {
  const unknown = selection.filter((id) => !libraryIds.includes(id));
  if (unknown.length) throw new Error(`not in the library: ${unknown.join(', ')}`);
  if (selection.length === 0) throw new Error('choose at least one scenario');
  return { library: libraryFingerprint(libraryIds), mode, seed: seed >>> 0, scenarios: playOrder(selection, seed) };
}

export function joinCode(w: Workshop, libraryIds: readonly string[]): string {
  const sorted = [...libraryIds].sort();
  const indices = w.scenarios.map((id) => sorted.indexOf(id).toString(36)).join(',');
  return packCode('W1', [w.library, w.mode === 'assessment' ? 'a' : 'p', w.seed.toString(36), indices].join('|'));
}

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

export function readJoinCode(code: string, libraryIds: readonly string[], source = 'join code'): Read<Workshop> {
  const u = unpackCode('W1', code, source, 'workshop join code');
  if (!u.ok) return u;
  const [library, mode, seed, indices] = u.payload.split('|');
  if (library !== libraryFingerprint(libraryIds)) return { ok: false, error: `${source}: made for another version of the scenario library; ask the coach for a code made on this site.` };
  const sorted = [...libraryIds].sort();
  const scenarios = (indices ?? '').split(',').map((x) => sorted[parseInt(x, 36)]);
  if (scenarios.some((s) => s === undefined) || scenarios.length === 0) return { ok: false, error: `${source}: names scenarios this library does not have.` };
  return { ok: true, value: { library: library!, mode: mode === 'a' ? 'assessment' : 'practice', seed: parseInt(seed ?? '0', 36), scenarios: scenarios as string[] } };
}

// ——— Result codes ———

export interface CallResult {
  callType: CallTypeId | null;
  route: ProcessId[];
  score: number;
  hintsUsed: number;
  illegalMoves: number;
}

export interface ParticipantResult {
  /** crc of the join code: ties the result to its workshop. */
  workshop: string;
  participant: string;
  calls: (CallResult | null)[];
}

const CT = Object.fromEntries(CALL_TYPE_IDS.map((c, i) => [c, 'wrisk'[i]!])) as Record<CallTypeId, string>;
const CT_BACK = Object.fromEntries(Object.entries(CT).map(([k, v]) => [v, k as CallTypeId]));
const PR = Object.fromEntries(PROCESS_IDS.map((p) => [p, p[0]!.toUpperCase()])) as Record<ProcessId, string>;
const PR_BACK = Object.fromEntries(Object.entries(PR).map(([k, v]) => [v, k as ProcessId]));

export function resultCode(joinCodeText: string, participant: string, calls: readonly (CallResult | null)[]): string {
  const body = calls
    .map((c) => (c ? `${c.callType ? CT[c.callType] : '-'}${c.route.map((p) => PR[p]).join('') || '-'}:${c.score.toString(36)}:${c.hintsUsed.toString(36)}:${c.illegalMoves.toString(36)}` : '_'))
    .join(';');
  return packCode('R1', [crc32Hex(joinCodeText.trim()), participant.replace(/[|;]/g, '/').slice(0, 40), body].join('|'));
}

export function readResultCode(code: string, joinCodeText: string, callCount: number, source = 'result code'): Read<ParticipantResult> {
  const u = unpackCode('R1', code, source, 'workshop result code');
  if (!u.ok) return u;
  const [workshop, participant, body] = u.payload.split('|');
  if (workshop !== crc32Hex(joinCodeText.trim())) return { ok: false, error: `${source}: belongs to another workshop (it was made with a different join code).` };
  const parts = (body ?? '').split(';');
  if (parts.length !== callCount) return { ok: false, error: `${source}: has ${parts.length} calls; this workshop has ${callCount}.` };
  const calls: (CallResult | null)[] = [];
  for (const [i, p] of parts.entries()) {
    if (p === '_') { calls.push(null); continue; }
    const m = /^([wrisk-])([ACROI]+|-):([0-9a-z]+):([0-9a-z]+):([0-9a-z]+)$/.exec(p);
    const score = m ? parseInt(m[3]!, 36) : NaN;
    if (!m || score > 100) return { ok: false, error: `${source}: call ${i + 1} is not readable.` };
    calls.push({
      callType: m[1] === '-' ? null : CT_BACK[m[1]!]!,
      route: m[2] === '-' ? [] : [...m[2]!].map((c) => PR_BACK[c]!),
      score,
      hintsUsed: parseInt(m[4]!, 36),
      illegalMoves: parseInt(m[5]!, 36),
    });
  }
  return { ok: true, value: { workshop: workshop!, participant: participant || 'anonymous', calls } };
}

// ——— The room view ———

export interface CallRoomView {
  scenario: string;
  played: number;
  callTypes: Partial<Record<CallTypeId | 'none', number>>;
  /** How many executed each workflow ('none' = not a USM workflow or unfinished). */
  workflows: Partial<Record<WorkflowNumber | 'none', number>>;
  passed: number;
  /** Wrong turns, most common first, with the rule each broke. */
  wrongTurns: { misconception: MisconceptionId; count: number; rule: string }[];
}

export interface RoomView {
  participants: { name: string; total: number; passed: number; played: number }[];
  calls: CallRoomView[];
}

export function roomView(workshop: Workshop, scenarios: ReadonlyMap<string, Pick<Scenario, 'expected'>>, results: readonly ParticipantResult[]): RoomView {
  const calls: CallRoomView[] = workshop.scenarios.map((id, i) => {
    const sc = scenarios.get(id)!;
    const view: CallRoomView = { scenario: id, played: 0, callTypes: {}, workflows: {}, passed: 0, wrongTurns: [] };
    const turns = new Map<MisconceptionId, number>();
    for (const r of results) {
      const c = r.calls[i];
      if (!c) continue;
      view.played++;
      const ct = c.callType ?? 'none';
      view.callTypes[ct] = (view.callTypes[ct] ?? 0) + 1;
      const wf = routeOutcome(c.route)?.workflow ?? 'none'; // an early close counts under its workflow
      view.workflows[wf] = (view.workflows[wf] ?? 0) + 1;
      const g = grade(sc, { callType: c.callType ?? '', route: c.route });
      if (g.passed) view.passed++;
      for (const m of g.misconceptions) turns.set(m, (turns.get(m) ?? 0) + 1);
    }
    view.wrongTurns = [...turns.entries()].sort((a, b) => b[1] - a[1]).map(([misconception, count]) => ({ misconception, count, rule: MISCONCEPTIONS[misconception].rule }));
    return view;
  });
  const participants = results.map((r) => {
    const played = r.calls.filter((c): c is CallResult => c !== null);
    const passed = r.calls.filter((c, i) => c && grade(scenarios.get(workshop.scenarios[i]!)!, { callType: c.callType ?? '', route: c.route }).passed).length;
    return { name: r.participant, total: played.reduce((n, c) => n + c.score, 0), passed, played: played.length };
  });
  return { participants, calls };
}

// ——— A Shift as a workshop: everyone plays the same shift (same seed); the room compares KPIs ———


export interface ShiftWorkshop {
  shift: string;
  seed: number;
}

export function shiftJoinCode(w: ShiftWorkshop): string {
  return packCode('S1', `${w.shift}|${(w.seed >>> 0).toString(36)}`);
}

export function readShiftJoinCode(code: string, shiftIds: readonly string[], source = 'join code'): Read<ShiftWorkshop> {
  const u = unpackCode('S1', code, source, 'Shift join code');
  if (!u.ok) return u;
  const [shift, seed] = u.payload.split('|');
  if (!shift || !shiftIds.includes(shift)) return { ok: false, error: `${source}: names a shift this site does not have ("${shift}").` };
  return { ok: true, value: { shift, seed: parseInt(seed ?? '0', 36) } };
}

const KPI_KEYS = ['incidentsWithinTarget', 'incidents', 'backlog', 'changesDeployed', 'risksHandled', 'risksArrived', 'averageScore'] as const;

export function shiftResultCode(joinCodeText: string, participant: string, kpis: Kpis): string {
  const values = KPI_KEYS.map((k) => (kpis[k] === null ? '-' : (kpis[k] as number).toString(36))).join(',');
  return packCode('SR1', [crc32Hex(joinCodeText.trim()), participant.replace(/[|;]/g, '/').slice(0, 40), values].join('|'));
}

export function readShiftResultCode(code: string, joinCodeText: string, source = 'result code'): Read<{ participant: string; kpis: Kpis }> {
  const u = unpackCode('SR1', code, source, 'Shift result code');
  if (!u.ok) return u;
  const [workshop, participant, values] = u.payload.split('|');
  if (workshop !== crc32Hex(joinCodeText.trim())) return { ok: false, error: `${source}: belongs to another workshop (it was made with a different join code).` };
  const parts = (values ?? '').split(',');
  if (parts.length !== KPI_KEYS.length || parts.some((p) => !/^([0-9a-z]+|-)$/.test(p))) return { ok: false, error: `${source}: the KPIs are not readable.` };
  const kpis = Object.fromEntries(KPI_KEYS.map((k, i) => [k, parts[i] === '-' ? null : parseInt(parts[i]!, 36)])) as unknown as Kpis;
  return { ok: true, value: { participant: participant || 'anonymous', kpis } };
}
