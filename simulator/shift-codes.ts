/**
 * A Shift as a workshop: everyone plays the same shift (same seed) and hands back a result code with their
 * KPIs; the room compares them. Readers check what the numbers mean, not only the checksum.
 */
import { crc32Hex } from './checksum.ts';
import { MAX_SEED, base36, cleanName, clip, nameProblem, packCode, refused, unpackCode, type Read } from './codes.ts';
import { msg, term, type EngineMessage, type Param } from './messages.ts';
import type { Kpis } from './shift.ts';

export interface ShiftWorkshop {
  shift: string;
  seed: number;
}

/** The largest count a Shift result may report (a shift has far fewer calls). */
export const MAX_SHIFT_COUNT = 999;

export function shiftJoinCode(w: ShiftWorkshop): string {
  const seed = Number.isFinite(w.seed) ? Math.trunc(w.seed) >>> 0 : 0;
  return packCode('S1', `${w.shift}|${seed.toString(36)}`);
}

export function readShiftJoinCode(
  code: string,
  shiftIds: readonly string[],
  source: Param = term('code.source.join'),
): Read<ShiftWorkshop> {
  const u = unpackCode('S1', code, source, 'shift-join');
  if (!u.ok) return u;
  const fields = u.payload.split('|');
  if (fields.length !== 2) return refused(msg('code.shiftJoin.layout', { source }));
  const [shift, seedText] = fields as [string, string];
  if (!shiftIds.includes(shift)) return refused(msg('code.shiftJoin.unknown', { source, shift: clip(shift) }));
  const seed = base36(seedText, MAX_SEED);
  if (seed === null) return refused(msg('code.seed', { source, max: MAX_SEED }));
  return { ok: true, value: { shift, seed } };
}

const KPI_KEYS = [
  'incidentsWithinTarget',
  'incidents',
  'backlog',
  'changesDeployed',
  'risksHandled',
  'risksArrived',
  'averageScore',
] as const;
const bound = (n: number, max: number) => (Number.isFinite(n) ? Math.min(max, Math.max(0, Math.round(n))) : 0);

export function shiftResultCode(joinCodeText: string, participant: string, kpis: Kpis): string {
  const values = KPI_KEYS.map((k) =>
    kpis[k] === null ? '-' : bound(kpis[k] as number, k === 'averageScore' ? 100 : MAX_SHIFT_COUNT).toString(36),
  ).join(',');
  return packCode('SR1', [crc32Hex(joinCodeText.trim()), cleanName(participant), values].join('|'));
}

/** Why a set of KPIs cannot come from a played shift, or null. */
export function kpiProblem(k: Kpis): EngineMessage | null {
  if (k.incidentsWithinTarget > k.incidents) return term('code.kpis.incidents');
  if (k.risksHandled > k.risksArrived) return term('code.kpis.risks');
  if (k.averageScore !== null && k.averageScore > 100) return term('code.kpis.score');
  return null;
}

export function readShiftResultCode(
  code: string,
  joinCodeText: string,
  source: Param = term('code.source.result'),
): Read<{ participant: string; kpis: Kpis }> {
  const u = unpackCode('SR1', code, source, 'shift-result');
  if (!u.ok) return u;
  const fields = u.payload.split('|');
  if (fields.length !== 3) return refused(msg('code.shiftResult.layout', { source }));
  const [workshop, participant, values] = fields as [string, string, string];
  if (workshop !== crc32Hex(String(joinCodeText ?? '').trim())) return refused(msg('code.otherWorkshop', { source }));
  const badName = nameProblem(participant);
  if (badName) return refused(msg('code.problem', { source, problem: badName }));
  const parts = values.split(',');
  const numbers = parts.map((p, i) =>
    p === '-' && KPI_KEYS[i] === 'averageScore' ? null : base36(p, MAX_SHIFT_COUNT),
  );
  if (
    parts.length !== KPI_KEYS.length ||
    numbers.some((n, i) => n === null && parts[i] !== '-') ||
    numbers.slice(0, -1).some((n) => n === null)
  ) {
    return refused(msg('code.kpis.unreadable', { source }));
  }
  const kpis = Object.fromEntries(KPI_KEYS.map((k, i) => [k, numbers[i]])) as unknown as Kpis;
  const problem = kpiProblem(kpis);
  if (problem) return refused(msg('code.kpis.impossible', { source, problem }));
  return { ok: true, value: { participant: cleanName(participant) || 'anonymous', kpis } };
}
