/**
 * The hostile suite for codes (issue 12): 10,000 mutations per code kind. Each run makes a valid code from a
 * random value, then damages it (a changed, inserted or deleted character, a cut, a doubled paste, stray
 * whitespace) or forges it (the payload changed and the checksum made valid again, as anyone can with a CRC).
 * Properties: a reader never throws; every refusal has a short message; a damaged code that is still accepted
 * decodes to the original's value (no silent change); a forged code that is accepted reads back the same after
 * being encoded again (it is a value the site itself could have made).
 * Figures: `npx vitest run test/unit/simulator/codes-hostile.test.ts` prints them per kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { base64url, NAME_MAX, packCode } from '../../../simulator/codes.ts';
import { crc32Hex } from '../../../simulator/checksum.ts';
import { grade } from '../../../simulator/grade.ts';
import { CALL_TYPE_IDS, WORKFLOWS } from '../../../simulator/usm.ts';
import {
  createWorkshop,
  joinCode,
  readJoinCode,
  readResultCode,
  readShiftJoinCode,
  readShiftResultCode,
  resultCode,
  shiftJoinCode,
  shiftResultCode,
  type CallResult,
  type ResultContext,
} from '../../../simulator/workshop.ts';
import {
  ANSWERS,
  codeToResponse,
  jsonToResponse,
  responseToCode,
  responseToJson,
  type Questionnaire,
  type Response,
} from '../../../simulator/maturity.ts';
import { QuestionnaireSchema } from '../../../simulator/maturity-schema.ts';
import type { Kpis } from '../../../simulator/shift.ts';

const RUNS = 10_000;
const q: Questionnaire = QuestionnaireSchema.parse(
  parse(readFileSync(join(import.meta.dirname, '../../../content/maturity/questionnaire.yaml'), 'utf8')),
);
const statementIds = q.dimensions.flatMap((d) => d.statements.map((s) => s.id));
const library = Array.from({ length: 60 }, (_, i) => `scenario-${i}`);
const shifts = ['mine-day-shift', 'office-monday', 'hospital-night'];

type Read = { ok: true; value: unknown } | { ok: false; error: string };
interface Kind<V> {
  name: string;
  value: fc.Arbitrary<V>;
  encode: (v: V) => string;
  read: (text: string) => Read;
  /** Forging: how to turn a mutated payload back into a text with a valid checksum. */
  forge: (original: string, mutate: (s: string) => string) => string;
  /** A read value encoded again and read again must be the same. */
  reencode: (value: unknown) => string;
}

const figures: Record<
  string,
  { tried: number; accepted: number; refused: number; crashes: number; changedSilently: number }
> = {};

// ——— Mutations ———
const char = fc.oneof(
  fc.constantFrom(
    '.',
    '|',
    ';',
    ':',
    '-',
    '_',
    '=',
    ' ',
    '\n',
    '0',
    'A',
    'z',
    '\u0000',
    '\u{1F600}',
    '"',
    '{',
    '}',
    ',',
  ),
  fc.string({ minLength: 1, maxLength: 2, unit: 'binary' }),
);
const mutation: fc.Arbitrary<(s: string) => string> = fc.oneof(
  fc.tuple(fc.nat(), char).map(([i, c]) => (s: string) => {
    const k = i % Math.max(1, s.length);
    return s.slice(0, k) + c + s.slice(k + 1);
  }),
  fc.tuple(fc.nat(), char).map(([i, c]) => (s: string) => {
    const k = i % (s.length + 1);
    return s.slice(0, k) + c + s.slice(k);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([i, n]) => (s: string) => {
    const k = i % Math.max(1, s.length);
    return s.slice(0, k) + s.slice(k + n);
  }),
  fc.nat().map((i) => (s: string) => s.slice(0, i % Math.max(1, s.length))),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (s: string) => {
    const a = [...s];
    const x = i % Math.max(1, a.length);
    const y = j % Math.max(1, a.length);
    [a[x], a[y]] = [a[y]!, a[x]!];
    return a.join('');
  }),
  fc.nat().map((i) => (s: string) => {
    const k = i % Math.max(1, s.length);
    const c = s[k] ?? '';
    return s.slice(0, k) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + s.slice(k + 1);
  }),
  fc.constantFrom(
    (s: string) => s + s,
    (s: string) => `${s}\n${s}`,
    (s: string) => `  ${s} \n`,
    (s: string) => s.repeat(40),
  ),
);

function forgeCode(prefix: string) {
  return (original: string, mutate: (s: string) => string) =>
    packCode(prefix, mutate(base64url.decode(original.split('.')[1]!)));
}

function check<V>(kind: Kind<V>) {
  const f = (figures[kind.name] = { tried: 0, accepted: 0, refused: 0, crashes: 0, changedSilently: 0 });
  it(`${kind.name}: ${RUNS} damaged or forged codes never throw, refusals say why, accepted ones keep their value`, () => {
    fc.assert(
      fc.property(kind.value, mutation, fc.boolean(), (v, mutate, forged) => {
        const code = kind.encode(v);
        const original = kind.read(code);
        expect(original.ok).toBe(true);
        const text = forged ? kind.forge(code, mutate) : mutate(code);
        f.tried++;
        let r: Read;
        try {
          r = kind.read(text);
        } catch (e) {
          f.crashes++;
          throw e;
        }
        if (!r.ok) {
          f.refused++;
          expect(r.error).toMatch(/^\S.*: \S/);
          expect(r.error.length).toBeLessThan(240);
          return;
        }
        f.accepted++;
        if (!forged && !isDeepStrictEqual(r.value, (original as { value: unknown }).value)) f.changedSilently++;
        if (!forged) expect(r.value).toEqual((original as { value: unknown }).value);
        else expect(kind.read(kind.reencode(r.value))).toEqual(r);
      }),
      { numRuns: RUNS, seed: 1212 },
    );
  }, 180_000);
}

// ——— The kinds ———
const workshopArb = fc
  .record({
    selection: fc.uniqueArray(fc.constantFrom(...library), { minLength: 1, maxLength: 40 }),
    mode: fc.constantFrom('practice' as const, 'assessment' as const),
    seed: fc.nat({ max: 0xffffffff }),
  })
  .map(({ selection, mode, seed }) => createWorkshop(library, selection, mode, seed));

const realLibrary = ['incident-a', 'wish-b', 'risk-c'];
const scenarios: ResultContext['scenarios'] = new Map([
  [
    'incident-a',
    {
      expected: {
        callType: 'incident' as const,
        workflow: 3 as const,
        impact: 'high' as const,
        urgency: 'high' as const,
      },
      hints: ['1', '2', '3'],
    },
  ],
  ['wish-b', { expected: { callType: 'wish' as const, workflow: 1 as const }, hints: ['1'] }],
  ['risk-c', { expected: { callType: 'risk' as const, workflow: 7 as const }, hints: [] }],
]);
const practice = createWorkshop(realLibrary, realLibrary, 'practice', 5);
const practiceJoin = joinCode(practice, realLibrary);
const ctx: ResultContext = { workshop: practice, scenarios };
const routes = [[], ...WORKFLOWS.map((w) => [...w.route]), ['operate', 'operate'], ['change']] as CallResult['route'][];
const callArb = (id: string): fc.Arbitrary<CallResult | null> => {
  const sc = scenarios.get(id)!;
  return fc.option(
    fc
      .record({
        callType: fc.option(fc.constantFrom(...CALL_TYPE_IDS), { nil: null }),
        route: fc.constantFrom(...routes),
        hintsUsed: fc.nat({ max: sc.hints!.length }),
        illegalMoves: fc.nat({ max: 99 }),
        solutionShown: fc.boolean(),
        impact: fc.option(fc.constantFrom('low' as const, 'high' as const)),
      })
      .map(({ impact, solutionShown, ...c }) => {
        const score = grade(sc, {
          ...c,
          callType: c.callType ?? '',
          ...(impact ? { impact, urgency: impact } : {}),
        }).score;
        return { ...c, score, ...(solutionShown ? { solutionShown } : {}) };
      }),
    { nil: null },
  );
};
const name = fc.oneof(
  fc.string({ maxLength: 90 }),
  fc.string({ maxLength: 30, unit: 'grapheme' }),
  fc.constantFrom('', 'Ann|B;C', '__proto__', 'x'.repeat(200)),
);

const kpiArb: fc.Arbitrary<Kpis> = fc
  .record({
    incidents: fc.nat(999),
    backlog: fc.nat(999),
    changesDeployed: fc.nat(999),
    risksArrived: fc.nat(999),
    averageScore: fc.option(fc.nat(100), { nil: null }),
    a: fc.nat(),
    b: fc.nat(),
  })
  .map(({ a, b, ...k }) => ({
    ...k,
    incidentsWithinTarget: a % (k.incidents + 1),
    risksHandled: b % (k.risksArrived + 1),
  }));

const responseArb: fc.Arbitrary<Response> = fc
  .record({
    perspective: fc.constantFrom('provider' as const, 'customer' as const),
    respondent: name,
    picks: fc.array(fc.option(fc.constantFrom(...ANSWERS), { nil: undefined }), {
      minLength: statementIds.length,
      maxLength: statementIds.length,
    }),
  })
  .map(({ perspective, respondent, picks }) => ({
    questionnaire: q.id,
    version: q.version,
    perspective,
    respondent,
    answers: Object.fromEntries(statementIds.flatMap((id, i) => (picks[i] ? [[id, picks[i]!]] : []))),
  }));

describe('hostile suite: codes', () => {
  check({
    name: 'workshop join code (W1)',
    value: workshopArb,
    encode: (w) => joinCode(w, library),
    read: (t) => readJoinCode(t, library),
    forge: forgeCode('W1'),
    reencode: (v) => joinCode(v as ReturnType<typeof createWorkshop>, library),
  });
  check({
    name: 'workshop result code (R1)',
    value: fc.tuple(name, ...practice.scenarios.map(callArb)).map(([n, ...calls]) => ({ n, calls })),
    encode: ({ n, calls }) => resultCode(practiceJoin, n, calls),
    read: (t) => readResultCode(t, practiceJoin, ctx),
    forge: forgeCode('R1'),
    reencode: (v) => {
      const p = v as { participant: string; calls: CallResult[] };
      return resultCode(practiceJoin, p.participant === 'anonymous' ? '' : p.participant, p.calls);
    },
  });
  check({
    name: 'Shift join code (S1)',
    value: fc.record({ shift: fc.constantFrom(...shifts), seed: fc.nat({ max: 0xffffffff }) }),
    encode: shiftJoinCode,
    read: (t) => readShiftJoinCode(t, shifts),
    forge: forgeCode('S1'),
    reencode: (v) => shiftJoinCode(v as { shift: string; seed: number }),
  });
  const shiftJoin = shiftJoinCode({ shift: 'mine-day-shift', seed: 3 });
  check({
    name: 'Shift result code (SR1)',
    value: fc.tuple(name, kpiArb),
    encode: ([n, k]) => shiftResultCode(shiftJoin, n, k),
    read: (t) => readShiftResultCode(t, shiftJoin),
    forge: forgeCode('SR1'),
    reencode: (v) => {
      const p = v as { participant: string; kpis: Kpis };
      return shiftResultCode(shiftJoin, p.participant === 'anonymous' ? '' : p.participant, p.kpis);
    },
  });
  const asRead = (r: ReturnType<typeof codeToResponse>): Read => (r.ok ? { ok: true, value: r.response } : r);
  check({
    name: 'assessment code (VMM)',
    value: responseArb,
    encode: (r) => responseToCode(q, r),
    read: (t) => asRead(codeToResponse(q, t)),
    forge: forgeCode('VMM'),
    reencode: (v) => responseToCode(q, v as Response),
  });
  check({
    name: 'assessment file (JSON)',
    value: responseArb,
    encode: responseToJson,
    read: (t) => asRead(jsonToResponse(q, t)),
    forge: (original, mutate) => {
      // Forged files: a field replaced by any JSON value, or the text mutated, with the checksum made valid again.
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(mutate(original));
      } catch {
        data = JSON.parse(original);
      }
      if (data === null || typeof data !== 'object' || Array.isArray(data)) return JSON.stringify(data);
      const { checksum: _, ...rest } = data;
      return JSON.stringify({ ...rest, checksum: crc32Hex(JSON.stringify(rest)) });
    },
    reencode: (v) => responseToJson(v as Response),
  });
});

describe('hostile suite: forged fields', () => {
  it('a forged answers file with any JSON in any field is read or refused, never thrown, never shown as [object Object]', () => {
    const base = {
      format: 'usm-trainer-maturity',
      questionnaire: q.id,
      version: q.version,
      perspective: 'provider',
      respondent: 'A',
      answers: {} as Record<string, unknown>,
    };
    fc.assert(
      fc.property(
        fc.constantFrom('questionnaire', 'version', 'perspective', 'respondent', 'answers', '__proto__', 'constructor'),
        fc.jsonValue(),
        (field, value) => {
          const obj = JSON.parse(JSON.stringify({ ...base })) as Record<string, unknown>;
          Object.defineProperty(obj, field, { value, enumerable: true, configurable: true, writable: true });
          const body = JSON.stringify(obj);
          const r = jsonToResponse(q, JSON.stringify({ ...JSON.parse(body), checksum: crc32Hex(body) }), 'f.json');
          if (r.ok) {
            expect(typeof r.response.respondent).toBe('string');
            expect([...r.response.respondent].length).toBeLessThanOrEqual(NAME_MAX);
            expect(r.response.respondent).not.toContain('[object');
          } else expect(r.error).toMatch(/^f\.json: /);
        },
      ),
      { numRuns: RUNS, seed: 1213 },
    );
  }, 180_000);
});

afterAll(() => {
  const rows = Object.entries(figures).map(
    ([k, f]) =>
      `${k}: ${f.tried} tried, ${f.accepted} accepted, ${f.refused} refused, ${f.crashes} crashes, ${f.changedSilently} changed silently`,
  );
  console.log(`Hostile suite (codes):\n${rows.join('\n')}`);
});
