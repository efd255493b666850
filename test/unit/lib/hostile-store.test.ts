/**
 * The hostile suite (issue 12): generated garbage into every saved record and every quarantine entry,
 * and mutations of a progress file into the import. What must hold, whatever the input:
 *  - reading never throws; a good record never changes; a bad one is set aside with its text byte for byte;
 *  - an import never throws, is all or nothing, an accepted file is stored as it decodes, and every
 *    refusal says what is wrong. Nothing saved is ever lost.
 * The totals (inputs tried, crashes, data lost) are printed and checked at the end. Run it alone with
 *   npx vitest run test/unit/lib/hostile-store.test.ts
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStorage, PREFIX, createStore, upgrade, type KeyValueStorage } from '../../../src/lib/store/store.ts';
import { RECORDS, RECORD_KINDS, type RecordKind } from '../../../src/lib/store/records.ts';
import { QuotaStorage } from './quota-storage.ts';

const clock = () => new Date('2026-11-24T10:00:00.000Z');
const figures = { inputs: 0, crashes: 0, lost: 0 };
/** Runs per property: 8 kinds × (10,000 hostile + 2,000 good) + 16,000 quarantine entries = 112,000 values; 10,000 file mutations. */
const SCALE = Number(process.env.HOSTILE_SCALE ?? 1);
const RUNS = { hostile: 10_000 * SCALE, good: 2_000 * SCALE, quarantine: 16_000 * SCALE, imports: 10_000 * SCALE };

// ——— good records, one arbitrary per kind ———
const alnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');
const slug = fc
  .array(fc.string({ unit: alnum, minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));
const date = fc
  .integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2099, 11, 31) })
  .map((t) => new Date(t).toISOString());
const uniqueSlugs = (min: number, max: number) => fc.uniqueArray(slug, { minLength: min, maxLength: max });
const good: { [K in RecordKind]: fc.Arbitrary<unknown> } = {
  lessons: fc.record({ done: fc.dictionary(slug, date, { maxKeys: 8 }) }),
  scenarios: fc.record({
    results: fc.dictionary(
      slug,
      fc.record({
        best: fc.integer({ min: 0, max: 100 }),
        attempts: fc.integer({ min: 1, max: 500 }),
        lastWorkflow: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
        passed: fc.boolean(),
        at: date,
      }),
      { maxKeys: 6 },
    ),
  }),
  questions: fc.record({
    answers: fc.dictionary(slug, fc.record({ right: fc.nat(1000), wrong: fc.nat(1000), at: date }), { maxKeys: 8 }),
  }),
  exam: fc.option(
    uniqueSlugs(1, 40).chain((ids) =>
      fc.record({
        seed: fc.nat(2 ** 31),
        ids: fc.constant(ids),
        extraTime: fc.boolean(),
        remainingMs: fc.integer({ min: 0, max: 75 * 60_000 }),
        startedAt: date,
        current: fc.integer({ min: 0, max: ids.length - 1 }),
        answers: fc
          .subarray(ids)
          .chain((a) =>
            fc
              .tuple(...a.map(() => fc.integer({ min: 0, max: 5 })))
              .map((v) => Object.fromEntries(a.map((id, i) => [id, v[i]!]))),
          ),
        flags: fc.subarray(ids),
        passMark: fc.constantFrom(26, 30),
      }),
    ),
    { nil: null },
  ),
  examHistory: fc.record({
    attempts: fc.array(
      fc
        .integer({ min: 1, max: 40 })
        .chain((total) =>
          fc.record({
            at: date,
            total: fc.constant(total),
            correct: fc.integer({ min: 0, max: total }),
            extraTime: fc.boolean(),
            passMark: fc.constantFrom(26, 30),
          }),
        )
        .chain((a) =>
          uniqueSlugs(a.total - a.correct, a.total - a.correct).map((missed) => ({
            ...a,
            byTopic: [],
            missed,
            passed: a.correct >= Math.ceil((a.passMark * a.total) / 40),
          })),
        ),
      { maxLength: 4 },
    ),
  }),
  maturity: fc.option(
    fc.record({
      questionnaire: slug,
      version: fc.integer({ min: 1, max: 20 }),
      perspective: fc.constantFrom('provider', 'customer'),
      respondent: fc.string({ maxLength: 80 }),
      answers: fc.dictionary(
        fc.stringMatching(/^[A-Za-z0-9]{1,6}(-[A-Za-z0-9]{1,4}){0,3}$/),
        fc.constantFrom('not', 'partly', 'largely', 'fully', 'dontknow'),
        { maxKeys: 6 },
      ),
    }),
    { nil: null },
  ),
  coachRooms: fc.record({
    rooms: fc.dictionary(
      fc.stringMatching(/^[0-9a-f]{8}$/),
      fc.record({
        join: fc.stringMatching(/^W1\.[A-Za-z0-9_-]{1,40}\.[0-9a-f]{8}$/),
        results: fc.array(fc.stringMatching(/^R1\.[A-Za-z0-9_-]{1,40}\.[0-9a-f]{8}$/), { maxLength: 4 }),
        at: date,
      }),
      { maxKeys: 3 },
    ),
  }),
  builderDrafts: fc.record({
    drafts: fc.dictionary(
      fc.stringMatching(/^d-[a-z0-9]{1,20}$/),
      fc.record({ yaml: fc.string({ maxLength: 300 }), title: fc.string({ maxLength: 200 }), at: date }),
      { maxKeys: 4 },
    ),
  }),
  reviews: fc.record({
    cards: fc.dictionary(
      slug,
      fc.nat(50).chain((reps) =>
        fc.record({
          due: date,
          stability: fc.double({ min: 0, max: 1000, noNaN: true }),
          difficulty: fc.double({ min: 0, max: 10, noNaN: true }),
          elapsed_days: fc.nat(365),
          scheduled_days: fc.nat(365),
          learning_steps: fc.nat(3),
          reps: fc.constant(reps),
          lapses: fc.nat(reps),
          state: fc.integer({ min: 0, max: 3 }),
        }),
      ),
      { maxKeys: 5 },
    ),
  }),
};
const envelope = (kind: RecordKind, data: unknown) => JSON.stringify({ v: RECORDS[kind].version, data });

// ——— hostile text for a record key ———
const version = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 5 }),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(-7, 0, 1, 2, 3, 1e300),
);
const json = fc.jsonValue({ maxDepth: 3 });
const dangerous = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf');
/** A good record with one leaf (or key) replaced: the most realistic tampering. */
function mutateLeaf(value: unknown, pick: number, replacement: unknown, renameKey: string | null): unknown {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    paths.push(p);
    if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]);
  };
  walk(value, []);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) return replacement;
  const copy = JSON.parse(JSON.stringify(value));
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k];
  const last = path[path.length - 1]!;
  if (renameKey !== null && !Array.isArray(parent)) {
    const v = parent[last];
    delete parent[last];
    Object.defineProperty(parent, renameKey, { value: v, enumerable: true, configurable: true, writable: true });
  } else parent[last] = replacement;
  return copy;
}
const hostileFor = (kind: RecordKind): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 10, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    {
      weight: 10,
      arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => `{"v":1,"data":${JSON.stringify(s)}}`),
    },
    { weight: 10, arbitrary: json.map((v) => JSON.stringify(v)) },
    { weight: 15, arbitrary: fc.record({ v: version, data: json }).map((e) => JSON.stringify(e)) },
    {
      weight: 10,
      arbitrary: fc
        .tuple(dangerous, json)
        .map(([k, v]) => `{"v":${RECORDS[kind].version},"data":{"${k}":${JSON.stringify(v)}}}`),
    },
    {
      weight: 5,
      arbitrary: fc
        .tuple(dangerous, json)
        .map(([k, v]) => `{"v":1,"data":{"done":{"${k}":"2026-01-01T00:00:00Z"}},"${k}":${JSON.stringify(v)}}`),
    },
    // Huge strings (a field, a key): rare, because each costs milliseconds; the 3 MB record has its own test.
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 10_000, max: 60_000 }), fc.boolean())
        .map(([n, asKey]) =>
          envelope(
            kind,
            asKey ? { done: { ['a'.repeat(n)]: '2026-01-01T00:00:00.000Z' } } : { respondent: 'é'.repeat(n) },
          ),
        ),
    },
    {
      weight: 40,
      arbitrary: fc
        .tuple(
          good[kind],
          fc.nat(),
          fc.oneof(json, fc.constantFrom(1e300, -1, 999, 9999, '9999-01-01T00:00:00Z', 'Invalid Date', '', null)),
          fc.option(dangerous, { nil: null }),
        )
        .map(([g, pick, r, rename]) => envelope(kind, mutateLeaf(g, pick, r, rename))),
    },
  );

// ——— one fixed set of good records that must survive every attack on another key ———
const BASE: Record<RecordKind, string> = Object.fromEntries(
  RECORD_KINDS.map((k, i) => [
    k,
    envelope(
      k,
      fc.sample(
        good[k].filter((v) => v !== null),
        { numRuns: 1, seed: 42 + i },
      )[0],
    ),
  ]),
) as Record<RecordKind, string>;
function seeded(storage: KeyValueStorage = new MemoryStorage()) {
  for (const k of RECORD_KINDS) storage.setItem(PREFIX + k, BASE[k]);
  return storage;
}
function othersIntact(storage: KeyValueStorage, except: RecordKind | null) {
  for (const k of RECORD_KINDS) if (k !== except && storage.getItem(PREFIX + k) !== BASE[k]) figures.lost++;
}

/** Cheap checks for the hot loops (vitest's expect costs more than the code under test). */
class PropertyFailure extends Error {
  override name = 'AssertionError';
}
function ok(condition: boolean, what: string): asserts condition {
  if (!condition) throw new PropertyFailure(what);
}
const same = (a: unknown, b: unknown, what: string) =>
  ok(
    isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b))),
    `${what}: ${JSON.stringify(a)?.slice(0, 300)} ≠ ${JSON.stringify(b)?.slice(0, 300)}`,
  );

/** Runs `body`, counting the input and any throw as a crash (and failing the property on it). */
function attempt(body: () => void) {
  figures.inputs++;
  try {
    body();
  } catch (err) {
    if (!(err instanceof Error && err.name === 'AssertionError')) figures.crashes++;
    throw err;
  }
}

describe('hostile values in every saved record', () => {
  it.each(RECORD_KINDS)(
    '%s: reading never throws; a good record is kept, a bad one is set aside byte for byte',
    (kind) => {
      fc.assert(
        fc.property(hostileFor(kind), (raw) =>
          attempt(() => {
            const storage = seeded();
            storage.setItem(PREFIX + kind, raw);
            const store = createStore(storage, clock);
            const data = store.read(kind);
            const q = store.listQuarantine();
            othersIntact(storage, kind);
            if (q.length === 0) {
              // Accepted: it must be a valid record, stored as read (a version 1 record is migrated in place).
              same(upgrade(kind, JSON.parse(storage.getItem(PREFIX + kind)!)), data, 'accepted record stored as read');
            } else {
              ok(
                q.length === 1 && q[0]!.kind === kind && q[0]!.raw === raw,
                'one entry with the raw text byte for byte',
              );
              ok(q[0]!.reason.length > 0 && q[0]!.reason.length < 700, 'a short reason');
              ok(storage.getItem(PREFIX + kind) === null, 'the record moved out of the way');
              same(data, RECORDS[kind].empty(), 'an empty record read instead');
            }
          }),
        ),
        { numRuns: RUNS.hostile, seed: 12 },
      );
    },
    120_000,
  );

  it.each(RECORD_KINDS)(
    '%s: a good record is read back unchanged and never set aside',
    (kind) => {
      fc.assert(
        fc.property(good[kind], (value) =>
          attempt(() => {
            const storage = seeded();
            const raw = envelope(kind, value);
            storage.setItem(PREFIX + kind, raw);
            const store = createStore(storage, clock);
            same(store.read(kind), value, 'good record read back');
            ok(!store.hasQuarantine(), 'nothing set aside');
            ok(storage.getItem(PREFIX + kind) === raw, 'stored text unchanged');
            othersIntact(storage, kind);
          }),
        ),
        { numRuns: RUNS.good, seed: 13 },
      );
    },
    120_000,
  );

  it('quarantine entries: listing never throws and never shows "undefined"; damaged ones keep their text', () => {
    const entry = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      json.map((v) => JSON.stringify(v)),
      fc
        .record(
          {
            kind: fc.oneof(fc.constantFrom(...RECORD_KINDS), json),
            reason: fc.oneof(fc.string(), json),
            at: fc.oneof(date, json),
            raw: fc.oneof(fc.string(), json),
          },
          { requiredKeys: [] },
        )
        .map((e) => JSON.stringify(e)),
      fc
        .tuple(dangerous, json)
        .map(
          ([k, v]) =>
            `{"${k}":${JSON.stringify(v)},"kind":"lessons","reason":"x","at":"2026-01-01T00:00:00Z","raw":"x"}`,
        ),
      fc
        .record({
          kind: fc.constantFrom(...RECORD_KINDS),
          rawKey: fc.oneof(fc.string(), fc.constantFrom(...RECORD_KINDS.map((k) => PREFIX + k))),
        })
        .map((e) => JSON.stringify({ ...e, reason: 'r', at: '2026-01-01T00:00:00Z' })),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 20 }), entry), { minLength: 1, maxLength: 3 }), (entries) =>
        attempt(() => {
          const storage = seeded();
          for (const [name, text] of entries) storage.setItem(`${PREFIX}quarantine/${name}`, text);
          const store = createStore(storage, clock);
          const list = store.listQuarantine();
          ok(list.length === new Set(entries.map(([n]) => n)).size, 'every entry listed once');
          for (const q of list) {
            if (q.damaged)
              ok(
                q.raw === storage.getItem(q.id) && q.kind === '' && q.reason === '' && q.at === '',
                'a damaged entry keeps its text',
              );
            else
              ok(
                (RECORD_KINDS as string[]).includes(q.kind) &&
                  typeof q.reason === 'string' &&
                  Number.isFinite(Date.parse(q.at)) &&
                  typeof q.raw === 'string',
                'a valid entry has its fields',
              );
          }
          othersIntact(storage, null);
          for (const q of list) store.discardQuarantined(q.id);
          ok(!store.hasQuarantine(), 'every entry discarded');
        }),
      ),
      { numRuns: RUNS.quarantine, seed: 14 },
    );
  }, 120_000);
});

describe('mutations of a progress file into the import', () => {
  const source = createStore(seeded(), clock);
  const original = source.exportAll();
  const originalRecords = JSON.parse(original).records as Record<string, unknown>;
  const mutation: fc.Arbitrary<{ text: string; neutral: boolean }> = fc.oneof(
    // Text-level: a character inserted, removed or replaced, or the file cut short.
    fc
      .tuple(fc.nat(original.length), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }))
      .map(([at, s]) => ({ text: original.slice(0, at) + s + original.slice(at), neutral: false })),
    fc
      .tuple(fc.nat(original.length), fc.integer({ min: 1, max: 20 }))
      .map(([at, n]) => ({ text: original.slice(0, at) + original.slice(at + n), neutral: false })),
    fc.nat(original.length).map((at) => ({ text: original.slice(0, at), neutral: false })),
    // Structure-level: a leaf or key replaced anywhere in the file.
    fc
      .tuple(
        fc.nat(),
        fc.oneof(json, fc.constantFrom(1e300, -7, 999, '9999-01-01T00:00:00Z', null, {}, [])),
        fc.option(dangerous, { nil: null }),
      )
      .map(([pick, r, rename]) => ({
        text: JSON.stringify(mutateLeaf(JSON.parse(original), pick, r, rename)),
        neutral: false,
      })),
    // Neutral: the same file re-indented, or with records in another order: must import to the same values.
    fc
      .tuple(fc.nat(8), fc.shuffledSubarray(RECORD_KINDS, { minLength: RECORD_KINDS.length }))
      .map(([indent, order]) => {
        const f = JSON.parse(original);
        f.records = Object.fromEntries(order.map((k) => [k, f.records[k]]));
        return { text: JSON.stringify(f, null, indent), neutral: true };
      }),
  );
  it('never throws; all or nothing; an accepted file is stored as it decodes; every refusal has a message', () => {
    fc.assert(
      fc.property(mutation, fc.boolean(), fc.nat(20_000), ({ text, neutral }, tight, slack) =>
        attempt(() => {
          // The target holds other data (so a partial write would show); half the time its storage is nearly full.
          const storage = tight ? new QuotaStorage(Number.MAX_SAFE_INTEGER) : new MemoryStorage();
          storage.setItem(
            PREFIX + 'lessons',
            JSON.stringify({ v: 2, data: { done: { 'other-lesson': '2026-01-02T00:00:00.000Z' } } }),
          );
          if (storage instanceof QuotaStorage) storage.quota = storage.used() + slack;
          const before = new Map(
            Array.from({ length: storage.length }, (_, i) => storage.key(i)!).map((k) => [k, storage.getItem(k)]),
          );
          const store = createStore(storage, clock);
          const r = store.importAll(text);
          if (r.ok) {
            const records = JSON.parse(text).records as Record<string, unknown>;
            for (const kind of r.imported) {
              same(store.read(kind), upgrade(kind, records[kind]), 'stored as it decodes');
              if (neutral)
                same(
                  store.read(kind),
                  upgrade(kind, originalRecords[kind]),
                  'a neutral change imports the original values',
                );
            }
          } else {
            ok(r.problems.length > 0, 'a refusal has problems');
            for (const p of r.problems)
              ok(p.field.length > 0 && p.message.length > 0, 'every problem names a field and says what is wrong');
            const after = new Map(
              Array.from({ length: storage.length }, (_, i) => storage.key(i)!).map((k) => [k, storage.getItem(k)]),
            );
            if (JSON.stringify([...after]) !== JSON.stringify([...before])) figures.lost++;
            ok(!neutral || tight, 'a neutral change is refused only when storage is full');
          }
        }),
      ),
      { numRuns: RUNS.imports, seed: 15 },
    );
  }, 120_000);
});

afterAll(() => {
  console.log(
    `hostile suite: ${figures.inputs} inputs tried, ${figures.crashes} crashes, ${figures.lost} records lost or changed`,
  );
  expect(figures.crashes).toBe(0);
  expect(figures.lost).toBe(0);
});
