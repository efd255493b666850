import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  codeToResponse,
  jsonToResponse,
  maturityFit,
  mergeResponses,
  readResponse,
  reportToCsv,
  responseToCode,
  responseToJson,
  scoreDimension,
  scoreQuestionnaire,
  type Answer,
  type Questionnaire,
  type Response,
} from '../../../simulator/maturity.ts';
import { QuestionnaireSchema } from '../../../simulator/maturity-schema.ts';

const q: Questionnaire = QuestionnaireSchema.parse(
  parse(readFileSync(join(import.meta.dirname, '../../../content/maturity/questionnaire.yaml'), 'utf8')),
);

/** Answers every statement of levels ≤ `upTo` with `yes`, the rest with `no` (per dimension override). */
function answersAt(
  levels: Record<string, number>,
  fallback: number,
  yes: Answer = 'largely',
  no: Answer = 'partly',
): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const d of q.dimensions)
    for (const s of d.statements) out[s.id] = s.level <= (levels[d.id] ?? fallback) ? yes : no;
  return out;
}

describe('the questionnaire', () => {
  it('has five levels and at least four statements per level per dimension', () => {
    expect(q.levels.map((l) => l.name)).toEqual([
      'Technology-driven',
      'System-driven',
      'Service-driven',
      'Customer-driven',
      'Business-driven',
    ]);
    for (const d of q.dimensions)
      for (const L of [1, 2, 3, 4, 5])
        expect(d.statements.filter((s) => s.level === L).length, `${d.id} L${L}`).toBeGreaterThanOrEqual(4);
    const ids = q.dimensions.flatMap((d) => d.statements.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('maturity scoring', () => {
  it('credits a level when its statements are largely met, and rolls up to the weakest dimension', () => {
    const r = scoreQuestionnaire(q, answersAt({ 'services-agreements': 4, 'technology-tooling': 2 }, 3));
    expect(Object.fromEntries(r.dimensions.map((d) => [d.id, d.level]))).toMatchObject({
      'services-agreements': 4,
      'technology-tooling': 2,
      'customer-relationship': 3,
    });
    expect(r.overall).toBe(2);
  });

  it('applies the barrier rule: levels 4–5 are not credited without control of 1–3', () => {
    const answers = answersAt({}, 5, 'fully');
    const d = q.dimensions[0]!;
    for (const s of d.statements.filter((s) => s.level === 2)) answers[s.id] = 'not';
    const score = scoreDimension(d, answers);
    expect(score.level).toBe(1);
    expect(score.heldByBarrier).toBe(true);
    expect(score.levels[3]!.met).toBe(true);
    expect(score.holdingBack.every((s) => s.level === 2)).toBe(true);
    expect(score.holdingBack).toHaveLength(d.statements.filter((s) => s.level === 2).length);
  });

  it('leaves out "don\'t know", but does not credit a level where most answers are unknown', () => {
    const d = q.dimensions[0]!;
    const l1 = d.statements.filter((s) => s.level === 1);
    const some: Record<string, Answer> = Object.fromEntries(l1.map((s, i) => [s.id, i === 0 ? 'dontknow' : 'fully']));
    expect(scoreDimension(d, some).levels[0]).toMatchObject({ answered: l1.length - 1, met: true, average: 3 });
    const mostly: Record<string, Answer> = Object.fromEntries(l1.map((s, i) => [s.id, i === 0 ? 'fully' : 'dontknow']));
    expect(scoreDimension(d, mostly).levels[0]!.met).toBe(false);
    expect(scoreDimension(d, mostly).holdingBack.map((h) => h.answer)).toContain('dontknow');
  });

  it('judges the fit between provider and customer maturity', () => {
    expect(maturityFit(4, 4).kind).toBe('fit');
    expect(maturityFit(4, 2)).toMatchObject({
      kind: 'provider-ahead',
      message: expect.stringMatching(/only works when the customer acts at that level/),
    });
    expect(maturityFit(2, 3).kind).toBe('customer-ahead');
  });

  it('exports a CSV with every statement and every dimension', () => {
    const answers = answersAt({}, 3);
    const csv = reportToCsv(q, answers, scoreQuestionnaire(q, answers));
    const total = q.dimensions.reduce((n, d) => n + d.statements.length, 0);
    expect(csv.trim().split('\n')).toHaveLength(1 + total + q.dimensions.length + 1);
  });
});

const respondent = (name: string, levels: Record<string, number>, fallback: number): Response => ({
  questionnaire: q.id,
  version: q.version,
  perspective: 'provider',
  respondent: name,
  answers: answersAt(levels, fallback),
});

describe('respondent exports and the team view', () => {
  it('round-trips a response through the short code and the JSON file', () => {
    const r = respondent('Ana', { 'services-agreements': 4 }, 2);
    const fromCode = codeToResponse(q, responseToCode(q, r));
    expect(fromCode).toEqual({ ok: true, response: r });
    expect(jsonToResponse(q, responseToJson(r))).toEqual({ ok: true, response: r });
    expect(responseToCode(q, r).length).toBeLessThan(260);
  });

  it.each([
    [
      'a changed answer in the code',
      (c: string) => {
        const [p, b, s] = c.split('.');
        const t = Buffer.from(b!, 'base64url').toString().replace(/2/, '3');
        return `${p}.${Buffer.from(t).toString('base64url')}.${s}`;
      },
      /checksum does not match/,
    ],
    ['a cut-off code', (c: string) => c.slice(0, -10), /checksum does not match|damaged/],
    ['something else', () => 'hello', /not a USM Trainer maturity code/],
  ])('rejects %s with a clear message', (_, tamper, message) => {
    const code = responseToCode(q, respondent('Bo', {}, 3));
    const r = codeToResponse(q, tamper(code), 'code 2');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
    expect(!r.ok && r.error).toMatch(/^code 2: /);
  });

  it('rejects an edited JSON file and an export of another questionnaire version', () => {
    const json = JSON.parse(responseToJson(respondent('Cy', {}, 3)));
    json.answers[Object.keys(json.answers)[0]!] = 'fully';
    expect(readResponse(q, JSON.stringify(json), 'cy.json')).toEqual({
      ok: false,
      error: 'cy.json: the checksum does not match: the file was edited after export.',
    });
    const other = { ...q, version: q.version + 1 };
    const code = responseToCode(other, respondent('Di', {}, 3));
    expect(readResponse(q, code, 'di')).toEqual({
      ok: false,
      error: `di: made with version ${q.version + 1} of the questionnaire; this site has version ${q.version}. Ask the respondent to answer this version.`,
    });
  });

  it('merges 1, 2 and 20 respondents', () => {
    const one = mergeResponses(q, [respondent('A', {}, 3)]);
    expect(one.respondents).toBe(1);
    expect(one.team.overall).toBe(3);
    expect(one.disagreement).toEqual([]);

    const two = mergeResponses(q, [respondent('A', {}, 3), respondent('B', { 'people-profiles': 1 }, 3)]);
    expect(two.dimensionLevels['people-profiles']).toEqual([0, 1, 0, 1, 0, 0]);
    expect(two.disagreement[0]!.dimension).toBe('people-profiles');
    expect(two.disagreement.every((s) => s.spread > 0)).toBe(true);

    const twenty = mergeResponses(
      q,
      Array.from({ length: 20 }, (_, i) => respondent(`R${i}`, { 'value-measurement': i % 5 }, 4)),
    );
    expect(twenty.respondents).toBe(20);
    expect(twenty.dimensionLevels['value-measurement']!.reduce((a, b) => a + b, 0)).toBe(20);
    expect(twenty.team.dimensions.find((d) => d.id === 'customer-relationship')!.level).toBe(4);
    expect(
      twenty.statements.find((s) => s.id.startsWith('value-measurement-L2'))!.counts.largely +
        twenty.statements.find((s) => s.id.startsWith('value-measurement-L2'))!.counts.partly,
    ).toBe(20);
  });
});
