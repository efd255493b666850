/**
 * The saved record's envelope `{ v, data }`: the storage interface, the types the store and its pages share,
 * and `upgrade`, which validates and migrates one envelope.
 */
import { validate, type Check, type Issue } from './check.ts';
import { RECORDS, type RecordData, type RecordKind } from './records.ts';

export const PREFIX = 'usm-trainer/';
export const QUARANTINE = `${PREFIX}quarantine/`;
export const EXPORT_FORMAT = 'usm-trainer-progress';
export const EXPORT_VERSION = 1;

export interface QuarantinedRecord {
  /** Storage key of the quarantine entry. */
  id: string;
  kind: string;
  reason: string;
  at: string;
  /** The raw text exactly as it was found. */
  raw: string;
  /** The entry itself was damaged: `raw` is its text as found, kind/reason/at are unknown (empty). */
  damaged?: true;
  /**
   * Where the raw text is kept when it was too large to copy: the record was set aside in place, under
   * its own key, until it is downloaded and discarded.
   */
  rawKey?: string;
}

/** Why the browser is not saving: storage full (quota) or blocked (disabled, security settings). */
export type SaveProblem = 'full' | 'blocked';

/** Files above this size are refused before anything is read: a browser keeps about 5 MB per site. */
export const MAX_IMPORT_CHARS = 5_000_000;

export interface StoreProblem {
  /** Where: a record kind or a field path inside an import file. */
  field: string;
  message: string;
}

/** The minimal Storage interface (localStorage satisfies it; tests pass an in-memory one). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export class MemoryStorage implements KeyValueStorage {
  private map = new Map<string, string>();
  getItem(key: string) {
    return this.map.has(key) ? this.map.get(key)! : null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, String(value));
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  key(i: number) {
    for (const k of this.map.keys()) if (i-- === 0) return k;
    return null;
  }
  get length() {
    return this.map.size;
  }
}

export function issuesMessage(issues: readonly Issue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
}

export function problemOf(err: unknown): SaveProblem {
  const name = (err as { name?: unknown } | null)?.name;
  const code = (err as { code?: unknown } | null)?.code;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
    ? 'full'
    : 'blocked';
}

/** Validates and migrates one stored envelope. Throws an Error whose message says what is wrong. */
export function upgrade<K extends RecordKind>(kind: K, envelope: unknown): RecordData<K> {
  const spec = RECORDS[kind];
  if (envelope === null || typeof envelope !== 'object' || !('v' in envelope) || !('data' in envelope)) {
    throw new Error('not a saved record (expected { v, data })');
  }
  const { v } = envelope as { v: unknown };
  let data = (envelope as { data: unknown }).data;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    throw new Error(`version "${String(v)}" is not a version number`);
  if (v > spec.version)
    throw new Error(
      `saved by a newer version of USM Trainer (record version ${v}, this site reads up to ${spec.version})`,
    );
  for (let from = v; from < spec.version; from++) {
    const step = (spec.migrations as Record<number, (o: unknown) => unknown>)[from];
    if (!step) throw new Error(`no migration from version ${from}`);
    data = step(data);
  }
  const parsed = validate(spec.schema as Check<RecordData<K>>, data);
  if (!parsed.ok) throw new Error(issuesMessage(parsed.issues));
  return parsed.data as RecordData<K>;
}
