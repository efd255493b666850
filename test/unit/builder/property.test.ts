/** Property tests: mutated YAML texts and mutated share links never throw out of the builder's readers. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraftText, draftToYaml, readPackYaml, readShareFragment, shareFragment } from '#engine/build';
import { proveExpected } from '#engine/machines';
import { scenarioFiles } from './library.ts';

const texts = scenarioFiles()
  .slice(0, 12)
  .map((p) => readFileSync(p, 'utf8'));
const lessons = new Set(['recover', 'change', 'operate']);
const PIECES = [
  '&a ',
  '*a',
  '!!str ',
  '<<: *a',
  ': ',
  '- ',
  '\n  ',
  '"',
  "'",
  '#',
  '{',
  '[',
  ']',
  '}',
  '|',
  '>',
  '\t',
  '\u0000',
  '\uFFFF',
  '💥',
  '<script>',
  'workflow: 9',
  'callType: x',
  '?',
  '%YAML 1.1\n',
  '---\n',
  '...\n',
];

/** One mutation of a text: insert, delete, duplicate or replace a slice, or insert a YAML-significant piece. */
const mutation = fc.tuple(
  fc.nat(),
  fc.nat(),
  fc.integer({ min: 0, max: 4 }),
  fc.constantFrom(...PIECES),
  fc.string({ maxLength: 8 }),
);
function mutate(text: string, ops: [number, number, number, string, string][]): string {
  let s = text;
  for (const [a, b, kind, piece, junk] of ops) {
    const i = s.length ? a % s.length : 0;
    const j = Math.min(s.length, i + (b % 40));
    s =
      kind === 0
        ? s.slice(0, i) + piece + s.slice(i)
        : kind === 1
          ? s.slice(0, i) + s.slice(j)
          : kind === 2
            ? s.slice(0, j) + s.slice(i, j) + s.slice(j)
            : kind === 3
              ? s.slice(0, i) + junk + s.slice(j)
              : s.slice(0, i) + piece.repeat(1 + (b % 5)) + s.slice(i);
  }
  return s;
}

describe('hostile input never throws', () => {
  it('10,000 mutated YAML texts: the checker returns problems (each short), never throws', () => {
    let invalid = 0;
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (k, ops) => {
        const text = mutate(texts[k]!, ops);
        const r = checkDraftText(text, lessons);
        expect(Array.isArray(r.problems)).toBe(true);
        if (!r.scenario) invalid++;
        for (const p of r.problems)
          expect(typeof p.path === 'string' && typeof p.message === 'string' && p.message.length < 400).toBe(true);
        if (r.draft) draftToYaml(r.draft);
      }),
      { numRuns: 10_000, seed: 16 },
    );
    expect(invalid).toBeGreaterThan(1000);
  }, 120_000);

  it('1,000 mutated texts: the route proof and the pack reader never throw either', () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (k, ops) => {
        const text = mutate(texts[k]!, ops);
        const r = checkDraftText(text, lessons);
        if (r.draft) proveExpected(r.draft);
        readPackYaml(`scenarios:\n  - ${text.split('\n').join('\n    ')}`);
      }),
      { numRuns: 1000, seed: 17 },
    );
  }, 120_000);

  it('10,000 mutated share links: the reader answers ok or a problem code, never throws', async () => {
    const fragment = await shareFragment({ author: 'Ada', calls: texts.slice(0, 2) });
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 }), fc.string({ maxLength: 6 })), {
          minLength: 1,
          maxLength: 3,
        }),
        async (ops) => {
          let s = fragment;
          for (const [a, b, kind, junk] of ops) {
            const i = a % s.length;
            s =
              kind === 0
                ? s.slice(0, i) + junk + s.slice(i + 1)
                : kind === 1
                  ? s.slice(0, i)
                  : kind === 2
                    ? s.slice(0, i) + String.fromCharCode(48 + (b % 75)) + s.slice(i + 1)
                    : s + junk.repeat(b % 3);
          }
          const r = await readShareFragment(s);
          if (!r.ok) {
            refused++;
            expect(r.problem.code).toMatch(/^share\./);
          }
        },
      ),
      { numRuns: 10_000, seed: 16 },
    );
    expect(refused).toBeGreaterThan(5000);
  }, 120_000);
});
