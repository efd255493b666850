/**
 * The quarantine: records that cannot be read (corrupted, tampered, from a newer version) or are set aside on
 * purpose, kept with the reason under `usm-trainer/quarantine/…`, never dropped. A record too large to copy is
 * set aside in place (`pinned`: never written over); when not even a note fits, it is held in this tab's memory.
 */
import { RECORD_KINDS } from './records.ts';
import { PREFIX, QUARANTINE, type QuarantinedRecord } from './envelope.ts';
import type { GuardedStorage } from './guarded.ts';

/**
 * `changed` is called when the quarantine changes; `freed` when discarding freed space (the store then retries
 * the writes it holds).
 */
export function createQuarantine(io: GuardedStorage, now: () => Date, on: { changed: () => void; freed: () => void }) {
  const { get, trySet, tryRemove } = io;
  /** Record keys that must not be written: a record set aside in place, or one that could not be read. */
  const pinned = new Set<string>();
  /** Records set aside while even a small quarantine note could not be saved (this tab only). */
  const heldInMemory: QuarantinedRecord[] = [];

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
    on.changed();
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
    return io.storedKeys().filter((k) => k.startsWith(QUARANTINE));
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
    on.freed();
    on.changed();
  }

  return { pinned, heldInMemory, quarantine, listQuarantine, hasQuarantine, refreshPinned, discardQuarantined };
}
