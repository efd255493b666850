/**
 * Short codes people copy, paste or scan: `<PREFIX>.<base64url payload>.<crc32>`. The checksum catches a
 * changed or truncated code; every failure comes back as a short sentence that names the source and never
 * echoes a long input back. The checksum is a CRC, so anyone can forge a valid one: every reader also checks
 * what the payload means (see workshop.ts and maturity.ts).
 */
import { crc32Hex } from './checksum.ts';
import { msg, term, type EngineMessage, type Param } from './messages.ts';
import { english } from './messages-en.ts';

/** The longest code any reader accepts (a 60-call workshop result with long names stays far below). */
export const MAX_CODE_LENGTH = 8000;
/** Names (participants, respondents) are at most this long, in every code and every input. */
export const NAME_MAX = 80;
/** A seed is a 32-bit unsigned whole number. */
export const MAX_SEED = 0xffffffff;

const CHUNK = 0x2000;

/** Bytes → a binary string, in chunks: spreading a large array into one call overflows the stack. */
function binary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}

export const base64url = {
  encode: (s: string): string =>
    btoa(binary(new TextEncoder().encode(s)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, ''),
  decode: (s: string): string =>
    new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
    ),
};

/** A value shown inside a message: at most `max` characters, with an ellipsis when cut. */
export function clip(value: unknown, max = 40): string {
  const s =
    typeof value === 'string'
      ? value
      : value === null || value === undefined
        ? String(value)
        : typeof value === 'object'
          ? Array.isArray(value)
            ? 'a list'
            : 'an object'
          : String(value);
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
export function nameProblem(name: string): EngineMessage | null {
  return [...name].length > NAME_MAX ? msg('code.nameTooLong', { max: NAME_MAX }) : null;
}

/**
 * A refusal: its English (`error`, the readable default) and the message code (`message`, to format with a
 * dictionary). The code is not enumerable, so a refusal still compares and prints as `{ ok, error }`.
 */
export function refused(message: EngineMessage): { ok: false; error: string; message: EngineMessage } {
  return Object.defineProperty({ ok: false as const, error: english(message) }, 'message', {
    value: message,
    enumerable: false,
  }) as { ok: false; error: string; message: EngineMessage };
}

/** What kind of code a reader expects, in words (for "not a workshop join code"). */
export type CodeWhat = 'workshop-join' | 'workshop-result' | 'shift-join' | 'shift-result' | 'maturity';

export function packCode(prefix: string, payload: string): string {
  return `${prefix}.${base64url.encode(payload)}.${crc32Hex(payload)}`;
}

export type Unpacked = { ok: true; payload: string } | { ok: false; error: string; message: EngineMessage };

/** The kinds of code this site makes, by prefix. Views ask this instead of testing prefixes themselves. */
export const CODE_KINDS = {
  W1: 'workshop',
  W2: 'workshop',
  R1: 'result',
  S1: 'shift',
  SR1: 'shift-result',
  VMM: 'assessment',
} as const;
export type CodeKind = (typeof CODE_KINDS)[keyof typeof CODE_KINDS];

/** Which kind of code a text is (by its prefix; `assessment` also for an exported answers file), or null. */
export function codeKind(text: string): CodeKind | null {
  const s = String(text ?? '').trimStart();
  if (s.startsWith('{')) return 'assessment';
  const prefix = s.slice(0, 4).split('.')[0]!;
  return s.startsWith(`${prefix}.`) && Object.hasOwn(CODE_KINDS, prefix)
    ? CODE_KINDS[prefix as keyof typeof CODE_KINDS]
    : null;
}

/** `source` names where the code came from: a line, a file name, or by default "join code"/"result code". */
export function unpackCode(prefix: string, code: string, source: Param, kind: CodeWhat): Unpacked {
  const text = String(code ?? '').trim();
  const what = term(`code.what.${kind}`);
  if (text.length > MAX_CODE_LENGTH) return refused(msg('code.tooLong', { source, what, length: text.length }));
  const parts = text.split('.');
  if (parts[0] !== prefix) return refused(msg('code.wrongPrefix', { source, what, prefix }));
  if (parts.length !== 3) return refused(msg('code.cutOff', { source }));
  if (!/^[A-Za-z0-9_-]*$/.test(parts[1]!)) return refused(msg('code.badCharacters', { source }));
  let payload: string;
  try {
    payload = base64url.decode(parts[1]!);
  } catch {
    return refused(msg('code.undecodable', { source }));
  }
  if (crc32Hex(payload) !== parts[2]) return refused(msg('code.checksum', { source }));
  return { ok: true, payload };
}

/** A whole number written in base 36 by this site's codes (no sign, no leading zeros), within [0, max]. */
export function base36(text: string | undefined, max: number): number | null {
  if (text === undefined || !/^(0|[1-9a-z][0-9a-z]{0,6})$/.test(text)) return null;
  const n = parseInt(text, 36);
  return Number.isSafeInteger(n) && n <= max ? n : null;
}

/** A code read: its value, or why it was refused (`message`, with its English as `error`). */
export type Read<T> = { ok: true; value: T } | { ok: false; error: string; message: EngineMessage };
