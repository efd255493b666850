/**
 * The question bank gives no cues to a learner who guesses without knowing USM, and asks no fact twice in
 * the same way. Every check names the offending items. The measures and the similarity threshold are
 * documented in simulator/bank-quality.ts. BANK_DIR=<folder> checks another bank (e.g. a draft, or an old
 * version taken with `git archive`) instead of quizzes/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionFile, type Question, absolutesOnlyInDistractors, hasCatchAllOption, keyLengthRatio, keyStrictlyLongest, nearDuplicates, positionCounts, type SingleItem } from '#engine/build';

const dir = process.env.BANK_DIR ?? join(import.meta.dirname, '../../quizzes');
const bank: Question[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => parseQuestionFile(readFileSync(join(dir, f), 'utf8'), f).questions);
const singles = bank.filter((q): q is SingleItem => q.type === 'single');
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;

describe('question bank quality', () => {
  it('has enough single-answer items to measure', () => {
    expect(singles.length).toBeGreaterThanOrEqual(200);
  });

  it('makes the key the strictly longest option in at most 30 % of single-answer items', () => {
    const longest = singles.filter(keyStrictlyLongest);
    const share = longest.length / singles.length;
    expect(share <= 0.3, `key strictly longest in ${longest.length} of ${singles.length} (${pct(longest.length, singles.length)}): ${longest.map((q) => q.id).join(', ')}`).toBe(true);
  });

  it('has no key longer than 1.5 times the mean length of its distractors', () => {
    const long = singles.filter((q) => keyLengthRatio(q) > 1.5).map((q) => `${q.id} (${keyLengthRatio(q).toFixed(2)}×)`);
    expect(long).toEqual([]);
  });

  it('puts the key at each position in 20–30 % of single-answer items', () => {
    const counts = positionCounts(singles);
    const problems = counts.flatMap((n, pos) => {
      const share = n / singles.length;
      if (share >= 0.2 && share <= 0.3) return [];
      const ids = share > 0.3 ? `: ${singles.filter((q) => q.answer === pos).map((q) => q.id).join(', ')}` : '';
      return [`position ${pos + 1}: ${n} items (${pct(n, singles.length)})${ids}`];
    });
    // Four options is the norm, so positions 1–4 must all be used.
    expect(counts.length, `positions used: ${counts.length}`).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  });

  it('has no two single-answer items with near-identical stems or keys', () => {
    const pairs = nearDuplicates(singles).map((d) => `${d.a} ~ ${d.b} (${d.on}, ${d.similarity})`);
    expect(pairs).toEqual([]);
  });

  it('has no "all/none of the above" options', () => {
    expect(bank.filter(hasCatchAllOption).map((q) => q.id)).toEqual([]);
  });

  it('uses absolute words (always, never, only, all …) in a distractor only when the key uses them too', () => {
    const problems = bank.flatMap((q) => {
      if (q.type !== 'single' && q.type !== 'multiple') return [];
      const words = absolutesOnlyInDistractors(q);
      return words.length ? [`${q.id}: ${words.join(', ')}`] : [];
    });
    expect(problems).toEqual([]);
  });
});
