/**
 * The browser's store: one instance over localStorage. When storage is unavailable (disabled, blocked by
 * security settings) it works in memory and says so; other tabs' changes arrive by the `storage` event.
 */
import { MemoryStorage, createStore, type KeyValueStorage, type Store } from './store.ts';

export * from './store.ts';
export * from './records.ts';

let instance: Store | null = null;

export function browserStore(): Store {
  if (instance) return instance;
  let storage: KeyValueStorage | undefined;
  try {
    storage = globalThis.localStorage;
    storage.getItem('usm-trainer/probe');
  } catch {
    storage = undefined;
  }
  instance = createStore(storage ?? new MemoryStorage(), undefined, storage ? null : 'blocked');
  if (storage && typeof addEventListener === 'function') {
    const store = instance;
    addEventListener('storage', (e: StorageEvent) => {
      if (e.storageArea === storage && (e.key === null || e.key.startsWith('usm-trainer/'))) store.external(e.key);
    });
  }
  return instance;
}
