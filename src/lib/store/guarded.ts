/**
 * The browser's storage behind guards: a read or write the browser refuses (storage full, disabled, blocked)
 * never throws at the store; a refused write records why (`lastProblem`), an unreadable storage lists no keys.
 */
import { problemOf, type KeyValueStorage, type SaveProblem } from './envelope.ts';

export function guardedStorage(storage: KeyValueStorage) {
  /** Why the last write failed. */
  let lastProblem: SaveProblem = 'full';
  return {
    get(key: string): string | null {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    trySet(key: string, value: string): boolean {
      try {
        storage.setItem(key, value);
        return true;
      } catch (err) {
        lastProblem = problemOf(err);
        return false;
      }
    },
    tryRemove(key: string): void {
      try {
        storage.removeItem(key);
      } catch {
        /* nothing to lose: the value stays where it was */
      }
    },
    storedKeys(): string[] {
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
    },
    lastProblem: (): SaveProblem => lastProblem,
  };
}

export type GuardedStorage = ReturnType<typeof guardedStorage>;
