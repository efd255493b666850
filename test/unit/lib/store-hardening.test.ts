/**
 * Issue 12's reproductions at the data layer: storage that is full or refuses writes, records too large
 * to copy, absurd but well-formed records, imports over quota, damaged quarantine entries.
 */
import { describe, expect, it } from 'vitest';
import { MemoryStorage, PREFIX, createStore } from '../../../src/lib/store/store.ts';
import { LIMITS } from '../../../src/lib/store/records.ts';
import { EXAM, examDurationMs } from '../../../src/lib/exam.ts';
import { QuotaStorage, ReadOnlyStorage } from './quota-storage.ts';

const clock = () => new Date('2026-11-24T10:00:00.000Z');
const lessons = { done: { recover: '2026-11-20T09:00:00.000Z' } };
const attempt = {
  at: '2026-11-20T09:00:00.000Z',
  correct: 26,
  total: 40,
  passed: true,
  extraTime: false,
  byTopic: [],
  missed: Array.from({ length: 14 }, (_, i) => `q-${i}`),
};
const exam = {
  seed: 1,
  ids: ['a', 'b', 'c'],
  answers: { a: 1 },
  flags: ['b'],
  extraTime: false,
  remainingMs: 60_000,
  current: 2,
  startedAt: '2026-11-20T09:00:00.000Z',
};
const card = {
  due: '2026-11-25T10:00:00.000Z',
  stability: 1,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 1,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 1,
};

describe('storage that cannot brick a page', () => {
  it('sets a record larger than the space left aside in place: no throw, raw text kept byte for byte, never written over', () => {
    const storage = new QuotaStorage(5_000_000);
    const huge = `{"v":2,"data":"${'A'.repeat(3_000_000)}"}`;
    storage.setItem(PREFIX + 'lessons', huge);
    const store = createStore(storage, clock);
    expect(() => store.checkAll()).not.toThrow();
    expect(store.read('lessons')).toEqual({ done: {} });
    const [q, ...rest] = store.listQuarantine();
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ kind: 'lessons', rawKey: PREFIX + 'lessons' });
    expect(q!.raw).toBe(huge);
    // A save of lessons is held in memory, not written over the set-aside original, and says so.
    store.write('lessons', lessons);
    expect(store.read('lessons')).toEqual(lessons);
    expect(storage.getItem(PREFIX + 'lessons')).toBe(huge);
    expect(store.saving()).toEqual({ ok: false, problem: 'full' });
    // A new store (the next page) sees the note and still never writes over the original.
    const next = createStore(storage, clock);
    expect(next.read('lessons')).toEqual({ done: {} });
    expect(next.hasQuarantine()).toBe(true);
    // Discarding frees the space and saves what was held.
    store.discardQuarantined(q!.id);
    expect(JSON.parse(storage.getItem(PREFIX + 'lessons')!).data).toEqual(lessons);
    expect(store.saving()).toEqual({ ok: true });
    expect(store.hasQuarantine()).toBe(false);
  });

  it('keeps a record in memory when not even a small note fits, and loses nothing saved', () => {
    const storage = new QuotaStorage(200);
    const raw = '{"v":1,"data":{"results":7}}';
    storage.setItem(PREFIX + 'scenarios', raw);
    storage.quota = storage.used();
    const store = createStore(storage, clock);
    expect(store.read('scenarios')).toEqual({ results: {} });
    expect(store.listQuarantine()).toMatchObject([{ kind: 'scenarios', raw }]);
    expect(storage.getItem(PREFIX + 'scenarios')).toBe(raw);
    expect(store.saving()).toMatchObject({ ok: false });
  });

  it('works in memory when every write is refused (storage full or blocked), and says why', () => {
    const storage = new ReadOnlyStorage();
    const store = createStore(storage, clock);
    store.write('lessons', lessons);
    storage.refuse = true;
    const more = { done: { ...lessons.done, agree: '2026-11-21T09:00:00.000Z' } };
    expect(() => store.write('lessons', more)).not.toThrow();
    expect(store.read('lessons')).toEqual(more);
    expect(JSON.parse(storage.getItem(PREFIX + 'lessons')!).data).toEqual(lessons);
    expect(store.saving()).toEqual({ ok: false, problem: 'blocked' });
    expect(JSON.parse(store.exportAll()).records.lessons.data).toEqual(more);
    storage.refuse = false;
    store.write('questions', { answers: {} });
    expect(JSON.parse(storage.getItem(PREFIX + 'lessons')!).data).toEqual(more);
    expect(store.saving()).toEqual({ ok: true });
  });

  it('never throws when reading storage throws, and then never writes over what it could not read', () => {
    const storage = new MemoryStorage();
    storage.setItem(PREFIX + 'lessons', JSON.stringify({ v: 2, data: lessons }));
    const broken = Object.assign(Object.create(storage), {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: storage.setItem.bind(storage),
      removeItem: storage.removeItem.bind(storage),
      key: storage.key.bind(storage),
    });
    Object.defineProperty(broken, 'length', { get: () => storage.length });
    const store = createStore(broken, clock);
    expect(store.read('lessons')).toEqual({ done: {} });
    store.write('lessons', { done: {} });
    expect(JSON.parse(storage.getItem(PREFIX + 'lessons')!).data).toEqual(lessons);
    expect(store.saving()).toEqual({ ok: false, problem: 'blocked' });
  });

  it('drops what it holds in memory when another tab saves newer data (storage event)', () => {
    const storage = new ReadOnlyStorage();
    const store = createStore(storage, clock);
    storage.refuse = true;
    store.write('lessons', lessons);
    storage.refuse = false;
    const newer = { done: { agree: '2026-11-22T09:00:00.000Z' } };
    storage.setItem(PREFIX + 'lessons', JSON.stringify({ v: 2, data: newer }));
    store.external(PREFIX + 'lessons');
    expect(store.read('lessons')).toEqual(newer);
  });
});

describe('semantic validation: absurd records are set aside like corrupt ones', () => {
  const cases: [string, string, unknown, RegExp][] = [
    ['an exam at question 999', 'exam', { ...exam, current: 999 }, /current: must be/],
    ['an exam at a question past its list', 'exam', { ...exam, current: 3 }, /current: must be a question of the exam/],
    ['an exam with no questions', 'exam', { ...exam, ids: [], answers: {}, flags: [], current: 0 }, /ids: must list/],
    ['an exam answer for a question not in it', 'exam', { ...exam, answers: { z: 1 } }, /not a question of this exam/],
    ['an exam clock of 277777777:46:40', 'exam', { ...exam, remainingMs: 999_999_999_999_000 }, /remainingMs/],
    [
      'an exam with a repeated question',
      'exam',
      { ...exam, ids: ['a', 'a', 'c'], answers: {}, flags: [] },
      /ids\[1\]: repeats/,
    ],
    ['a score of 1e+300 of 1', 'examHistory', { attempts: [{ ...attempt, correct: 1e300, total: 1 }] }, /correct/],
    [
      'a score of 400 of 40',
      'examHistory',
      { attempts: [{ ...attempt, correct: 400 }] },
      /correct: must be between 0 and 40/,
    ],
    [
      'a pass with 0 correct',
      'examHistory',
      { attempts: [{ ...attempt, correct: 0, passed: true, missed: Array.from({ length: 40 }, (_, i) => `q-${i}`) }] },
      /passed: does not match 0 of 40/,
    ],
    [
      'year 9999',
      'examHistory',
      { attempts: [{ ...attempt, at: '9999-01-01T00:00:00.000Z' }] },
      /at: must be a date between 1970 and 2100/,
    ],
    [
      'an invalid date',
      'examHistory',
      { attempts: [{ ...attempt, at: '2026-13-45T99:99:99Z' }] },
      /at: must be a real date/,
    ],
    [
      'a topic row that does not add up',
      'examHistory',
      { attempts: [{ ...attempt, byTopic: [{ topic: 'recover', correct: 3, total: 2 }] }] },
      /byTopic/,
    ],
    [
      'a review card in state 99',
      'reviews',
      { cards: { 'recover-001': { ...card, state: 99 } } },
      /state: must be between 0 and 3/,
    ],
    [
      'a review card with more lapses than reviews',
      'reviews',
      { cards: { 'recover-001': { ...card, lapses: 5 } } },
      /lapses/,
    ],
    [
      'a name of 81 characters',
      'maturity',
      {
        questionnaire: 'usm-value-maturity',
        version: 1,
        perspective: 'provider',
        respondent: 'x'.repeat(81),
        answers: {},
      },
      /respondent: must be at most 80/,
    ],
    [
      'a questionnaire version 0',
      'maturity',
      { questionnaire: 'usm-value-maturity', version: 0, perspective: 'provider', respondent: '', answers: {} },
      /version/,
    ],
    [
      'a scenario best of 1000',
      'scenarios',
      {
        results: {
          'a-b': { best: 1000, attempts: 1, lastWorkflow: null, passed: true, at: '2026-11-20T09:00:00.000Z' },
        },
      },
      /best/,
    ],
    [
      'a __proto__ key',
      'questions',
      JSON.parse('{"answers":{"__proto__":{"right":1,"wrong":0,"at":"2026-11-20T09:00:00.000Z"}}}'),
      /not an allowed key/,
    ],
    ['a constructor field', 'lessons', JSON.parse('{"done":{},"constructor":1}'), /constructor: is not a known field/],
    [
      'an id of 81 characters',
      'lessons',
      { done: { ['a'.repeat(81)]: '2026-11-20T09:00:00.000Z' } },
      /at most 80 characters/,
    ],
  ];
  it.each(cases)('%s', (_, kind, data, reason) => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ v: kind === 'lessons' ? 2 : 1, data });
    storage.setItem(PREFIX + kind, raw);
    const store = createStore(storage, clock);
    expect(() => store.checkAll()).not.toThrow();
    const q = store.listQuarantine();
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ kind, raw });
    expect(q[0]!.reason).toMatch(reason);
    // The message never echoes a huge input.
    expect(q[0]!.reason.length).toBeLessThan(700);
  });

  it('accepts what the site writes: an exam in progress, a finished exam with its answers, an FSRS card', () => {
    const store = createStore(new MemoryStorage(), clock);
    store.write('exam', exam);
    store.write('examHistory', {
      attempts: [
        {
          ...attempt,
          passMark: 26,
          startedAt: exam.startedAt,
          ids: Array.from({ length: 40 }, (_, i) => `q-${i}`),
          answers: {},
          timeUp: false,
        },
      ],
    });
    store.write('reviews', { cards: { 'recover-001': card } });
    expect(store.checkAll()).toEqual([]);
  });

  it('keeps its limits in step with the exam', () => {
    expect(LIMITS.examQuestions).toBe(EXAM.questions);
    expect(LIMITS.examMaxMs).toBe(examDurationMs(true));
    expect(LIMITS.examPassMarks).toEqual([EXAM.passMark, EXAM.professionalPassMark]);
  });
});

describe('imports: all or nothing, even over quota', () => {
  const file = (records: object, version: unknown = 1) =>
    JSON.stringify({ format: 'usm-trainer-progress', version, exportedAt: '2026-11-24T10:00:00.000Z', records });

  it('puts every previous value back when the storage fills up midway, and says so', () => {
    const storage = new QuotaStorage(3000);
    const store = createStore(storage, clock);
    store.write('lessons', lessons);
    const before = [PREFIX + 'lessons', PREFIX + 'questions'].map((k) => storage.getItem(k));
    const answers = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`question-${i}`, { right: 1, wrong: 0, at: '2026-11-20T09:00:00.000Z' }]),
    );
    const r = store.importAll(
      file({
        lessons: { v: 2, data: { done: { agree: '2026-11-21T09:00:00.000Z' } } },
        questions: { v: 1, data: { answers } },
      }),
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toEqual({
      field: 'records.questions',
      message: expect.stringMatching(/storage is full.*nothing was changed/),
    });
    expect([PREFIX + 'lessons', PREFIX + 'questions'].map((k) => storage.getItem(k))).toEqual(before);
  });

  it.each([
    ['an empty file', file({}), 'records', /no progress/],
    ['a file version of -7', file({ lessons: { v: 2, data: lessons } }, -7), 'version', /from 1 to 1/],
    ['a file version of 1.5', file({ lessons: { v: 2, data: lessons } }, 1.5), 'version', /from 1 to 1/],
    ['a file over 5 MB', `${file({})}${' '.repeat(5_000_001)}`, '(file)', /at most 5 MB/],
    ['a list instead of records', file([]), 'records', /missing/],
  ])('refuses %s with a message', (_, text, field, message) => {
    const store = createStore(new MemoryStorage(), clock);
    store.write('lessons', lessons);
    const before = store.exportAll();
    const r = store.importAll(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toContainEqual({ field, message: expect.stringMatching(message) });
    expect(store.exportAll()).toBe(before);
  });
});

describe('quarantine entries are validated', () => {
  it.each([
    ['not JSON', 'garbage{'],
    ['no fields', '{}'],
    ['fields of the wrong type', '{"kind":7,"reason":null,"at":[],"raw":{}}'],
    ['an unknown kind', '{"kind":"badges","reason":"x","at":"2026-11-20T09:00:00.000Z","raw":"x"}'],
    [
      'a reference to another key',
      '{"kind":"lessons","reason":"x","at":"2026-11-20T09:00:00.000Z","rawKey":"usm-trainer/exam"}',
    ],
  ])('lists %s as a damaged entry with its text, never "undefined"', (_, text) => {
    const storage = new MemoryStorage();
    storage.setItem(`${PREFIX}quarantine/x`, text);
    const store = createStore(storage, clock);
    const [q] = store.listQuarantine();
    expect(q).toEqual({ id: `${PREFIX}quarantine/x`, kind: '', reason: '', at: '', raw: text, damaged: true });
    expect(JSON.stringify(q)).not.toMatch(/undefined|unknown/);
    store.discardQuarantined(q!.id);
    expect(store.hasQuarantine()).toBe(false);
  });
});
