import { describe, expect, it } from 'vitest';
import { MemoryStorage, PREFIX, createStore } from '../../../src/lib/store/store.ts';

const clock = () => new Date('2026-11-24T10:00:00.000Z');
const fresh = () => {
  const storage = new MemoryStorage();
  return { storage, store: createStore(storage, clock) };
};
const seed = (store: ReturnType<typeof createStore>) => {
  store.write('lessons', { done: { recover: '2026-11-20T09:00:00.000Z' } });
  store.write('scenarios', {
    results: {
      'mining-telemetry-outage': {
        best: 100,
        attempts: 2,
        lastWorkflow: 3,
        passed: true,
        at: '2026-11-21T09:00:00.000Z',
      },
    },
  });
};

describe('the versioned store', () => {
  it('round-trips all progress through export and import', () => {
    const a = fresh();
    seed(a.store);
    const file = a.store.exportAll();
    const b = fresh();
    const r = b.store.importAll(file);
    expect(r).toEqual({
      ok: true,
      imported: [
        'lessons',
        'scenarios',
        'questions',
        'exam',
        'examHistory',
        'maturity',
        'reviews',
        'coachRooms',
        'builderDrafts',
      ],
    });
    expect(b.store.read('lessons')).toEqual(a.store.read('lessons'));
    expect(b.store.read('scenarios')).toEqual(a.store.read('scenarios'));
    expect(JSON.parse(file)).toMatchObject({
      format: 'usm-trainer-progress',
      version: 1,
      exportedAt: '2026-11-24T10:00:00.000Z',
    });
  });

  it('migrates a version 1 record to the current version and saves it back', () => {
    const { storage, store } = fresh();
    storage.setItem(PREFIX + 'lessons', JSON.stringify({ v: 1, data: ['recover', 'agree'] }));
    expect(Object.keys(store.read('lessons').done)).toEqual(['recover', 'agree']);
    expect(JSON.parse(storage.getItem(PREFIX + 'lessons')!).v).toBe(2);
    expect(store.listQuarantine()).toEqual([]);
  });

  it.each([
    ['corrupted JSON', '{"v":2,"data":{"done":', /not valid JSON/],
    [
      'a tampered field',
      JSON.stringify({ v: 2, data: { done: { recover: 'yesterday' } } }),
      /done\.recover: must be an ISO date-time/,
    ],
    ['a newer version', JSON.stringify({ v: 99, data: { done: {} } }), /newer version of USM Trainer/],
    ['no envelope', JSON.stringify(['recover']), /not a saved record/],
  ])('quarantines %s with the reason, keeps the raw text and leaves other records intact', (_, raw, reason) => {
    const { storage, store } = fresh();
    seed(store);
    storage.setItem(PREFIX + 'lessons', raw);
    expect(store.read('lessons')).toEqual({ done: {} });
    const q = store.listQuarantine();
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ kind: 'lessons', raw, at: '2026-11-24T10:00:00.000Z' });
    expect(q[0]!.reason).toMatch(reason);
    expect(store.read('scenarios').results['mining-telemetry-outage']!.best).toBe(100);
    // Reading again does not quarantine twice; discarding removes it.
    store.read('lessons');
    expect(store.listQuarantine()).toHaveLength(1);
    store.discardQuarantined(q[0]!.id);
    expect(store.listQuarantine()).toEqual([]);
  });

  it('refuses a tampered import, names the field and changes nothing', () => {
    const { store } = fresh();
    seed(store);
    const before = store.exportAll();
    const file = JSON.parse(before);
    file.records.scenarios.data.results['mining-telemetry-outage'].best = 1000;
    const r = store.importAll(JSON.stringify(file));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([
      { field: 'records.scenarios', message: expect.stringMatching(/best: .*100/) },
    ]);
    expect(store.exportAll()).toBe(before);
  });

  it.each([
    ['not JSON', 'hello', '(file)'],
    ['another format', JSON.stringify({ format: 'other', version: 1, records: {} }), 'format'],
    ['a newer file format', JSON.stringify({ format: 'usm-trainer-progress', version: 7, records: {} }), 'version'],
    [
      'an unknown record',
      JSON.stringify({ format: 'usm-trainer-progress', version: 1, records: { badges: { v: 1, data: {} } } }),
      'records.badges',
    ],
  ])('refuses %s without touching stored data', (_, text, field) => {
    const { store } = fresh();
    seed(store);
    const before = store.exportAll();
    const r = store.importAll(text);
    expect(!r.ok && r.problems.map((p) => p.field)).toContain(field);
    expect(store.exportAll()).toBe(before);
  });

  it('refuses to write invalid data', () => {
    const { store } = fresh();
    expect(() => store.write('lessons', { done: { recover: 'nope' } })).toThrow(/refusing to save invalid lessons/);
  });

  it('notifies subscribers on writes and quarantine', () => {
    const { storage, store } = fresh();
    let calls = 0;
    store.subscribe(() => calls++);
    seed(store);
    storage.setItem(PREFIX + 'questions', 'garbage');
    store.read('questions');
    expect(calls).toBe(3);
  });
});
