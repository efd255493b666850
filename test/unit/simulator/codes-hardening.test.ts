/** Issue 12 (codes): every reader checks what a code means, not only its checksum; nothing long is echoed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { base64url, codeKind, NAME_MAX, packCode } from '../../../simulator/codes.ts';
import { crc32Hex } from '../../../simulator/checksum.ts';
import {
  createWorkshop,
  joinCode,
  MAX_WORKSHOP_CALLS,
  readJoinCode,
  readResultCode,
  readShiftJoinCode,
  readShiftResultCode,
  resultCode,
  roomView,
  shiftJoinCode,
  shiftResultCode,
  type CallResult,
  type ResultContext,
} from '../../../simulator/workshop.ts';
import {
  codeToResponse,
  jsonToResponse,
  mergeResponses,
  readResponse,
  responseToCode,
  responseToJson,
  type Answer,
  type Questionnaire,
  type Response,
} from '../../../simulator/maturity.ts';
import { readTeamInputs } from '../../../simulator/maturity-team.ts';
import { QuestionnaireSchema } from '../../../simulator/maturity-schema.ts';

const q: Questionnaire = QuestionnaireSchema.parse(
  parse(readFileSync(join(import.meta.dirname, '../../../content/maturity/questionnaire.yaml'), 'utf8')),
);
const library = [
  'mining-telemetry-outage',
  'saturday-heating',
  'it-locked-out-before-meeting',
  'it-monthly-mail-outage',
  'crusher-network-down',
];
const scenarios: ResultContext['scenarios'] = new Map([
  ['mining-telemetry-outage', { expected: { callType: 'incident' as const, workflow: 3 as const }, hints: ['a', 'b'] }],
  ['saturday-heating', { expected: { callType: 'wish' as const, workflow: 1 as const }, hints: ['a'] }],
  [
    'it-locked-out-before-meeting',
    { expected: { callType: 'service-request' as const, workflow: 5 as const }, hints: [] },
  ],
]);
const selection = ['mining-telemetry-outage', 'saturday-heating', 'it-locked-out-before-meeting'];
/** A code with a valid checksum over any payload: what anyone can forge, since the checksum is a CRC. */
const forge = (prefix: string, payload: string) => packCode(prefix, payload);
const payloadOf = (code: string) => base64url.decode(code.split('.')[1]!);
const error = (r: { ok: boolean; error?: string }) => (r.ok ? '' : r.error!);

describe('the code encoder', () => {
  it('encodes and decodes a 200,000-character text without overflowing the stack (crash 3)', () => {
    const long = 'Ä'.repeat(200_000);
    expect(base64url.decode(base64url.encode(long))).toBe(long);
  });

  it('a respondent name of 150,000 characters makes a code with the name cut to 80', () => {
    const r: Response = {
      questionnaire: q.id,
      version: q.version,
      perspective: 'provider',
      respondent: 'x'.repeat(150_000),
      answers: {},
    };
    const code = responseToCode(q, r);
    const back = codeToResponse(q, code);
    expect(back.ok && back.response.respondent).toBe('x'.repeat(NAME_MAX));
    expect(JSON.parse(responseToJson(r)).respondent).toHaveLength(NAME_MAX);
  });

  it('recognises each kind of code in the engine, by prefix or as an answers file', () => {
    const join = joinCode(createWorkshop(library, selection, 'practice', 1), library);
    expect(codeKind(join)).toBe('workshop');
    expect(codeKind(resultCode(join, 'A', [null, null, null]))).toBe('result');
    expect(codeKind(shiftJoinCode({ shift: 's', seed: 1 }))).toBe('shift');
    expect(
      codeKind(
        shiftResultCode(join, 'A', {
          incidentsWithinTarget: 0,
          incidents: 0,
          backlog: 0,
          changesDeployed: 0,
          risksHandled: 0,
          risksArrived: 0,
          averageScore: null,
        }),
      ),
    ).toBe('shift-result');
    expect(
      codeKind(
        responseToCode(q, { questionnaire: q.id, version: 1, perspective: 'provider', respondent: '', answers: {} }),
      ),
    ).toBe('assessment');
    expect(codeKind('  {"format": 1}')).toBe('assessment');
    expect(codeKind('S1x')).toBeNull();
    expect(codeKind('__proto__.x.y')).toBeNull();
  });
});

describe('join codes (item 8)', () => {
  const good = payloadOf(joinCode(createWorkshop(library, selection, 'practice', 77), library));
  const [lib, , , indices] = good.split('|');

  it('refuse a made-up mode, a NaN seed, duplicate calls and too many calls, in a few words', () => {
    expect(error(readJoinCode(forge('W1', `${lib}|x|25|${indices}`), library))).toBe(
      'join code: names a mode this site does not have ("x").',
    );
    expect(error(readJoinCode(forge('W1', `${lib}|p|NaN|${indices}`), library))).toMatch(/seed is not a whole number/);
    expect(error(readJoinCode(forge('W1', `${lib}|p||${indices}`), library))).toMatch(/seed is not a whole number/);
    expect(error(readJoinCode(forge('W1', `${lib}|p|1|0,1,0`), library))).toBe('join code: names the same call twice.');
    const many = Array.from({ length: 5000 }, () => '0').join(',');
    const r = readJoinCode(forge('W1', `${lib}|p|1|${many}`), library);
    expect(error(r)).toMatch(/too long|at most 40/);
    expect(error(r).length).toBeLessThan(120);
    expect(error(readJoinCode(forge('W1', `${lib}|p|1|${indices}|extra`), library))).toMatch(/not laid out/);
  });

  it('createWorkshop refuses duplicates and more than the maximum; a NaN seed becomes 0', () => {
    expect(() => createWorkshop(library, ['saturday-heating', 'saturday-heating'], 'practice', 1)).toThrow(/twice/);
    const big = Array.from({ length: MAX_WORKSHOP_CALLS + 1 }, (_, i) => `s-${i}`);
    expect(() => createWorkshop(big, big, 'practice', 1)).toThrow(/at most 40/);
    expect(createWorkshop(library, selection, 'practice', NaN).seed).toBe(0);
  });

  it('refuse a huge pasted text without echoing it', () => {
    const r = readJoinCode('W1.' + 'A'.repeat(1_000_000) + '.00000000', library);
    expect(error(r)).toMatch(/^join code: too long/);
    expect(error(r).length).toBeLessThan(100);
  });
});

describe('result codes (item 8)', () => {
  const w = createWorkshop(library, selection, 'practice', 9);
  const join = joinCode(w, library);
  const ctx: ResultContext = { workshop: w, scenarios };
  const at = (id: string) => w.scenarios.indexOf(id);
  const crc = crc32Hex(join);
  const body = (telemetry: string) =>
    w.scenarios.map((id) => (id === 'mining-telemetry-outage' ? telemetry : '_')).join(';');

  it('round-trip a real result, with the solution mark, and keep old codes (no mark) readable', () => {
    const calls: (CallResult | null)[] = [null, null, null];
    calls[at('mining-telemetry-outage')] = {
      callType: 'incident',
      route: ['recover', 'change', 'operate'],
      score: 90,
      hintsUsed: 2,
      illegalMoves: 0,
      solutionShown: true,
    };
    const code = resultCode(join, 'Sam', calls);
    expect(readResultCode(code, join, ctx)).toEqual({ ok: true, value: { workshop: crc, participant: 'Sam', calls } });
    const old = forge('R1', `${crc}|Sam|${body('iRCO:2s:0:0')}`);
    const r = readResultCode(old, join, ctx);
    expect(r.ok && r.value.calls[at('mining-telemetry-outage')]).toEqual({
      callType: 'incident',
      route: ['recover', 'change', 'operate'],
      score: 100,
      hintsUsed: 0,
      illegalMoves: 0,
    });
  });

  it('refuse a 1 MB name, hints of 1e25, a score of 100 for a wrong route, more hints than the call has', () => {
    expect(error(readResultCode(forge('R1', `${crc}|${'n'.repeat(1_000_000)}|${body('_')}`), join, ctx))).toMatch(
      /too long/,
    );
    expect(error(readResultCode(forge('R1', `${crc}|${'n'.repeat(81)}|${body('_')}`), join, ctx))).toBe(
      'result code: the name is longer than 80 characters.',
    );
    expect(
      error(readResultCode(forge('R1', `${crc}|A|${body(`iRCO:2s:${(1e25).toString(36)}:0`)}`), join, ctx)),
    ).toMatch(/call \d is not readable/);
    expect(error(readResultCode(forge('R1', `${crc}|A|${body('wO:2s:0:0')}`), join, ctx))).toMatch(
      /score of 100 does not fit the route/,
    );
    expect(error(readResultCode(forge('R1', `${crc}|A|${body('iRCO:2s:3:0')}`), join, ctx))).toMatch(
      /3 hints, but the call has 2/,
    );
    expect(error(readResultCode(forge('R1', `${crc}|A|${body('iRCO:2s:0:0')}|x`), join, ctx))).toMatch(/not laid out/);
  });

  it('refuse hints or a solution mark in an assessment workshop', () => {
    const aw = { ...w, mode: 'assessment' as const };
    const aj = joinCode(aw, library);
    const a = crc32Hex(aj);
    expect(
      error(readResultCode(forge('R1', `${a}|A|${body('iRCO:2s:0:0:s')}`), aj, { workshop: aw, scenarios })),
    ).toMatch(/assessment workshop/);
  });

  it('the room view counts the calls where the solution was shown', () => {
    const c = (solutionShown: boolean): CallResult => ({
      callType: 'incident',
      route: ['recover', 'operate'],
      score: 50,
      hintsUsed: 0,
      illegalMoves: 0,
      solutionShown,
    });
    const calls = (s: boolean) => w.scenarios.map((id) => (id === 'mining-telemetry-outage' ? c(s) : null));
    const room = roomView(w, scenarios, [
      { workshop: crc, participant: 'A', calls: calls(true) },
      { workshop: crc, participant: 'B', calls: calls(false) },
    ]);
    expect(room.calls[at('mining-telemetry-outage')]!.solutionShown).toBe(1);
    expect(room.participants.map((p) => p.solutions ?? 0)).toEqual([1, 0]);
  });
});

describe('Shift codes (items 8, 9)', () => {
  const join = shiftJoinCode({ shift: 'mine-day-shift', seed: 42 });
  const crc = crc32Hex(join);
  it('refuse an empty S1 code, a NaN seed and an unknown shift, with a message', () => {
    expect(error(readShiftJoinCode('S1.', ['mine-day-shift']))).toMatch(/cut off or damaged/);
    expect(error(readShiftJoinCode(forge('S1', 'mine-day-shift|NaN'), ['mine-day-shift']))).toMatch(/seed/);
    expect(error(readShiftJoinCode(forge('S1', `${'z'.repeat(3000)}|1`), ['mine-day-shift']))).toMatch(
      /^join code: names a shift this site does not have \("z{40}…"\)\.$/,
    );
  });
  it('refuse more incidents within target than incidents, and other impossible KPIs', () => {
    expect(error(readShiftResultCode(forge('SR1', `${crc}|A|5,3,0,0,0,0,50`), join))).toMatch(
      /more incidents within target than incidents/,
    );
    expect(error(readShiftResultCode(forge('SR1', `${crc}|A|1,3,0,0,4,2,50`), join))).toMatch(/more risks handled/);
    expect(error(readShiftResultCode(forge('SR1', `${crc}|A|1,3,0,0,0,0,zz`), join))).toMatch(/not readable|above 100/);
    expect(error(readShiftResultCode(forge('SR1', `${crc}|A|-,3,0,0,0,0,5`), join))).toMatch(/not readable/);
  });
});

describe('assessment codes and files (item 8)', () => {
  const answers: Record<string, Answer> = Object.fromEntries(
    q.dimensions.flatMap((d) => d.statements.map((s) => [s.id, 'largely' as Answer])),
  );
  const response: Response = {
    questionnaire: q.id,
    version: q.version,
    perspective: 'provider',
    respondent: 'Ann',
    answers,
  };
  const withChecksum = (obj: Record<string, unknown>) => {
    const body = JSON.stringify(obj);
    return JSON.stringify({ ...obj, checksum: crc32Hex(body) });
  };

  it('counts the same code pasted three times, and the same file twice, once, with a note', () => {
    const code = responseToCode(q, response);
    const file = responseToJson(response);
    const read = readTeamInputs(q, [
      { source: 'Line 1', text: code },
      { source: 'Line 2', text: code },
      { source: 'Line 3', text: code },
      { source: 'a.json', text: file },
      { source: 'a copy.json', text: file },
      { source: 'Line 4', text: 'junk' },
    ]);
    expect(read.responses).toHaveLength(1);
    expect(read.duplicates).toEqual([
      { source: 'Line 2', first: 'Line 1' },
      { source: 'Line 3', first: 'Line 1' },
      { source: 'a.json', first: 'Line 1' },
      { source: 'a copy.json', first: 'Line 1' },
    ]);
    expect(read.errors).toEqual(['Line 4: not a USM Trainer maturity code (it should start with "VMM.").']);
  });

  it('refuses a respondent given as an object, a 10 MB file, a 1 MB questionnaire id (not echoed)', () => {
    expect(
      error(
        jsonToResponse(
          q,
          withChecksum({ format: 'usm-trainer-maturity', ...response, respondent: { a: 1 } }),
          'f.json',
        ),
      ),
    ).toBe('f.json: respondent must be text, not an object.');
    const huge = withChecksum({ format: 'usm-trainer-maturity', ...response, pad: 'x'.repeat(10_000_000) });
    expect(error(jsonToResponse(q, huge, 'big.json'))).toMatch(/^big\.json: too large for an answers file/);
    const r = jsonToResponse(
      q,
      withChecksum({ format: 'usm-trainer-maturity', ...response, questionnaire: 'q'.repeat(1_000_000) }).slice(
        0,
        1_000_000,
      ),
      'id.json',
    );
    expect(error(r).length).toBeLessThan(200);
    const longId = withChecksum({ format: 'usm-trainer-maturity', ...response, questionnaire: 'q'.repeat(90_000) });
    expect(error(jsonToResponse(q, longId, 'id.json'))).toMatch(
      /^id\.json: answers another questionnaire \("q{40}…"\)/,
    );
    const forged = forge('VMM', `${'q'.repeat(5000)}|1|p|A|-`);
    expect(error(codeToResponse(q, forged)).length).toBeLessThan(200);
  });

  it('refuses a forged code with an unknown perspective, a long name or a strange version', () => {
    const compact = '-'.repeat(q.dimensions.flatMap((d) => d.statements).length);
    expect(error(codeToResponse(q, forge('VMM', `${q.id}|${q.version}|x|A|${compact}`)))).toMatch(/perspective/);
    expect(error(codeToResponse(q, forge('VMM', `${q.id}|${q.version}|p|${'a'.repeat(81)}|${compact}`)))).toMatch(
      /longer than 80/,
    );
    expect(error(codeToResponse(q, forge('VMM', `${q.id}|1e0|p|A|${compact}`)))).toMatch(/made with version/);
    expect(readResponse(q, forge('VMM', `${q.id}|${q.version}|p|A|${compact}`), 'x').ok).toBe(true);
  });

  it('lists every tied dimension where the team disagrees most, and the statements cover them all', () => {
    const a = {
      ...response,
      respondent: 'A',
      answers: Object.fromEntries(Object.keys(answers).map((id) => [id, 'fully' as Answer])),
    };
    const b = {
      ...response,
      respondent: 'B',
      answers: Object.fromEntries(Object.keys(answers).map((id) => [id, 'not' as Answer])),
    };
    const team = mergeResponses(q, [a, b]);
    expect(team.mostDisputed).toEqual(q.dimensions.map((d) => d.id));
    expect(new Set(team.disagreement.map((s) => s.dimension)).size).toBe(Math.min(10, q.dimensions.length));
  });
});
