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
  problemOf,
  upgrade,
  type KeyValueStorage,
  type QuarantinedRecord,
  type SaveProblem,
  type StoreProblem,
} from './envelope.ts';
import { checkImportFile } from './import-file.ts';

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
  /** Record keys that must not be written: a record set aside in place, or one that could not be read. */
  const pinned = new Set<string>();
  /** Records set aside while even a small quarantine note could not be saved (this tab only). */
  const heldInMemory: QuarantinedRecord[] = [];
  /** Why the last write failed, and whether a record could not even be read. */
  let lastProblem: SaveProblem = 'full';
  let readBlocked = false;

  const get = (key: string): string | null => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };
  const trySet = (key: string, value: string): boolean => {
    try {
      storage.setItem(key, value);
      return true;
    } catch (err) {
      lastProblem = problemOf(err);
      return false;
    }
  };
  const tryRemove = (key: string) => {
    try {
      storage.removeItem(key);
    } catch {
      /* nothing to lose: the value stays where it was */
    }
  };
  const storedKeys = (): string[] => {
    const keys: string[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null) keys.push(key);
      }
    } catch {
      /* storage unreadable: no keys */
    }
    return keys;
  };

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

  function quarantineId(kind: string, at: string): string {
    let id = `${QUARANTINE}${at}/${kind}`;
    for (let n = 2; get(id) !== null; n++) id = `${QUARANTINE}${at}/${kind}-${n}`;
    return id;
  }

  /**
   * Sets a record aside: a copy with the reason when it fits; when it does not (the record is larger
   * than the space left), a small note that points at the record, which stays in place, byte for byte,
   * and is never written over; when not even the note fits, in this tab's memory. Never throws.
   */
  function quarantine(kind: string, raw: string, reason: string): void {
    const at = now().toISOString();
    const key = PREFIX + kind;
    const id = quarantineId(kind, at);
    if (trySet(id, JSON.stringify({ kind, reason, at, raw }))) tryRemove(key);
    else if (trySet(id, JSON.stringify({ kind, reason, at, rawKey: key }))) pinned.add(key);
    else {
      heldInMemory.push({ id: `${QUARANTINE}(this tab)/${kind}`, kind, reason, at, raw, rawKey: key });
      pinned.add(key);
    }
    notify();
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

  /** One quarantine entry, checked: a damaged entry is listed as damaged with its text, never as "undefined". */
  function entry(id: string): QuarantinedRecord {
    const text = get(id) ?? '';
    try {
      const q: unknown = JSON.parse(text);
      if (q === null || typeof q !== 'object' || Array.isArray(q)) throw new Error('not an object');
      const { kind, reason, at, raw, rawKey } = q as Record<string, unknown>;
      const knownRef = typeof rawKey === 'string' && rawKey === PREFIX + String(kind);
      if (
        typeof kind !== 'string' ||
        !(RECORD_KINDS as string[]).includes(kind) ||
        typeof reason !== 'string' ||
        typeof at !== 'string' ||
        !Number.isFinite(Date.parse(at)) ||
        (typeof raw !== 'string' && !knownRef)
      )
        throw new Error('fields missing');
      const ref = typeof raw === 'string' ? {} : { rawKey: rawKey as string };
      return {
        id,
        kind,
        reason: reason.slice(0, 600),
        at: at.slice(0, 40),
        raw: typeof raw === 'string' ? raw : (get(rawKey as string) ?? ''),
        ...ref,
      };
    } catch {
      return { id, kind: '', reason: '', at: '', raw: text, damaged: true };
    }
  }

  function quarantineIds(): string[] {
    return storedKeys().filter((k) => k.startsWith(QUARANTINE));
  }

  function listQuarantine(): QuarantinedRecord[] {
    return [...quarantineIds().map(entry), ...heldInMemory].sort(
      (a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id),
    );
  }

  /** Whether anything is set aside, without reading the entries (they may be large). */
  function hasQuarantine(): boolean {
    return heldInMemory.length > 0 || quarantineIds().length > 0;
  }

  /** Which record keys are set aside in place (read from the notes; done once and when storage changes). */
  function refreshPinned(): void {
    for (const key of [...pinned]) if (!heldInMemory.some((q) => q.rawKey === key)) pinned.delete(key);
    for (const id of quarantineIds()) {
      const text = get(id) ?? '';
      // Only small notes can point at a record; a full copy needs no parsing here.
      if (text.length > 500) continue;
      const q = entry(id);
      if (q.rawKey) pinned.add(q.rawKey);
    }
  }

  function discardQuarantined(id: string): void {
    if (!id.startsWith(QUARANTINE)) return;
    const held = heldInMemory.findIndex((q) => q.id === id);
    const q = held >= 0 ? heldInMemory.splice(held, 1)[0]! : entry(id);
    if (q.rawKey) {
      tryRemove(q.rawKey);
      pinned.delete(q.rawKey);
    }
    if (held < 0) tryRemove(id);
    // Space was freed: retry what this tab could not save.
    retryHeld();
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
      return overlay.size > 0 || heldInMemory.length > 0 ? { ok: false, problem: lastProblem } : { ok: true };
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Store = ReturnType<typeof createStore>;
