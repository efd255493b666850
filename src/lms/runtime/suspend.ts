/**
 * Suspend data: the attempt's state as compact JSON, stamped with the package kind and version. Reading
 * it back never throws: corrupt data, another package's data and another version's data each give a
 * reason, and the player starts a fresh attempt with a message.
 */
export type SuspendRead<T> =
  { ok: true; state: T } | { ok: false; reason: 'empty' | 'corrupt' | 'other-package' | 'other-version' };

interface Envelope {
  p: string;
  v: string;
  s: unknown;
}

export function writeSuspend(packageId: string, version: string, state: unknown): string {
  return JSON.stringify({ p: packageId, v: version, s: state } satisfies Envelope);
}

export function readSuspend<T>(
  raw: string,
  packageId: string,
  version: string,
  valid: (s: unknown) => s is T,
): SuspendRead<T> {
  if (!raw) return { ok: false, reason: 'empty' };
  let env: unknown;
  try {
    env = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (
    !env ||
    typeof env !== 'object' ||
    typeof (env as Envelope).p !== 'string' ||
    typeof (env as Envelope).v !== 'string'
  )
    return { ok: false, reason: 'corrupt' };
  const e = env as Envelope;
  if (e.p !== packageId) return { ok: false, reason: 'other-package' };
  if (e.v !== version) return { ok: false, reason: 'other-version' };
  return valid(e.s) ? { ok: true, state: e.s } : { ok: false, reason: 'corrupt' };
}

export const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);
export const isIntArray = (a: unknown): a is number[] => Array.isArray(a) && a.every(isInt);
