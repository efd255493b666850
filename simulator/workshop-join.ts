/**
 * A workshop and its join code: a seed plus a selection of scenarios (and a mode), so every participant plays
 * the same calls in the same order; and the limits every workshop code keeps. Part of coach mode (workshop.ts).
 */
import { crc32Hex } from './checksum.ts';
import { seededRandom, shuffle } from './random.ts';
import { MAX_SEED, base36, clip, packCode, refused, unpackCode, type Read } from './codes.ts';
import { msg, term, type EngineMessage, type Param } from './messages.ts';
import { english } from './messages-en.ts';

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
