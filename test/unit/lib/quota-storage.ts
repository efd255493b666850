/** Test storages that behave like a browser's: one with a quota (throws QuotaExceededError), one that refuses every write. */
import { MemoryStorage } from '../../../src/lib/store/store.ts';

export class QuotaStorage extends MemoryStorage {
  constructor(public quota: number) {
    super();
  }
  used(): number {
    let n = 0;
    for (let i = 0; i < this.length; i++) {
      const k = this.key(i)!;
      n += k.length + this.getItem(k)!.length;
    }
    return n;
  }
  override setItem(key: string, value: string) {
    const old = this.getItem(key);
    const after = this.used() - (old === null ? 0 : key.length + old.length) + key.length + String(value).length;
    if (after > this.quota)
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError', code: 22 });
    super.setItem(key, value);
  }
}

export class ReadOnlyStorage extends MemoryStorage {
  refuse = false;
  override setItem(key: string, value: string) {
    if (this.refuse) throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError', code: 18 });
    super.setItem(key, value);
  }
}
