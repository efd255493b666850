/**
 * The mock exam in the USM Foundation format (usm-facts.md §7.1): 40 single-answer questions, 60 minutes,
 * pass at 26 correct (65 %), balanced over topics, closed book; 25 % extra time on request. Pure logic:
 * drawing, scoring and timer arithmetic; the island and the store hold the rest.
 */
import type { Question } from '#engine/model';
import { TOPICS, type TopicId } from '#engine/model';
import { seededRandom, shuffle } from './random.ts';
import type { T } from '../i18n/translate.ts';

/**
 * `passMark` is the Foundation's 26 of 40; `professionalPassMark` is the 30 of 40 an older SURVUZ page
 * asks of USM Professionals (a newer page asks them for an extra assessment instead: usm-facts.md §7.1).
 */
export const EXAM = {
  questions: 40,
  minutes: 60,
  passMark: 26,
  professionalPassMark: 30,
  extraTimeFactor: 1.25,
  announceAtMinutes: [10, 5, 1],
} as const;
export type PassMark = typeof EXAM.passMark | typeof EXAM.professionalPassMark;

export type SingleQuestion = Extract<Question, { type: 'single' }>;

/** Draws an exam: single-answer items only, spread as evenly as the bank allows over the topics. */
export function drawExam(bank: readonly Question[], seed: number, size: number = EXAM.questions): string[] {
  const random = seededRandom(seed);
  const byTopic = new Map<TopicId, string[]>();
  for (const t of TOPICS) byTopic.set(t.id, []);
  for (const q of bank) if (q.type === 'single') byTopic.get(q.topic)?.push(q.id);
  const pools = [...byTopic.entries()]
    .filter(([, ids]) => ids.length > 0)
    .map(([topic, ids]) => ({ topic, ids: shuffle([...ids].sort(), random) }));
  const available = pools.reduce((n, p) => n + p.ids.length, 0);
  if (available < size) throw new Error(`the bank has ${available} single-answer questions; an exam needs ${size}`);
  // Round-robin over topics in a seeded order: every topic gets ⌊size/topics⌋ or one more, as far as it can.
  const picked: string[] = [];
  const order = shuffle(pools, random);
  while (picked.length < size) {
    for (const pool of order) {
      if (picked.length >= size) break;
      const next = pool.ids.shift();
      if (next) picked.push(next);
    }
  }
  return shuffle(picked, random);
}

export interface TopicResult {
  topic: TopicId;
  correct: number;
  total: number;
}

export interface ExamResult {
  correct: number;
  total: number;
  passed: boolean;
  percent: number;
  unanswered: number;
  byTopic: TopicResult[];
  passMark: number;
}

/** Scores answers (question id → chosen option index) against the drawn questions. */
export function scoreExam(
  questions: readonly SingleQuestion[],
  answers: Readonly<Record<string, number>>,
  passMark: number = EXAM.passMark,
): ExamResult {
  const byTopic = new Map<TopicId, TopicResult>();
  let correct = 0;
  let unanswered = 0;
  for (const q of questions) {
    const r = byTopic.get(q.topic) ?? { topic: q.topic, correct: 0, total: 0 };
    r.total++;
    const given = answers[q.id];
    if (given === undefined) unanswered++;
    if (given === q.answer) {
      r.correct++;
      correct++;
    }
    byTopic.set(q.topic, r);
  }
  return {
    correct,
    total: questions.length,
    passed: correct >= passMark,
    percent: Math.round((correct / Math.max(questions.length, 1)) * 100),
    unanswered,
    byTopic: TOPICS.flatMap((x) => (byTopic.has(x.id) ? [byTopic.get(x.id)!] : [])),
    passMark,
  };
}

/** The exam's duration: 60 minutes, or 75 with the 25 % extra time. */
export function examDurationMs(extraTime: boolean): number {
  return Math.round(EXAM.minutes * (extraTime ? EXAM.extraTimeFactor : 1) * 60_000);
}

/** Time left after `elapsedMs` more of running, never below zero. */
export function remainingAfter(remainingMs: number, elapsedMs: number): number {
  return Math.max(0, remainingMs - Math.max(0, elapsedMs));
}

/** The announcements (minutes) crossed when time left goes from `before` to `after`. */
export function announcementsCrossed(beforeMs: number, afterMs: number): number[] {
  return EXAM.announceAtMinutes.filter((m) => beforeMs > m * 60_000 && afterMs <= m * 60_000);
}

/** "mm:ss" (or "h:mm:ss") for a countdown. */
export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(sec).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** "1 question" or "3 questions": a dictionary key with `.one` and `.other` forms. */
export function plural(t: T, key: 'exam.time.minutes' | 'exam.time.seconds' | 'exam.time.hours', n: number): string {
  return t(n === 1 ? `${key}.one` : `${key}.other`, { n });
}

/**
 * Time left in words, for screen readers, to the second as the clock shows it ("59 minutes 53 seconds
 * left", "10 minutes left", "1 minute 1 second left").
 */
export function spokenTime(t: T, ms: number): string {
  const total = Math.ceil(ms / 1000);
  if (total <= 0) return t('exam.time.up');
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = [
    h ? plural(t, 'exam.time.hours', h) : '',
    m ? plural(t, 'exam.time.minutes', m) : '',
    s ? plural(t, 'exam.time.seconds', s) : '',
  ].filter(Boolean);
  return t('exam.time.left', { time: parts.join(' ') });
}

/** "Still flagged: question 3." or "…: questions 3, 7." */
export function listOfQuestions(
  t: T,
  key: 'exam.confirm.flagged' | 'exam.confirm.unanswered',
  numbers: readonly number[],
): string {
  return t(numbers.length === 1 ? `${key}.one` : key, { list: numbers.join(', ') });
}
