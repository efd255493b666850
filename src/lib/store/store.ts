/**
 * The versioned local store every feature uses. Each record is saved as `{ v, data }` under
 * `usm-trainer/<kind>`. Reading validates and migrates; a record that cannot be read (corrupted, tampered
 * or from a newer version) is moved to quarantine with the reason, never dropped and never thrown at a page.
 */
import { validate, type Check } from './check.ts';
import { RECORDS, RECORD_KINDS, type RecordData, type RecordKind } from './records.ts';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  PREFIX,
  QUARANTINE,
  issuesMessage,
  upgrade,
  type KeyValueStorage,
  type QuarantinedRecord,
  type SaveProblem,
  type StoreProblem,
} from './envelope.ts';
import { checkImportFile } from './import-file.ts';
import { guardedStorage } from './guarded.ts';
import { createQuarantine } from './quarantine.ts';

export * from './envelope.ts';

type Listener = () => void;

export function createStore(
  storage: KeyValueStorage,
  now: () => Date = () => new Date(),
  initialProblem: SaveProblem | null = null,
) {
  const listeners = new Set<Listener>();
  const notify = () => listeners.forEach((l) => l());
  /** Values this tab could not save (storage full or blocked): kept here so the page works on. */
  const overlay = new Map<string, string>();
  const io = guardedStorage(storage);
  const { get, trySet, tryRemove } = io;
  const { pinned, heldInMemory, quarantine, listQuarantine, hasQuarantine, refreshPinned, discardQuarantined } =
    createQuarantine(io, now, { changed: notify, freed: retryHeld });
  /** Whether a record could not even be read. */
  let readBlocked = false;

  /** Saves a value, or keeps it in memory when the browser refuses; later saves retry what is held. */
  function save(key: string, value: string): boolean {
    if (pinned.has(key) || !trySet(key, value)) {
      overlay.set(key, value);
      return false;
    }
    overlay.delete(key);
    retryHeld();
    return true;
  }

  function retryHeld(): void {
    for (const [k, v] of [...overlay]) if (!pinned.has(k) && trySet(k, v)) overlay.delete(k);
  }

  /** Sets a record aside on purpose (it is valid but cannot be used, e.g. its questions are gone). */
  function setAside(kind: RecordKind, reason: string): void {
    const key = PREFIX + kind;
    const raw = overlay.get(key) ?? get(key);
    overlay.delete(key);
    if (raw !== null) quarantine(kind, raw, reason);
  }

  function read<K extends RecordKind>(kind: K): RecordData<K> {
    const spec = RECORDS[kind];
    const key = PREFIX + kind;
    let raw: string | null;
    if (overlay.has(key)) raw = overlay.get(key)!;
    else if (pinned.has(key)) return spec.empty() as RecordData<K>;
    else {
      try {
        raw = storage.getItem(key);
      } catch {
        // Unreadable: whatever is saved there must not be written over.
        pinned.add(key);
        readBlocked = true;
        return spec.empty() as RecordData<K>;
      }
    }
    if (raw === null) return spec.empty() as RecordData<K>;
    try {
      const envelope: unknown = JSON.parse(raw);
      const data = upgrade(kind, envelope);
      if ((envelope as { v: number }).v !== spec.version) save(key, JSON.stringify({ v: spec.version, data }));
      return data;
    } catch (err) {
      if (overlay.has(key)) overlay.delete(key);
      else
        quarantine(
          kind,
          raw,
          err instanceof SyntaxError
            ? `not valid JSON (${err.message.slice(0, 120)})`
            : (err as Error).message.slice(0, 600),
        );
      return spec.empty() as RecordData<K>;
    }
  }

  function write<K extends RecordKind>(kind: K, data: RecordData<K>): void {
    const spec = RECORDS[kind];
    const parsed = validate(spec.schema as Check<RecordData<K>>, data);
    if (!parsed.ok) throw new Error(`refusing to save invalid ${kind}: ${issuesMessage(parsed.issues)}`);
    save(PREFIX + kind, JSON.stringify({ v: spec.version, data: parsed.data }));
    notify();
  }

  function update<K extends RecordKind>(kind: K, change: (current: RecordData<K>) => RecordData<K>): RecordData<K> {
    const next = change(read(kind));
    write(kind, next);
    return next;
  }
  /** Reads every record once, so corrupted ones are quarantined and reported. */
  function checkAll(): QuarantinedRecord[] {
    for (const kind of RECORD_KINDS) read(kind);
    return listQuarantine();
  }

  function exportAll(): string {
    const records: Record<string, { v: number; data: unknown }> = {};
    for (const kind of RECORD_KINDS) records[kind] = { v: RECORDS[kind].version, data: read(kind) };
    return JSON.stringify(
      { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now().toISOString(), records },
      null,
      2,
    );
  }

  /**
   * Imports an export file. All or nothing: the whole file is checked first; then every record is
   * written, and if the browser refuses any write (storage full) the previous values are put back.
   */
  function importAll(text: string): { ok: true; imported: RecordKind[] } | { ok: false; problems: StoreProblem[] } {
    const refuse = (field: string, message: string) => ({ ok: false as const, problems: [{ field, message }] });
    const checked = checkImportFile(text, (kind) => pinned.has(PREFIX + kind));
    if (!checked.ok) return checked;
    const ready = checked.ready;
    // Write, keeping the previous values; on any refusal, put every one back.
    const previous = ready.map(([kind]) => [PREFIX + kind, get(PREFIX + kind)] as const);
    const written: string[] = [];
    for (const [kind, data] of ready) {
      if (!trySet(PREFIX + kind, JSON.stringify({ v: RECORDS[kind].version, data }))) {
        for (const key of written) tryRemove(key);
        for (const [key, value] of previous) if (value !== null && written.includes(key)) trySet(key, value);
        return refuse(
          `records.${kind}`,
          "your browser's storage is full, so the file could not be saved; nothing was changed",
        );
      }
      written.push(PREFIX + kind);
      overlay.delete(PREFIX + kind);
    }
    notify();
    return { ok: true, imported: ready.map(([k]) => k) };
  }

  /** Another tab changed storage (`storage` event): its newer values win over anything held here. */
  function external(key: string | null): void {
    if (key === null) overlay.clear();
    else overlay.delete(key);
    if (key === null || key.startsWith(QUARANTINE)) refreshPinned();
    notify();
  }

  refreshPinned();

  return {
    read,
    write,
    setAside,
    update,
    listQuarantine,
    hasQuarantine,
    discardQuarantined,
    checkAll,
    exportAll,
    importAll,
    external,
    /** Whether the browser is saving; when not, why, so the page can say "export now". */
    saving(): { ok: true } | { ok: false; problem: SaveProblem } {
      if (initialProblem) return { ok: false, problem: initialProblem };
      if (readBlocked) return { ok: false, problem: 'blocked' };
      return overlay.size > 0 || heldInMemory.length > 0 ? { ok: false, problem: io.lastProblem() } : { ok: true };
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Store = ReturnType<typeof createStore>;
