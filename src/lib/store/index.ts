/** The browser's store: one instance over localStorage (memory when storage is unavailable). */
import { MemoryStorage, createStore, type Store } from './store.ts';

export * from './store.ts';
export * from './records.ts';

let instance: Store | null = null;

export function browserStore(): Store {
  if (instance) return instance;
  let storage;
  try {
    storage = globalThis.localStorage;
    storage.getItem('usm-trainer/probe');
  } catch {
    storage = undefined;
  }
  instance = createStore(storage ?? new MemoryStorage());
  return instance;
}
