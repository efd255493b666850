/**
 * One learner, two languages. Records (lessons done, scenario results, exam history, FSRS cards,
 * self-assessment answers) are keyed by ids, and a Dutch page lists the same ids in the same order as
 * the English page (translated texts, or the English item standing in), so switching language keeps
 * everything. Workshop codes carry ids only: a Dutch participant's result merges into an English room.
 * The "Dutch" content here is the real English content with every text replaced, structure kept (as the
 * parity check demands), and half of it left untranslated, as during the staged translation.
 */
import { describe, expect, it } from 'vitest';
import { readKind } from '../../../src/lib/content/parity-files.ts';
import { TEXT_FIELDS, type ParityItem } from '../../../src/lib/content/parity.ts';
import { mergeLocalized } from '../../../src/lib/content/merge-localized.ts';
import { CONTENT_KINDS, type ContentKind } from '../../../src/lib/languages.ts';
import { MemoryStorage, PREFIX, createStore } from '../../../src/lib/store/store.ts';
import { createWorkshop, joinCode, readJoinCode, readResultCode, resultCode, roomView } from '#engine/lazy/workshop';
import type { Scenario } from '#engine/model';
import { grade, routeFor, type WorkflowNumber } from '#engine/model';

/** Replaces every text (the kind's text fields) by a Dutch-looking one; keeps all structure. */
function translate(value: unknown, texts: ReadonlySet<string>, inText = false): unknown {
  if (typeof value === 'string') return inText ? `NL ${value}` : value;
  if (Array.isArray(value)) return value.map((v) => translate(v, texts, inText));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translate(v, texts, texts.has(k))]));
  }
  return value;
}

const english = Object.fromEntries(CONTENT_KINDS.map((k) => [k, readKind(k, 'en').items])) as Record<
  ContentKind,
  ParityItem[]
>;
const dutchView = (kind: ContentKind) => {
  const texts = new Set(TEXT_FIELDS[kind]);
  const half = english[kind].filter((_, i) => i % 2 === 0).map((i) => ({ id: i.id, data: translate(i.data, texts) }));
  return mergeLocalized(english[kind], half, 'nl');
};

describe('switching language keeps everything', () => {
  it('every kind of content lists the same ids in the same order on a Dutch page', () => {
    for (const kind of CONTENT_KINDS) {
      const nl = dutchView(kind);
      expect(
        nl.map((i) => i.id),
        kind,
      ).toEqual(english[kind].map((i) => i.id));
      expect(nl.some((i) => i.translated) && nl.some((i) => !i.translated), kind).toBe(english[kind].length > 1);
    }
  });

  it('records written on Dutch pages are found, unchanged, by the English pages', () => {
    const storage = new MemoryStorage();
    const clock = () => new Date('2026-12-04T10:00:00.000Z');
    const dutch = createStore(storage, clock);
    const scenario = dutchView('scenarios')[0]!;
    const questions = dutchView('quizzes').slice(0, 4);
    const lesson = dutchView('lessons')[1]!;
    const questionnaire = dutchView('maturity')[0]!;
    const statement = (questionnaire.data as { dimensions: { statements: { id: string }[] }[] }).dimensions[0]!
      .statements[0]!.id;
    dutch.write('lessons', { done: { [lesson.id.split('/').pop()!]: '2026-12-04T09:00:00.000Z' } });
    dutch.write('scenarios', {
      results: {
        [scenario.id]: { best: 80, attempts: 1, lastWorkflow: 3, passed: true, at: '2026-12-04T09:10:00.000Z' },
      },
    });
    dutch.write('examHistory', {
      attempts: [
        {
          at: '2026-12-04T09:30:00.000Z',
          correct: 3,
          total: 4,
          passed: true,
          extraTime: false,
          byTopic: [],
          missed: [questions[3]!.id],
          ids: questions.map((q) => q.id),
        },
      ],
    });
    dutch.write('reviews', {
      cards: {
        [questions[3]!.id]: {
          due: '2026-12-05T09:30:00.000Z',
          stability: 1,
          difficulty: 5,
          elapsed_days: 0,
          scheduled_days: 1,
          learning_steps: 0,
          reps: 1,
          lapses: 1,
          state: 1,
        },
      },
    });
    dutch.write('maturity', {
      questionnaire: questionnaire.id,
      version: (questionnaire.data as { version: number }).version,
      perspective: 'provider',
      respondent: 'Sanne',
      answers: { [statement]: 'largely' },
    });

    // No key names a language: the same records serve both.
    for (const kind of ['lessons', 'scenarios', 'examHistory', 'reviews', 'maturity'] as const)
      expect(storage.getItem(PREFIX + kind)).not.toBeNull();

    const englishPage = createStore(storage, clock);
    const ids = (kind: ContentKind) => new Set(english[kind].map((i) => i.id));
    expect(Object.keys(englishPage.read('scenarios').results).every((id) => ids('scenarios').has(id))).toBe(true);
    expect(englishPage.read('examHistory').attempts[0]!.ids!.every((id) => ids('quizzes').has(id))).toBe(true);
    expect(Object.keys(englishPage.read('reviews').cards).every((id) => ids('quizzes').has(id))).toBe(true);
    const slugs = new Set(english.lessons.map((l) => l.id.split('/').pop()));
    expect(Object.keys(englishPage.read('lessons').done).every((s) => slugs.has(s))).toBe(true);
    const m = englishPage.read('maturity')!;
    expect(m.questionnaire).toBe(english.maturity[0]!.id);
    expect(Object.keys(m.answers)).toEqual([statement]);
    for (const kind of ['lessons', 'scenarios', 'examHistory', 'reviews', 'maturity'] as const)
      expect(englishPage.read(kind)).toEqual(dutch.read(kind));
    expect(englishPage.listQuarantine()).toEqual([]);
  });

  it('a result code made on a Dutch page merges into an English coach’s room', () => {
    const libraryEn = english.scenarios.map((s) => s.id);
    const libraryNl = dutchView('scenarios').map((s) => s.id);
    const pick = libraryEn.slice(0, 3);
    const workshop = createWorkshop(libraryEn, pick, 'practice', 42);
    const join = joinCode(workshop, libraryEn);
    // The Dutch participant's page reads the English coach's join code against the Dutch library …
    const read = readJoinCode(join, libraryNl);
    expect(read).toEqual({ ok: true, value: workshop });
    // … and a Dutch coach would have made the very same code.
    expect(joinCode(createWorkshop(libraryNl, pick, 'practice', 42), libraryNl)).toBe(join);
    const byId = new Map(english.scenarios.map((s) => [s.id, s.data as Scenario]));
    const dutchById = new Map(dutchView('scenarios').map((s) => [s.id, s.data as Scenario]));
    const calls = workshop.scenarios.map((id) => {
      const sc = dutchById.get(id)!;
      const route = [...routeFor(sc.expected.workflow as WorkflowNumber, sc.expected.outcome)];
      // Graded on the Dutch page's scenario: the same expected route, so the same score as in English.
      const score = grade(sc, { callType: sc.expected.callType, route, hintsUsed: 0, illegalMoves: 0 }).score;
      expect(score).toBe(
        grade(byId.get(id)!, { callType: sc.expected.callType, route, hintsUsed: 0, illegalMoves: 0 }).score,
      );
      return { callType: sc.expected.callType, route, score, hintsUsed: 0, illegalMoves: 0 };
    });
    const code = resultCode(join, 'Sanne', calls);
    const context = { workshop, scenarios: byId };
    const merged = readResultCode(code, join, context);
    if (!merged.ok) throw new Error(merged.error);
    const room = roomView(workshop, byId, [merged.value]);
    expect(room.participants.map((p) => p.name)).toEqual(['Sanne']);
    expect(room.calls.map((c) => c.played)).toEqual([1, 1, 1]);
  });
});
