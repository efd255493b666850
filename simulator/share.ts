/**
 * Custom calls travel without a server: one call or a pack of calls as JSON, compressed with the
 * platform's own `CompressionStream('deflate-raw')` and written base64url into a link's fragment (which
 * browsers never send to a server). Reading a link or a pack never throws: every failure is a message
 * code with its parameters (the page's dictionary words it), and every call inside is checked by the same
 * code as `npm run scenarios:check`.
 */
import { draftFromYaml, draftToYaml, checkDraftText, type Draft } from './builder.ts';
import { MAX_CONTENT_FILE_BYTES, readYaml } from './yaml.ts';
import { NAME_MAX } from './codes.ts';
import type { Scenario } from './scenario.ts';
import type { FieldError } from './schema-errors.ts';

/** The most calls in one pack (a workshop's worth; a pack file is at most MAX_CONTENT_FILE_BYTES). */
export const MAX_PACK_CALLS = 12;
/** The longest link payload read (characters after `#c=`); a pack of 12 long calls needs about 25,000. */
export const MAX_LINK_CHARS = 60_000;
/** The most bytes a payload may inflate to (12 calls of the largest file size would not fit; real ones do). */
export const MAX_INFLATED_BYTES = 256 * 1024;
/** A pack's title. */
export const PACK_TITLE_MAX = 200;

/** What a link or a pack file carries: the calls as scenario YAML, with an optional author and title. */
export interface Shared {
  title?: string;
  author?: string;
  calls: string[];
}

/** A read call: its scenario (checked) and its YAML text as shared. */
export interface SharedCall {
  scenario: Scenario;
  yaml: string;
}

export type ShareProblem =
  | { code: 'share.empty' }
  | { code: 'share.tooLong'; length: number; max: number }
  | { code: 'share.badChars' }
  | { code: 'share.badBase64' }
  | { code: 'share.badDeflate' }
  | { code: 'share.tooBig'; max: number }
  | { code: 'share.notText' }
  | { code: 'share.notJson' }
  | { code: 'share.badShape'; field: string }
  | { code: 'share.tooMany'; count: number; max: number }
  | { code: 'share.invalidCall'; n: number; problems: FieldError[] }
  | { code: 'share.duplicateId'; n: number; id: string };

export type ShareRead<T> = { ok: true; value: T } | { ok: false; problem: ShareProblem };

const CHUNK = 0x2000;

export function bytesToBase64url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Strict base64url → bytes, or null (wrong characters or an impossible length). */
export function base64urlToBytes(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Streams bytes through; 'over' as soon as the output passes `max` (a deflate bomb stops there), 'error' when the data is damaged. */
async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  max: number,
): Promise<Uint8Array | 'over' | 'error'> {
  const writer = stream.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > max) {
        reader.cancel().catch(() => {});
        return 'over';
      }
      parts.push(value);
    }
  } catch {
    return 'error';
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export async function deflate(text: string): Promise<Uint8Array> {
  const out = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER);
  if (typeof out === 'string') throw new Error('compression failed');
  return out;
}

/** Inflates at most `max` bytes: the bytes, 'tooBig' when they inflate to more, or null when they are not deflate data. */
export async function inflate(bytes: Uint8Array, max = MAX_INFLATED_BYTES): Promise<Uint8Array | null | 'tooBig'> {
  const out = await pipe(bytes, new DecompressionStream('deflate-raw'), max).catch(() => 'error' as const);
  return out === 'over' ? 'tooBig' : out === 'error' ? null : out;
}

/** A JSON-able payload packed as base64url(deflate-raw(JSON)). */
export async function packPayload(value: unknown): Promise<string> {
  return bytesToBase64url(await deflate(JSON.stringify(value)));
}

/** base64url(deflate-raw(text)) → the text, or the problem. Never throws. */
export async function unpackPayload(text: string, maxChars = MAX_LINK_CHARS): Promise<ShareRead<string>> {
  try {
    const s = String(text ?? '').trim();
    if (!s) return { ok: false, problem: { code: 'share.empty' } };
    if (s.length > maxChars) return { ok: false, problem: { code: 'share.tooLong', length: s.length, max: maxChars } };
    if (!/^[A-Za-z0-9_-]*$/.test(s)) return { ok: false, problem: { code: 'share.badChars' } };
    const bytes = base64urlToBytes(s);
    if (!bytes) return { ok: false, problem: { code: 'share.badBase64' } };
    const raw = await inflate(bytes);
    if (raw === 'tooBig') return { ok: false, problem: { code: 'share.tooBig', max: MAX_INFLATED_BYTES } };
    if (!raw) return { ok: false, problem: { code: 'share.badDeflate' } };
    try {
      return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
    } catch {
      return { ok: false, problem: { code: 'share.notText' } };
    }
  } catch {
    return { ok: false, problem: { code: 'share.badDeflate' } };
  }
}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Checks what a link or pack carries: its shape, then every call with the CLI's checker. */
export function readShared(
  value: unknown,
  lessons: ReadonlySet<string> = new Set(),
): ShareRead<{ title?: string; author?: string; calls: SharedCall[] }> {
  if (!isMap(value)) return { ok: false, problem: { code: 'share.badShape', field: '(link)' } };
  const { title, author, calls } = value;
  if (title !== undefined && (typeof title !== 'string' || [...title].length > PACK_TITLE_MAX))
    return { ok: false, problem: { code: 'share.badShape', field: 'title' } };
  if (author !== undefined && (typeof author !== 'string' || [...author].length > NAME_MAX))
    return { ok: false, problem: { code: 'share.badShape', field: 'author' } };
  if (!Array.isArray(calls) || calls.length === 0 || calls.some((c) => typeof c !== 'string'))
    return { ok: false, problem: { code: 'share.badShape', field: 'calls' } };
  if (calls.length > MAX_PACK_CALLS)
    return { ok: false, problem: { code: 'share.tooMany', count: calls.length, max: MAX_PACK_CALLS } };
  const out: SharedCall[] = [];
  const ids = new Set<string>();
  for (const [i, yaml] of (calls as string[]).entries()) {
    const check = checkDraftText(yaml, lessons);
    if (!check.scenario)
      return { ok: false, problem: { code: 'share.invalidCall', n: i + 1, problems: check.problems.slice(0, 5) } };
    if (ids.has(check.scenario.id))
      return { ok: false, problem: { code: 'share.duplicateId', n: i + 1, id: check.scenario.id } };
    ids.add(check.scenario.id);
    out.push({ scenario: check.scenario, yaml });
  }
  return {
    ok: true,
    value: {
      ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}),
      ...(typeof author === 'string' && author.trim() ? { author: author.trim() } : {}),
      calls: out,
    },
  };
}

/** The fragment of a share link for calls (`c=` + payload). */
export async function shareFragment(shared: Shared): Promise<string> {
  const value: Shared = {
    ...(shared.title ? { title: shared.title } : {}),
    ...(shared.author ? { author: shared.author } : {}),
    calls: shared.calls,
  };
  return `c=${await packPayload(value)}`;
}

/** Reads a share link's fragment (with or without `#`, the whole link also works). Never throws. */
export async function readShareFragment(
  fragment: string,
): Promise<ShareRead<{ title?: string; author?: string; calls: SharedCall[] }>> {
  const s = String(fragment ?? '');
  const hash = s.includes('#') ? s.slice(s.indexOf('#') + 1) : s;
  const payload = hash.startsWith('c=') ? hash.slice(2) : hash;
  const text = await unpackPayload(payload);
  if (!text.ok) return text;
  let value: unknown;
  try {
    value = JSON.parse(text.value);
  } catch {
    return { ok: false, problem: { code: 'share.notJson' } };
  }
  return readShared(value);
}

// ——— Pack files ———

/** A pack as a YAML file: `pack` (title), `author`, `scenarios` (a list of scenario mappings). */
export function packToYaml(shared: Shared): string {
  const drafts = shared.calls
    .map((y) => draftFromYaml(y))
    .filter((r) => r.ok)
    .map((r) => (r as { draft: Draft }).draft);
  const head = [
    shared.title ? draftToYaml({ pack: shared.title }) : '',
    shared.author ? draftToYaml({ author: shared.author }) : '',
  ].join('');
  const body = drafts
    .map((d) =>
      draftToYaml(d)
        .trimEnd()
        .split('\n')
        .map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`))
        .join('\n'),
    )
    .join('\n');
  return `${head}scenarios:\n${body}\n`;
}

/** Reads a pack file (at most MAX_CONTENT_FILE_BYTES, the checker's limits) into what a link carries. */
export function readPackYaml(text: string): { ok: true; value: Shared } | { ok: false; errors: FieldError[] } {
  const r = readYaml(text);
  if (!r.ok) return r;
  const data = r.data;
  if (!isMap(data) || !Array.isArray(data.scenarios))
    return {
      ok: false,
      errors: [
        {
          path: 'scenarios',
          message: 'a pack file is a mapping with a list "scenarios" (and optionally "pack" and "author")',
        },
      ],
    };
  const unknown = Object.keys(data).filter((k) => !['pack', 'author', 'scenarios'].includes(k));
  if (unknown.length)
    return {
      ok: false,
      errors: unknown.map((k) => ({
        path: k.slice(0, 40),
        message: 'is not a known field of a pack; use pack, author and scenarios',
      })),
    };
  if (data.scenarios.length > MAX_PACK_CALLS)
    return {
      ok: false,
      errors: [
        { path: 'scenarios', message: `has ${data.scenarios.length} calls; a pack holds at most ${MAX_PACK_CALLS}` },
      ],
    };
  if (data.pack !== undefined && (typeof data.pack !== 'string' || [...data.pack].length > PACK_TITLE_MAX))
    return {
      ok: false,
      errors: [{ path: 'pack', message: `must be a title of at most ${PACK_TITLE_MAX} characters` }],
    };
  if (data.author !== undefined && (typeof data.author !== 'string' || [...data.author].length > NAME_MAX))
    return { ok: false, errors: [{ path: 'author', message: `must be a name of at most ${NAME_MAX} characters` }] };
  const calls = data.scenarios.map((s) => (isMap(s) ? draftToYaml(s) : String(s)));
  const errors: FieldError[] = [];
  const ids = new Set<string>();
  calls.forEach((y, i) => {
    const check = checkDraftText(y, new Set());
    for (const p of check.problems)
      errors.push({
        path: p.path.startsWith('(') ? `scenarios[${i}]` : `scenarios[${i}].${p.path}`,
        message: p.message,
      });
    if (check.scenario && ids.has(check.scenario.id))
      errors.push({
        path: `scenarios[${i}].id`,
        message: `"${check.scenario.id}" is already used by another call of the pack; ids must be unique`,
      });
    if (check.scenario) ids.add(check.scenario.id);
  });
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...(typeof data.pack === 'string' ? { title: data.pack } : {}),
      ...(typeof data.author === 'string' ? { author: data.author } : {}),
      calls,
    },
  };
}

export { MAX_CONTENT_FILE_BYTES as MAX_PACK_FILE_BYTES };
