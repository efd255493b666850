/** The builder's drafts are a versioned store record: saved as typed, and a damaged one goes to quarantine like any record. */
import { describe, expect, it } from 'vitest';
import { MemoryStorage, PREFIX, createStore } from '../../../src/lib/store/store.ts';
import { BUILDER_LIMITS } from '../../../src/lib/store/records.ts';

const at = '2026-12-04T10:00:00.000Z';

describe('the builderDrafts record', () => {
  it('keeps drafts as typed, valid or not, across a reload', () => {
    const storage = new MemoryStorage();
    createStore(storage).write('builderDrafts', { drafts: { 'd-abc1': { yaml: 'id: [broken\n', title: '', at } } });
    expect(createStore(storage).read('builderDrafts').drafts['d-abc1']!.yaml).toBe('id: [broken\n');
  });

  it('sets a damaged or over-long draft record aside in quarantine with its text, and the builder starts empty', () => {
    for (const bad of [
      '{"v":1,"data":{"drafts":{"d-x":{"yaml":"<script>","title":"","at":"yesterday"}}}}',
      JSON.stringify({
        v: 1,
        data: { drafts: { 'd-x': { yaml: 'x'.repeat(BUILDER_LIMITS.yamlChars + 1), title: '', at } } },
      }),
      JSON.stringify({
        v: 1,
        data: {
          drafts: Object.fromEntries(
            Array.from({ length: BUILDER_LIMITS.drafts + 1 }, (_, i) => [`d-${i}`, { yaml: '', title: '', at }]),
          ),
        },
      }),
      '{"v":1,"data":{"drafts":{"__proto__":{"yaml":"","title":"","at":"2026-12-04T10:00:00.000Z"}}}}',
      'not json',
    ]) {
      const storage = new MemoryStorage();
      storage.setItem(PREFIX + 'builderDrafts', bad);
      const store = createStore(storage);
      expect(store.read('builderDrafts')).toEqual({ drafts: {} });
      const q = store.listQuarantine();
      expect(q).toHaveLength(1);
      expect(q[0]).toMatchObject({ kind: 'builderDrafts' });
    }
  });
});
