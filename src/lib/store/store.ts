/**
 * The versioned local store every feature uses. Each record is saved as `{ v, data }` under
 * `usm-trainer/<kind>`. Reading validates and migrates; a record that cannot be read (corrupted, tampered
 * or from a newer version) is moved to quarantine with the reason, never dropped and never thrown at a page.
 */
import { validate, type Check, type Issue } from './check.ts';
import { RECORDS, RECORD_KINDS, type RecordData, type RecordKind } from './records.ts';

export const PREFIX = 'usm-trainer/';
const QUARANTINE = `${PREFIX}quarantine/`;
export const EXPORT_FORMAT = 'usm-trainer-progress';
export const EXPORT_VERSION = 1;

export interface QuarantinedRecord {
  /** Storage key of the quarantined copy. */
  id: string;
  kind: string;
  reason: string;
  at: string;
  /** The raw text exactly as it was found. */
  raw: string;
}

export interface StoreProblem {
  /** Where: a record kind or a field path inside an import file. */
  field: string;
  message: string;
}

type Listener = () => void;

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
  getItem(key: string) { return this.map.has(key) ? this.map.get(key)! : null; }
  setItem(key: string, value: string) { this.map.set(key, String(value)); }
  removeItem(key: string) { this.map.delete(key); }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  get length() { return this.map.size; }
}

function issuesMessage(issues: readonly Issue[]): string {
  return issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ');
}

/** Validates and migrates one stored envelope. Throws an Error whose message says what is wrong. */
export function upgrade<K extends RecordKind>(kind: K, envelope: unknown): RecordData<K> {
  const spec = RECORDS[kind];
  if (envelope === null || typeof envelope !== 'object' || !('v' in envelope) || !('data' in envelope)) {
    throw new Error('not a saved record (expected { v, data })');
  }
  const { v } = envelope as { v: unknown };
  let data = (envelope as { data: unknown }).data;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new Error(`version "${String(v)}" is not a version number`);
  if (v > spec.version) throw new Error(`saved by a newer version of USM Trainer (record version ${v}, this site reads up to ${spec.version})`);
  for (let from = v; from < spec.version; from++) {
    const step = (spec.migrations as Record<number, (o: unknown) => unknown>)[from];
    if (!step) throw new Error(`no migration from version ${from}`);
    data = step(data);
  }
  const parsed = validate(spec.schema as Check<RecordData<K>>, data);
  if (!parsed.ok) throw new Error(issuesMessage(parsed.issues));
  return parsed.data as RecordData<K>;
}

export function createStore(storage: KeyValueStorage, now: () => Date = () => new Date()) {
  const listeners = new Set<Listener>();
  const notify = () => listeners.forEach((l) => l());

  function quarantine(kind: string, raw: string, reason: string): void {
    const at = now().toISOString();
    let id = `${QUARANTINE}${at}/${kind}`;
    for (let n = 2; storage.getItem(id) !== null; n++) id = `${QUARANTINE}${at}/${kind}-${n}`;
    storage.setItem(id, JSON.stringify({ kind, reason, at, raw }));
    storage.removeItem(PREFIX + kind);
    notify();
  }

  function read<K extends RecordKind>(kind: K): RecordData<K> {
    const spec = RECORDS[kind];
    let raw: string | null;
    try {
      raw = storage.getItem(PREFIX + kind);
    } catch {
      return spec.empty() as RecordData<K>;
    }
    if (raw === null) return spec.empty() as RecordData<K>;
    try {
      const envelope: unknown = JSON.parse(raw);
      const data = upgrade(kind, envelope);
      if ((envelope as { v: number }).v !== spec.version) write(kind, data);
      return data;
    } catch (err) {
      quarantine(kind, raw, err instanceof SyntaxError ? `not valid JSON (${err.message})` : (err as Error).message);
      return spec.empty() as RecordData<K>;
    }
  }

  function write<K extends RecordKind>(kind: K, data: RecordData<K>): void {
    const spec = RECORDS[kind];
    const parsed = validate(spec.schema as Check<RecordData<K>>, data);
    if (!parsed.ok) throw new Error(`refusing to save invalid ${kind}: ${issuesMessage(parsed.issues)}`);
    storage.setItem(PREFIX + kind, JSON.stringify({ v: spec.version, data: parsed.data }));
    notify();
  }

  function update<K extends RecordKind>(kind: K, change: (current: RecordData<K>) => RecordData<K>): RecordData<K> {
    const next = change(read(kind));
    write(kind, next);
    return next;
  }

  function listQuarantine(): QuarantinedRecord[] {
    const out: QuarantinedRecord[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key || !key.startsWith(QUARANTINE)) continue;
      try {
        const q = JSON.parse(storage.getItem(key) ?? '{}');
        out.push({ id: key, kind: String(q.kind), reason: String(q.reason), at: String(q.at), raw: String(q.raw) });
      } catch {
        out.push({ id: key, kind: 'unknown', reason: 'quarantine entry unreadable', at: '', raw: storage.getItem(key) ?? '' });
      }
    }
    return out.sort((a, b) => a.at.localeCompare(b.at));
  }

  function discardQuarantined(id: string): void {
    if (id.startsWith(QUARANTINE)) storage.removeItem(id);
    notify();
  }

  /** Reads every record once, so corrupted ones are quarantined and reported. */
  function checkAll(): QuarantinedRecord[] {
    for (const kind of RECORD_KINDS) read(kind);
    return listQuarantine();
  }

  function exportAll(): string {
    const records: Record<string, { v: number; data: unknown }> = {};
    for (const kind of RECORD_KINDS) records[kind] = { v: RECORDS[kind].version, data: read(kind) };
    return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now().toISOString(), records }, null, 2);
  }

  /** Imports an export file. All or nothing: a bad file changes nothing and says why. */
  function importAll(text: string): { ok: true; imported: RecordKind[] } | { ok: false; problems: StoreProblem[] } {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      return { ok: false, problems: [{ field: '(file)', message: `not valid JSON: ${(err as Error).message}` }] };
    }
    const problems: StoreProblem[] = [];
    if (parsed === null || typeof parsed !== 'object') return { ok: false, problems: [{ field: '(file)', message: 'not a USM Trainer progress file' }] };
    const file = parsed as { format?: unknown; version?: unknown; records?: unknown };
    if (file.format !== EXPORT_FORMAT) problems.push({ field: 'format', message: `must be "${EXPORT_FORMAT}"; this is not a USM Trainer progress file` });
    if (typeof file.version !== 'number' || file.version > EXPORT_VERSION) problems.push({ field: 'version', message: `must be a file format version up to ${EXPORT_VERSION}` });
    if (file.records === null || typeof file.records !== 'object') problems.push({ field: 'records', message: 'is missing' });
    if (problems.length) return { ok: false, problems };
    const incoming = file.records as Record<string, unknown>;
    const ready: [RecordKind, unknown][] = [];
    for (const [kind, envelope] of Object.entries(incoming)) {
      if (!(RECORD_KINDS as string[]).includes(kind)) {
        problems.push({ field: `records.${kind}`, message: 'is not a record this site knows' });
        continue;
      }
      try {
        ready.push([kind as RecordKind, upgrade(kind as RecordKind, envelope)]);
      } catch (err) {
        problems.push({ field: `records.${kind}`, message: (err as Error).message });
      }
    }
    if (problems.length) return { ok: false, problems };
    for (const [kind, data] of ready) write(kind, data as never);
    return { ok: true, imported: ready.map(([k]) => k) };
  }

  return {
    read,
    write,
    update,
    listQuarantine,
    discardQuarantined,
    checkAll,
    exportAll,
    importAll,
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Store = ReturnType<typeof createStore>;
