import { describe, expect, it } from 'vitest';
import {
  createWorkshop,
  joinCode,
  readJoinCode,
  readResultCode,
  resultCode,
  roomView,
  type CallResult,
} from '../../../simulator/workshop.ts';

const library = [
  'mining-telemetry-outage',
  'saturday-heating',
  'it-locked-out-before-meeting',
  'it-monthly-mail-outage',
  'crusher-network-down',
];
const scenarios = new Map([
  ['mining-telemetry-outage', { expected: { callType: 'incident' as const, workflow: 3 as const } }],
  ['saturday-heating', { expected: { callType: 'wish' as const, workflow: 1 as const } }],
  ['it-locked-out-before-meeting', { expected: { callType: 'service-request' as const, workflow: 5 as const } }],
]);
const selection = ['mining-telemetry-outage', 'saturday-heating', 'it-locked-out-before-meeting'];

describe('workshop codes', () => {
  it('a join code round-trips the seed, mode and the calls in a seeded order', () => {
    const w = createWorkshop(library, selection, 'assessment', 1234);
    expect([...w.scenarios].sort()).toEqual([...selection].sort());
    const code = joinCode(w, library);
    expect(code.length).toBeLessThan(60);
    expect(readJoinCode(code, library)).toEqual({ ok: true, value: w });
    expect(createWorkshop(library, selection, 'assessment', 1234).scenarios).toEqual(w.scenarios);
  });

  it('refuses a tampered join code and one made for another library', () => {
    const code = joinCode(createWorkshop(library, selection, 'practice', 5), library);
    const r = readJoinCode(code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'), library);
    expect(!r.ok && r.error).toMatch(/checksum does not match/);
    expect(readJoinCode(code, [...library, 'new-scenario'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/another version of the scenario library/),
    });
  });

  it('a result code round-trips every call and is tied to its workshop', () => {
    const join = joinCode(createWorkshop(library, selection, 'practice', 9), library);
    const calls: (CallResult | null)[] = [
      { callType: 'incident', route: ['recover', 'change', 'operate'], score: 100, hintsUsed: 0, illegalMoves: 1 },
      null,
      { callType: 'incident', route: ['recover', 'operate'], score: 45, hintsUsed: 2, illegalMoves: 0 },
    ];
    const code = resultCode(join, 'Sam', calls);
    expect(readResultCode(code, join, 3)).toEqual({
      ok: true,
      value: { workshop: expect.any(String), participant: 'Sam', calls },
    });
    const other = joinCode(createWorkshop(library, selection, 'practice', 10), library);
    expect(readResultCode(code, other, 3)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/another workshop/),
    });
    expect(readResultCode(code.replace('R1.', 'R1.x'), join, 3)).toMatchObject({ ok: false });
    expect(readResultCode('hello', join, 3, 'Line 2')).toEqual({
      ok: false,
      error: 'Line 2: not a workshop result code (it should start with "R1.").',
    });
  });

  it('the room view counts call types and workflows per call and names the common wrong turns', () => {
    const w = createWorkshop(library, selection, 'practice', 3);
    const at = (id: string) => w.scenarios.indexOf(id);
    const make = (name: string, telemetryRoute: CallResult['route']) => {
      const calls: (CallResult | null)[] = [null, null, null];
      calls[at('mining-telemetry-outage')] = {
        callType: 'incident',
        route: telemetryRoute,
        score: 50,
        hintsUsed: 0,
        illegalMoves: 0,
      };
      calls[at('saturday-heating')] = {
        callType: 'rfc',
        route: ['change', 'operate'],
        score: 20,
        hintsUsed: 0,
        illegalMoves: 0,
      };
      return { workshop: 'x', participant: name, calls };
    };
    const room = roomView(w, scenarios, [
      make('A', ['recover', 'change', 'operate']),
      make('B', ['recover', 'operate']),
      make('C', ['recover', 'operate']),
    ]);
    const telemetry = room.calls[at('mining-telemetry-outage')]!;
    expect(telemetry).toMatchObject({ played: 3, passed: 1, callTypes: { incident: 3 }, workflows: { 3: 1, 4: 2 } });
    expect(telemetry.wrongTurns[0]).toMatchObject({ misconception: 'permanent-change-is-service-request', count: 2 });
    const heating = room.calls[at('saturday-heating')]!;
    expect(heating.wrongTurns[0]).toMatchObject({ misconception: 'rfc-outside-agreement', count: 3 });
    expect(room.calls[at('it-locked-out-before-meeting')]!.played).toBe(0);
    expect(room.participants).toEqual([
      { name: 'A', total: 70, passed: 1, played: 2 },
      { name: 'B', total: 70, passed: 0, played: 2 },
      { name: 'C', total: 70, passed: 0, played: 2 },
    ]);
  });
});

describe('a Shift as a workshop', () => {
  it('the join code names the shift and seed; result codes carry the KPIs and refuse tampering', async () => {
    const { shiftJoinCode, readShiftJoinCode, shiftResultCode, readShiftResultCode } =
      await import('../../../simulator/workshop.ts');
    const join = shiftJoinCode({ shift: 'mine-day-shift', seed: 42 });
    expect(readShiftJoinCode(join, ['mine-day-shift'])).toEqual({
      ok: true,
      value: { shift: 'mine-day-shift', seed: 42 },
    });
    expect(readShiftJoinCode(join, ['other'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/does not have/),
    });
    const kpis = {
      incidentsWithinTarget: 3,
      incidents: 5,
      backlog: 2,
      changesDeployed: 1,
      risksHandled: 1,
      risksArrived: 2,
      averageScore: 74,
    };
    const code = shiftResultCode(join, 'Ana', kpis);
    expect(readShiftResultCode(code, join)).toEqual({ ok: true, value: { participant: 'Ana', kpis } });
    expect(readShiftResultCode(code, shiftJoinCode({ shift: 'mine-day-shift', seed: 43 }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/another workshop/),
    });
    const [p, b, c] = code.split('.');
    expect(readShiftResultCode(`${p}.${b}.${c!.replace(/./, (x) => (x === 'a' ? 'b' : 'a'))}`, join)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/checksum/),
    });
    expect(readShiftResultCode(shiftResultCode(join, 'Bo', { ...kpis, averageScore: null }), join)).toMatchObject({
      ok: true,
      value: { kpis: { averageScore: null } },
    });
  });
});
