/**
 * Workshops with custom calls. A library-only workshop keeps its `W1.` join code (workshop.ts). When the
 * coach adds calls from a pack, the join code becomes `W2.`: the same workshop (library fingerprint, mode,
 * seed, play order) plus the YAML of each custom call chosen, as deflate-raw JSON in base64url with a CRC of
 * the JSON. Every participant's browser reads the calls from the code and checks them with the CLI's checker,
 * so everyone plays the same calls and the room view grades them as it grades library calls. Result codes
 * are unchanged (they are tied to the join code's text by its checksum).
 */
import { crc32Hex } from './checksum.ts';
import { MAX_CODE_LENGTH, clip, refused } from './codes.ts';
import { msg, term, type Param } from './messages.ts';
import {
  libraryFingerprint,
  playOrder,
  readJoinCode,
  MAX_WORKSHOP_CALLS,
  type Read,
  type Workshop,
  type WorkshopMode,
} from './workshop.ts';
import { packPayload, readShared, unpackPayload, type SharedCall } from './share.ts';
import type { Scenario } from './scenario.ts';

export interface PlayableWorkshop {
  workshop: Workshop;
  /** Every call of the workshop by id (library and custom). */
  scenarios: Map<string, Scenario>;
  /** Ids of the custom calls. */
  custom: string[];
}

interface Payload {
  l: string;
  m: 'p' | 'a';
  s: number;
  /** Play order: a base-36 index into the sorted library ids, or `c<n>` for custom call n. */
  o: string[];
  c: string[];
}

/** Makes the `W2.` join code of a workshop mixing library calls and custom calls (chosen by id). */
export async function customJoinCode(
  library: readonly string[],
  custom: readonly SharedCall[],
  selection: readonly string[],
  mode: WorkshopMode,
  seed: number,
): Promise<Read<string>> {
  const customIds = custom.map((c) => c.scenario.id);
  const clash = customIds.find((id) => library.includes(id));
  // A custom call with a library call's id would be ambiguous (coach mode leaves such calls out of the list).
  if (clash) return refused(msg('workshop.unknown', { ids: clip(clash) }));
  if (selection.length === 0) return refused({ code: 'workshop.none' });
  if (selection.length > MAX_WORKSHOP_CALLS) return refused(msg('workshop.tooMany', { max: MAX_WORKSHOP_CALLS }));
  if (new Set(selection).size !== selection.length) return refused({ code: 'workshop.twice' });
  const unknown = selection.filter((id) => !library.includes(id) && !customIds.includes(id));
  if (unknown.length) return refused(msg('workshop.unknown', { ids: unknown.map((u) => clip(u)).join(', ') }));
  const s = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  const order = playOrder(selection, s);
  const sorted = [...library].sort();
  const used = custom.filter((c) => selection.includes(c.scenario.id));
  const payload: Payload = {
    l: libraryFingerprint(library),
    m: mode === 'assessment' ? 'a' : 'p',
    s,
    o: order.map((id) =>
      library.includes(id) ? sorted.indexOf(id).toString(36) : `c${used.findIndex((c) => c.scenario.id === id)}`,
    ),
    c: used.map((c) => c.yaml),
  };
  const json = JSON.stringify(payload);
  const code = `W2.${await packPayload(payload)}.${crc32Hex(json)}`;
  if (code.length > MAX_CODE_LENGTH)
    return refused(
      msg('code.tooLong', {
        source: term('code.source.join'),
        what: term('code.what.workshop-join'),
        length: code.length,
      }),
    );
  return { ok: true, value: code };
}

/**
 * Reads any workshop join code (`W1.` or `W2.`) against the library: the workshop and every call it plays.
 * Never throws; a refusal is a short sentence naming the source.
 */
export async function readWorkshopCode(
  code: string,
  library: readonly Scenario[],
  source: Param = term('code.source.join'),
): Promise<Read<PlayableWorkshop>> {
  try {
    const text = String(code ?? '').trim();
    const ids = library.map((s) => s.id);
    const byId = new Map(library.map((s) => [s.id, s]));
    if (!text.startsWith('W2.')) {
      const r = readJoinCode(text, ids, source);
      return r.ok ? { ok: true, value: { workshop: r.value, scenarios: byId, custom: [] } } : r;
    }
    if (text.length > MAX_CODE_LENGTH)
      return refused(msg('code.tooLong', { source, what: term('code.what.workshop-join'), length: text.length }));
    const parts = text.split('.');
    if (parts.length !== 3) return refused(msg('code.cutOff', { source }));
    const unpacked = await unpackPayload(parts[1]!, MAX_CODE_LENGTH);
    if (!unpacked.ok) return refused(msg('code.undecodable', { source }));
    if (crc32Hex(unpacked.value) !== parts[2]) return refused(msg('code.checksum', { source }));
    let p: Payload;
    try {
      p = JSON.parse(unpacked.value) as Payload;
    } catch {
      return refused(msg('code.join.layout', { source }));
    }
    if (
      !p ||
      typeof p !== 'object' ||
      typeof p.l !== 'string' ||
      (p.m !== 'p' && p.m !== 'a') ||
      !Number.isInteger(p.s) ||
      p.s < 0 ||
      p.s > 0xffffffff ||
      !Array.isArray(p.o) ||
      !Array.isArray(p.c)
    ) {
      return refused(msg('code.join.layout', { source }));
    }
    if (p.o.length === 0 || p.o.length > MAX_WORKSHOP_CALLS)
      return refused(msg('code.join.tooMany', { source, n: p.o.length, max: MAX_WORKSHOP_CALLS }));
    let calls: SharedCall[] = [];
    if (p.c.length > 0) {
      const shared = readShared({ calls: p.c });
      // Custom calls that fail the checker: the code was forged or made by another version of the checker.
      if (!shared.ok) return refused(msg('code.join.unknown', { source }));
      calls = shared.value.calls;
    }
    const clash = calls.find((c) => byId.has(c.scenario.id));
    if (clash) return refused(msg('code.join.unknown', { source }));
    const sorted = [...ids].sort();
    const order: string[] = [];
    for (const o of p.o) {
      const custom = typeof o === 'string' ? /^c(\d{1,2})$/.exec(o) : null;
      if (custom) {
        const call = calls[Number(custom[1])];
        if (!call) return refused(msg('code.join.unknown', { source }));
        order.push(call.scenario.id);
      } else {
        if (p.l !== libraryFingerprint(ids)) return refused(msg('code.join.library', { source }));
        const i = typeof o === 'string' && /^(0|[1-9a-z][0-9a-z]{0,3})$/.test(o) ? parseInt(o, 36) : -1;
        if (!(i >= 0 && i < sorted.length)) return refused(msg('code.join.unknown', { source }));
        order.push(sorted[i]!);
      }
    }
    if (new Set(order).size !== order.length) return refused(msg('code.join.twice', { source }));
    const scenarios = new Map(byId);
    for (const c of calls) scenarios.set(c.scenario.id, c.scenario);
    const workshop: Workshop = {
      library: p.l,
      mode: p.m === 'a' ? 'assessment' : 'practice',
      seed: p.s,
      scenarios: order,
    };
    return { ok: true, value: { workshop, scenarios, custom: calls.map((c) => c.scenario.id) } };
  } catch {
    return refused(msg('code.undecodable', { source }));
  }
}
