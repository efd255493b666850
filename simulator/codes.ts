/**
 * Short codes people copy, paste or scan: `<PREFIX>.<base64url payload>.<crc32>`. The checksum catches a
 * changed or truncated code; every failure comes back as a short sentence that names the source and never
 * echoes a long input back. The checksum is a CRC, so anyone can forge a valid one: every reader also checks
 * what the payload means (see workshop.ts and maturity.ts).
 */
import { crc32Hex } from './checksum.ts';

/** The longest code any reader accepts (a 60-call workshop result with long names stays far below). */
export const MAX_CODE_LENGTH = 8000;
/** Names (participants, respondents) are at most this long, in every code and every input. */
export const NAME_MAX = 80;

const CHUNK = 0x2000;

/** Bytes → a binary string, in chunks: spreading a large array into one call overflows the stack. */
function binary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}

export const base64url = {
  encode: (s: string): string => btoa(binary(new TextEncoder().encode(s))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
  decode: (s: string): string => new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))),
};

/** A value shown inside a message: at most `max` characters, with an ellipsis when cut. */
export function clip(value: unknown, max = 40): string {
  const s = typeof value === 'string' ? value : value === null || value === undefined ? String(value) : typeof value === 'object' ? (Array.isArray(value) ? 'a list' : 'an object') : String(value);
  const chars = [...s.slice(0, max * 2)];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

// Control characters and the codes' separators (a formatter may not move this regex off the directive's line).
// eslint-disable-next-line no-control-regex
const NAME_UNSAFE = /[\u0000-\u001f\u007f|;]/g;

/** A name as codes carry it: trimmed, no control characters, no separators, at most NAME_MAX characters. */
export function cleanName(name: string): string {
  return [...String(name).replace(NAME_UNSAFE, ' ').replace(/\s+/g, ' ').trim()].slice(0, NAME_MAX).join('').trim();
}

/** Whether a decoded name is one a code of this site could carry (readers then tidy it with cleanName). */
export function nameProblem(name: string): string | null {
  return [...name].length > NAME_MAX ? `the name is longer than ${NAME_MAX} characters` : null;
}

export function packCode(prefix: string, payload: string): string {
  return `${prefix}.${base64url.encode(payload)}.${crc32Hex(payload)}`;
}

export type Unpacked = { ok: true; payload: string } | { ok: false; error: string };

/** The kinds of code this site makes, by prefix. Views ask this instead of testing prefixes themselves. */
export const CODE_KINDS = { W1: 'workshop', R1: 'result', S1: 'shift', SR1: 'shift-result', VMM: 'assessment' } as const;
export type CodeKind = (typeof CODE_KINDS)[keyof typeof CODE_KINDS];

/** Which kind of code a text is (by its prefix; `assessment` also for an exported answers file), or null. */
export function codeKind(text: string): CodeKind | null {
  const s = String(text ?? '').trimStart();
  if (s.startsWith('{')) return 'assessment';
  const prefix = s.slice(0, 4).split('.')[0]!;
  return s.startsWith(`${prefix}.`) && Object.hasOwn(CODE_KINDS, prefix) ? CODE_KINDS[prefix as keyof typeof CODE_KINDS] : null;
}

export function unpackCode(prefix: string, code: string, source: string, what: string): Unpacked {
  const text = String(code ?? '').trim();
  if (text.length > MAX_CODE_LENGTH) return { ok: false, error: `${source}: too long to be a ${what} (${text.length} characters).` };
  const parts = text.split('.');
  if (parts[0] !== prefix) return { ok: false, error: `${source}: not a ${what} (it should start with "${prefix}.").` };
  if (parts.length !== 3) return { ok: false, error: `${source}: the code is cut off or damaged; copy it again in full.` };
  if (!/^[A-Za-z0-9_-]*$/.test(parts[1]!)) return { ok: false, error: `${source}: the code holds characters a code never has; copy it again in full.` };
  let payload: string;
  try {
    payload = base64url.decode(parts[1]!);
  } catch {
    return { ok: false, error: `${source}: the code is damaged (it cannot be decoded); copy it again in full.` };
  }
  if (crc32Hex(payload) !== parts[2]) return { ok: false, error: `${source}: the checksum does not match: the code was changed or cut off; copy it again in full.` };
  return { ok: true, payload };
}

/** A whole number written in base 36 by this site's codes (no sign, no leading zeros), within [0, max]. */
export function base36(text: string | undefined, max: number): number | null {
  if (text === undefined || !/^(0|[1-9a-z][0-9a-z]{0,6})$/.test(text)) return null;
  const n = parseInt(text, 36);
  return Number.isSafeInteger(n) && n <= max ? n : null;
}

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };
