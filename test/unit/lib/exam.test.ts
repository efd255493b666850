import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionFile, type Question } from '#engine/build';
import { tFor } from '../../../src/i18n/dictionaries.ts';
import {
  EXAM,
  announcementsCrossed,
  drawExam,
  examDurationMs,
  formatClock,
  remainingAfter,
  scoreExam,
  spokenTime,
  type SingleQuestion,
} from '../../../src/lib/exam.ts';
import { dueItems, scheduleAnswer } from '../../../src/lib/review.ts';

const t = tFor('en');

const dir = join(import.meta.dirname, '../../../quizzes');
const bank: Question[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parseQuestionFile(readFileSync(join(dir, f), 'utf8'), f).questions);
const byId = new Map(bank.map((q) => [q.id, q]));

describe('drawing a mock exam', () => {
  it('draws 40 distinct single-answer questions, balanced over topics', () => {
    const ids = drawExam(bank, 42);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    const qs = ids.map((id) => byId.get(id)!);
    expect(qs.every((q) => q.type === 'single')).toBe(true);
    const counts = new Map<string, number>();
    for (const q of qs) counts.set(q.topic, (counts.get(q.topic) ?? 0) + 1);
    expect(counts.size).toBe(13);
    expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);
  });

  it('is reproducible from a seed and differs between seeds', () => {
    expect(drawExam(bank, 7)).toEqual(drawExam(bank, 7));
    expect(drawExam(bank, 7)).not.toEqual(drawExam(bank, 8));
  });

  it('refuses a bank too small for an exam', () => {
    expect(() => drawExam(bank.slice(0, 10), 1)).toThrow(/an exam needs 40/);
  });
});

describe('scoring', () => {
  const questions = drawExam(bank, 3).map((id) => byId.get(id)! as SingleQuestion);
  const answersWith = (right: number) =>
    Object.fromEntries(questions.map((q, i) => [q.id, i < right ? q.answer : (q.answer + 1) % q.options.length]));

  it('passes at exactly 26 correct and fails at 25', () => {
    expect(scoreExam(questions, answersWith(26))).toMatchObject({ correct: 26, total: 40, passed: true, percent: 65 });
    expect(scoreExam(questions, answersWith(25))).toMatchObject({ correct: 25, passed: false });
    expect(EXAM.passMark).toBe(26);
  });

  it('counts unanswered questions as wrong and breaks results down by topic', () => {
    const r = scoreExam(questions, {});
    expect(r).toMatchObject({ correct: 0, unanswered: 40, passed: false });
    expect(r.byTopic.reduce((n, t) => n + t.total, 0)).toBe(40);
    const all = scoreExam(questions, answersWith(40));
    expect(all.byTopic.every((t) => t.correct === t.total)).toBe(true);
  });
});

describe('the exam clock', () => {
  it('runs 60 minutes, or 75 with the 25 % extra time', () => {
    expect(examDurationMs(false)).toBe(60 * 60_000);
    expect(examDurationMs(true)).toBe(75 * 60_000);
  });
  it('counts down without going below zero', () => {
    expect(remainingAfter(90_000, 30_000)).toBe(60_000);
    expect(remainingAfter(10_000, 30_000)).toBe(0);
    expect(remainingAfter(10_000, -5)).toBe(10_000);
  });
  it('announces at 10, 5 and 1 minutes only when the threshold is crossed', () => {
    expect(announcementsCrossed(10 * 60_000 + 1, 10 * 60_000)).toEqual([10]);
    expect(announcementsCrossed(10 * 60_000, 9 * 60_000)).toEqual([]);
    expect(announcementsCrossed(11 * 60_000, 30_000)).toEqual([10, 5, 1]);
    expect(spokenTime(t, 9 * 60_000 + 1)).toBe('9 minutes 1 second left');
    expect(formatClock(75 * 60_000)).toBe('1:15:00');
    expect(formatClock(61_000)).toBe('01:01');
  });
});

describe('spaced repetition (FSRS)', () => {
  it('brings a missed item back sooner than a known one', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const missed = scheduleAnswer(undefined, false, now);
    const known = scheduleAnswer(undefined, true, now);
    expect(new Date(missed.due).getTime()).toBeLessThan(new Date(known.due).getTime());
    const later = new Date(now.getTime() + 5 * 60_000);
    expect(dueItems({ missed, known }, later)).toEqual(['missed']);
  });
  it('spaces a repeatedly known item further each time', () => {
    let t = new Date('2026-11-24T10:00:00Z');
    let card = scheduleAnswer(undefined, true, t);
    const gaps: number[] = [];
    for (let i = 0; i < 3; i++) {
      t = new Date(card.due);
      const next = scheduleAnswer(card, true, t);
      gaps.push(new Date(next.due).getTime() - t.getTime());
      card = next;
    }
    expect(gaps[1]!).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]!).toBeGreaterThan(gaps[1]!);
  });
});

describe('topic mastery', () => {
  it('is the share of right answers per topic, null where nothing was answered', async () => {
    const { masteryByTopic } = await import('../../../src/lib/mastery.ts');
    const bankLite = [
      { id: 'a', topic: 'recover' as const },
      { id: 'b', topic: 'recover' as const },
      { id: 'c', topic: 'agree' as const },
    ];
    const m = masteryByTopic({ a: { right: 3, wrong: 1 }, b: { right: 0, wrong: 0 } }, bankLite);
    expect(m.find((x) => x.topic === 'recover')).toMatchObject({ questions: 2, answered: 2, right: 3, percent: 75 });
    expect(m.find((x) => x.topic === 'agree')).toMatchObject({ questions: 1, answered: 0, percent: null });
  });
});
