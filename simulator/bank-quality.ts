/**
 * Quality measures for the question bank: the cues a test-wise guesser could use without knowing USM
 * (the key is the longest option, the key sits in one favourite position, the key repeats the stem's
 * words), near-duplicate items, and the expected score of simple guessing strategies. Pure functions,
 * used by the content test (test/content/bank-quality.test.ts) and the bench (scripts/bench-guessing.mjs).
 *
 * Similarity measure: the token-set Jaccard index of the two texts' normalised content words, i.e.
 * |A ∩ B| / |A ∪ B|, where a text's words are lower-cased, split on anything that is not a letter or a
 * digit, stripped of one-letter words (digits stay) and stop words (articles, pronouns, auxiliaries, prepositions and
 * question words, see STOP_WORDS) and of a plural "s". Two stems are near-identical at ≥ STEM_SIMILARITY. Two keys are
 * near-identical at ≥ KEY_SIMILARITY when both have at least KEY_MIN_WORDS content words: short keys that
 * only name one concept (a call type, a process, a workflow number) are shared by different questions by
 * design, and their stems tell those questions apart. Stems that name different USM processes ("Which call
 * starts Agree?" beside "…starts Change?") belong to a one-per-process set: they ask different facts.
 */
import type { Question } from './question.ts';

export type SingleItem = Extract<Question, { type: 'single' }>;

export const STEM_SIMILARITY = 0.6;
export const KEY_SIMILARITY = 0.7;
export const KEY_MIN_WORDS = 4;

/** Words "always / never / only / all …" that a test-wise guesser reads as "this option is wrong". */
export const ABSOLUTE_WORDS = ['always', 'never', 'only', 'all', 'none', 'every'] as const;

const STOP_WORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with into onto as is are was were be been being it its this that these those there ' +
    'which what who whom whose when where why how do does did done has have had can could should would will shall may might must ' +
    'not no so than then if else about after before once while via per each both either neither such same other another own ' +
    'you your yours we our us they their them he she his her i my me one'
  ).split(' '),
);

/** The normalised content words of a text, as a set. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if ((raw.length < 2 && !/\d/.test(raw)) || STOP_WORDS.has(raw)) continue;
    out.add(raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return out;
}

/** Token-set Jaccard similarity of two texts' content words (0 when both are empty). */
export function similarity(a: string, b: string): number {
  const A = contentWords(a);
  const B = contentWords(b);
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  const union = A.size + B.size - common;
  return union === 0 ? 0 : common / union;
}

const PROCESS_WORDS = ['agree', 'change', 'recover', 'operate', 'improve'];
const processesNamed = (text: string) =>
  PROCESS_WORDS.filter((p) => contentWords(text).has(p))
    .sort()
    .join(',');

/** True when both stems name USM processes and not the same ones (the one-per-process sets). */
function differentProcesses(a: string, b: string): boolean {
  const pa = processesNamed(a);
  const pb = processesNamed(b);
  return pa !== '' && pb !== '' && pa !== pb;
}

const len = (s: string) => s.trim().length;

/** True when the key is longer than every distractor (ties do not count). */
export function keyStrictlyLongest(q: SingleItem): boolean {
  const key = len(q.options[q.answer]!);
  return q.options.every((o, i) => i === q.answer || len(o) < key);
}

/** The key's length divided by the mean length of its distractors. */
export function keyLengthRatio(q: SingleItem): number {
  const others = q.options.filter((_, i) => i !== q.answer);
  const mean = others.reduce((n, o) => n + len(o), 0) / Math.max(others.length, 1);
  return len(q.options[q.answer]!) / mean;
}

/** How many single-answer items have their key at each position (0-based). */
export function positionCounts(items: readonly SingleItem[]): number[] {
  const counts: number[] = [];
  for (const q of items) counts[q.answer] = (counts[q.answer] ?? 0) + 1;
  return Array.from(counts, (n) => n ?? 0);
}

/**
 * Absolute words that occur in a distractor but in no correct option (a cue that the distractor is wrong).
 * Works for single-answer and multiple-answer items.
 */
export function absolutesOnlyInDistractors(q: Extract<Question, { type: 'single' | 'multiple' }>): string[] {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const correct = new Set(Array.isArray(q.answer) ? q.answer : [q.answer]);
  const keyWords = new Set(q.options.flatMap((o, i) => (correct.has(i) ? [...words(o)] : [])));
  const found = new Set<string>();
  q.options.forEach((o, i) => {
    if (correct.has(i)) return;
    const w = words(o);
    for (const a of ABSOLUTE_WORDS) if (w.has(a) && !keyWords.has(a)) found.add(a);
  });
  return [...found];
}

/** "All of the above", "none of these" and the like. */
export function hasCatchAllOption(q: Question): boolean {
  const texts = Array.isArray(q.options) ? q.options : [...q.options.left, ...q.options.right];
  return texts.some(
    (o) =>
      /\b(all|none|both|neither) of (the|these|those) (above|options|answers)\b/i.test(o) ||
      /^(all|none) of the above/i.test(o.trim()),
  );
}

export interface NearDuplicate {
  a: string;
  b: string;
  /** Which texts are near-identical. */
  on: 'stem' | 'key';
  similarity: number;
}

/** Every pair of items whose stems, or whose (long enough) keys, are near-identical. */
export function nearDuplicates(items: readonly SingleItem[]): NearDuplicate[] {
  const out: NearDuplicate[] = [];
  const keyText = (q: SingleItem) => q.options[q.answer]!;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const s = similarity(a.stem, b.stem);
      if (s >= STEM_SIMILARITY && !differentProcesses(a.stem, b.stem)) {
        out.push({ a: a.id, b: b.id, on: 'stem', similarity: +s.toFixed(2) });
        continue;
      }
      const ka = keyText(a);
      const kb = keyText(b);
      if (contentWords(ka).size < KEY_MIN_WORDS || contentWords(kb).size < KEY_MIN_WORDS) continue;
      const k = similarity(ka, kb);
      if (k >= KEY_SIMILARITY) out.push({ a: a.id, b: b.id, on: 'key', similarity: +k.toFixed(2) });
    }
  }
  return out;
}

/**
 * A guessing strategy gives, for one item, the options it would pick (ties: it picks one of them at
 * random). Its expected score on the item is 1/|picks| when the key is among the picks, else 0.
 */
export type Strategy = (q: SingleItem) => number[];

const argmax = (scores: readonly number[]): number[] => {
  const best = Math.max(...scores);
  return scores.flatMap((s, i) => (s === best ? [i] : []));
};

export const STRATEGIES: Record<string, Strategy> = {
  longest: (q) => argmax(q.options.map(len)),
  first: () => [0],
  stemOverlap: (q) => {
    const stem = contentWords(q.stem);
    return argmax(q.options.map((o) => [...contentWords(o)].filter((w) => stem.has(w)).length));
  },
  random: (q) => q.options.map((_, i) => i),
};

/** The expected number of correct answers a strategy gets on these items. */
export function expectedScore(items: readonly SingleItem[], strategy: Strategy): number {
  let total = 0;
  for (const q of items) {
    const picks = strategy(q);
    if (picks.includes(q.answer)) total += 1 / picks.length;
  }
  return total;
}
