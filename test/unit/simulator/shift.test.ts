import { describe, expect, it } from 'vitest';
import { ShiftSchema } from '../../../simulator/shift-schema.ts';
import {
  handleCall,
  isOver,
  kpis,
  openCalls,
  priorityNow,
  shiftReport,
  startShift,
  waitForNext,
  type ShiftDefinition,
} from '../../../simulator/shift.ts';
import { solutionEvents } from '../../../simulator/index.ts';
import type { Attempt } from '../../../simulator/grade.ts';

const library = new Map([
  [
    'telemetry',
    {
      title: 'Telemetry down',
      expected: {
        callType: 'incident' as const,
        workflow: 3 as const,
        impact: 'medium' as const,
        urgency: 'high' as const,
      },
    },
  ],
  [
    'printer',
    {
      title: 'Printer dead',
      expected: {
        callType: 'incident' as const,
        workflow: 4 as const,
        impact: 'low' as const,
        urgency: 'medium' as const,
      },
    },
  ],
  ['gaps', { title: 'Night gaps', expected: { callType: 'risk' as const, workflow: 7 as const } }],
  [
    'outage',
    {
      title: 'Link outage',
      expected: {
        callType: 'incident' as const,
        workflow: 3 as const,
        impact: 'high' as const,
        urgency: 'high' as const,
      },
    },
  ],
  [
    'letter',
    {
      title: 'Employment letter',
      expected: {
        callType: 'service-request' as const,
        workflow: 5 as const,
        impact: 'low' as const,
        urgency: 'low' as const,
      },
    },
  ],
  ['idea', { title: 'Improvement idea', expected: { callType: 'risk' as const, workflow: 8 as const } }],
]);

const def: ShiftDefinition = ShiftSchema.parse({
  id: 'test-shift',
  title: 'Test',
  domain: 'mining',
  description: 'A test shift.',
  durationMinutes: 480,
  handlingMinutes: 20,
  targets: { '1': 60, '2': 120, '3': 240, '4': 480, '5': 960 },
  improvementChance: 0,
  improvements: ['idea'],
  calls: [
    { scenario: 'telemetry', at: 20 },
    { scenario: 'gaps', at: 30 },
    { scenario: 'printer', at: 40 },
    { scenario: 'letter', at: 300 },
  ],
  followUps: [
    { kind: 'monitoring', after: 'printer', raises: 'idea', delay: 30, chance: 1 },
    { kind: 'ignored-risk', after: 'gaps', raises: 'outage', within: 100 },
    { kind: 'unhandled-incident', after: 'telemetry', within: 60 },
  ],
});

const solve = (id: string): Attempt => {
  const sc = library.get(id)!;
  const route = solutionEvents(sc.expected.callType, sc.expected.workflow)
    .filter((e) => e.type === 'SEND_TO' || e.type === 'TRIGGER')
    .map((e) => (e as { process: string }).process);
  return { callType: sc.expected.callType, route };
};

function play(seed: number, order: string[]) {
  let s = startShift(def, library, seed);
  for (const scenario of order) {
    let guard = 0;
    while (!openCalls(s).some((c) => c.scenario === scenario) && guard++ < 10) s = waitForNext(def, library, s);
    const call = openCalls(s).find((c) => c.scenario === scenario);
    if (call) s = handleCall(def, library, s, call.id, solve(scenario));
  }
  return s;
}

describe('the Shift engine', () => {
  it('gives the same shift for the same seed and actions', () => {
    expect(play(7, ['telemetry', 'printer'])).toEqual(play(7, ['telemetry', 'printer']));
    expect(startShift(def, library, 7).calls.map((c) => c.arrivesAt)).not.toEqual(
      startShift(def, library, 8).calls.map((c) => c.arrivesAt),
    );
  });

  it('plans arrivals within ten minutes of the plan', () => {
    const s = startShift(def, library, 99);
    s.calls.forEach((c, i) => expect(Math.abs(c.arrivesAt - def.calls[i]!.at)).toBeLessThanOrEqual(10));
  });

  it("lets Operate's monitoring raise a follow-up call after a call handled through Operate", () => {
    const s = play(1, ['printer']);
    const raised = s.calls.find((c) => c.scenario === 'idea');
    expect(raised).toMatchObject({ source: 'monitoring', status: 'waiting' });
    const printer = s.calls.find((c) => c.scenario === 'printer')!;
    expect(raised!.arrivesAt).toBe(printer.handledAt! + 30);
  });

  it('turns a risk ignored too long into the incident it warned about, and the report names it as preventable', () => {
    const s = play(2, ['telemetry', 'printer', 'letter']);
    const gaps = s.calls.find((c) => c.scenario === 'gaps')!;
    expect(gaps.status).toBe('became-incident');
    const outage = s.calls.find((c) => c.scenario === 'outage')!;
    expect(outage).toMatchObject({ source: 'ignored-risk', from: gaps.id, arrivesAt: gaps.arrivesAt + 100 });
    expect(shiftReport(def, library, s).preventable[0]).toMatch(
      /Handling the risk "Night gaps" through Improve \(workflow 7\) would have prevented the incident "Link outage"/,
    );
  });

  it('a risk handled in time prevents the incident', () => {
    const s = play(2, ['gaps']);
    expect(s.calls.some((c) => c.scenario === 'outage')).toBe(false);
    expect(kpis(def, library, s)).toMatchObject({ risksHandled: 1, risksArrived: 1 });
  });

  it('grows the impact of an incident left waiting', () => {
    let s = startShift(def, library, 3);
    const telemetry = () => s.calls.find((c) => c.scenario === 'telemetry')!;
    for (let i = 0; i < 20 && (telemetry().status !== 'open' || s.clock - telemetry().arrivesAt <= 60); i++) {
      const other = openCalls(s).find((c) => c.scenario !== 'telemetry');
      s = other ? handleCall(def, library, s, other.id, solve(other.scenario)) : waitForNext(def, library, s);
    }
    expect(telemetry().grown).toBeGreaterThanOrEqual(1);
    expect(priorityNow({ ...telemetry(), grown: 1 }, library)).toBe(1);
  });

  it('computes the KPIs: incidents within target, backlog, changes deployed, average score', () => {
    const s = play(4, ['telemetry', 'printer']);
    const k = kpis(def, library, s);
    const telemetry = s.calls.find((c) => c.scenario === 'telemetry')!;
    const printer = s.calls.find((c) => c.scenario === 'printer')!;
    const inTarget = [telemetry, printer].filter(
      (c) => c.handledAt! - c.arrivesAt <= def.targets[String(priorityNow(c, library)) as '1']!,
    ).length;
    expect(k.incidentsWithinTarget).toBe(inTarget);
    expect(k.changesDeployed).toBe(1);
    expect(k.averageScore).toBe(100);
    expect(k.backlog).toBe(s.calls.filter((c) => c.status === 'open').length);
    expect(isOver(def, s)).toBe(false);
  });

  it('refuses to handle a call that is not open, and a shift with unknown scenarios', () => {
    const s = startShift(def, library, 5);
    expect(() => handleCall(def, library, s, 'c4', solve('letter'))).toThrow(/not open/);
    expect(() => startShift({ ...def, calls: [{ scenario: 'nope', at: 1 }] }, library, 1)).toThrow(
      /not in the library: nope/,
    );
  });
});
