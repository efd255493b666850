/**
 * Short codes people copy, paste or scan: `<PREFIX>.<base64url payload>.<crc32>`. The checksum catches a
 * changed or truncated code; every failure comes back as a sentence that names the source.
 */
import { crc32Hex } from './checksum.ts';

export const base64url = {
  encode: (s: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
  decode: (s: string): string => new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))),
};

export function packCode(prefix: string, payload: string): string {
  return `${prefix}.${base64url.encode(payload)}.${crc32Hex(payload)}`;
}

export type Unpacked = { ok: true; payload: string } | { ok: false; error: string };

export function unpackCode(prefix: string, code: string, source: string, what: string): Unpacked {
  const parts = code.trim().split('.');
  if (parts[0] !== prefix) return { ok: false, error: `${source}: not a ${what} (it should start with "${prefix}.").` };
  if (parts.length !== 3) return { ok: false, error: `${source}: the code is cut off or damaged; copy it again in full.` };
  let payload: string;
  try {
    payload = base64url.decode(parts[1]!);
  } catch {
    return { ok: false, error: `${source}: the code is damaged (it cannot be decoded); copy it again in full.` };
  }
  if (crc32Hex(payload) !== parts[2]) return { ok: false, error: `${source}: the checksum does not match: the code was changed or cut off; copy it again in full.` };
  return { ok: true, payload };
}
