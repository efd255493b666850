/**
 * Graph exploration of the call machine (the equivalent of xstate/graph's shortest paths): every
 * distinct state reachable through the learner's events is visited once. Proves that every workflow is
 * reachable, that no route can be completed that is neither a workflow nor an early close USM allows
 * (Agree closing at Negotiate without agreement), and that every scenario in the library is passed by
 * exactly its expected route.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  CALL_TYPE_IDS,
  EARLY_CLOSES,
  PROCESS_IDS,
  WORKFLOWS,
  callMachine,
  grade,
  parseScenario,
  processStack,
  routeFor,
  routeOutcome,
  workflowOf,
  type LearnerEvent,
  type Scenario,
} from '../../../simulator/index.ts';

const ALPHABET: LearnerEvent[] = [
  ...CALL_TYPE_IDS.map((callType) => ({ type: 'CLASSIFY', callType }) as const),
  ...PROCESS_IDS.map((process) => ({ type: 'SEND_TO', process }) as const),
  { type: 'ADVANCE' },
  ...PROCESS_IDS.map((process) => ({ type: 'TRIGGER', process }) as const),
  { type: 'FINISH' },
];

function replay(path: LearnerEvent[]) {
  const a = createActor(callMachine, { input: { mode: 'sandbox' } }).start();
  for (const e of path) a.send(e);
  return a.getSnapshot();
}

const keyOf = (s: ReturnType<typeof replay>) =>
  JSON.stringify([
    s.value,
    s.status,
    s.context.callType,
    s.context.route,
    processStack(s).map((p) => [p.process, p.state, p.route]),
  ]);

function explore() {
  const seen = new Map<string, LearnerEvent[]>();
  const finals: { callType: string; route: string[]; outcome: string; path: LearnerEvent[] }[] = [];
  const queue: LearnerEvent[][] = [[]];
  seen.set(keyOf(replay([])), []);
  while (queue.length) {
    const path = queue.shift()!;
    for (const e of ALPHABET) {
      const next = [...path, e];
      const s = replay(next);
      const k = keyOf(s);
      if (seen.has(k)) continue;
      seen.set(k, next);
      if (s.status === 'done')
        finals.push({ callType: s.output!.callType!, route: s.output!.route, outcome: s.output!.outcome!, path: next });
      else queue.push(next);
    }
  }
  return { states: seen.size, finals };
}

const { states, finals } = explore();

function libraryScenarios(): Scenario[] {
  const out: Scenario[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.yaml')) {
        const r = parseScenario(readFileSync(p, 'utf8'), p);
        if (r.ok) out.push(r.scenario);
      }
    }
  };
  walk(join(import.meta.dirname, '../../../content/scenarios'));
  return out;
}

describe('reachability of the call machine', () => {
  it('explores a finite state space', () => {
    expect(states).toBeGreaterThan(20);
    expect(states).toBeLessThan(5000);
  });

  it('reaches every one of the eight workflows, and completes no route that is not a workflow (save the early closes)', () => {
    const fulfilled = finals.filter((f) => f.outcome === 'fulfilled');
    const reached = new Set(fulfilled.map((f) => workflowOf(f.route)));
    expect([...reached].sort()).toEqual(WORKFLOWS.map((w) => w.number));
    for (const f of fulfilled) {
      const n = workflowOf(f.route);
      expect(n, f.route.join('>')).not.toBeNull();
      expect(WORKFLOWS[n! - 1]!.callType).toBe(f.callType);
    }
  });

  it('completes exactly the early closes besides the workflows: workflow 1 closed at Negotiate, the route Agree alone, from a wish', () => {
    const early = finals.filter((f) => f.outcome !== 'fulfilled');
    expect(new Set(early.map((f) => `${f.callType}:${f.route.join('>')}:${f.outcome}`))).toEqual(
      new Set(EARLY_CLOSES.map((c) => `wish:${c.route.join('>')}:${c.outcome}`)),
    );
    for (const f of finals)
      expect(routeOutcome(f.route), f.route.join('>')).toEqual({
        workflow: routeOutcome(f.route)!.workflow,
        outcome: f.outcome,
      });
    expect(workflowOf(['agree'])).toBeNull();
  });

  const scenarios = libraryScenarios();
  it('has a library of at least 48 scenarios, at least 6 per workflow, over at least 8 domains, and one that closes without agreement', () => {
    expect(scenarios.filter((s) => s.expected.outcome === 'no-agreement').length).toBeGreaterThanOrEqual(1);
    expect(scenarios.length).toBeGreaterThanOrEqual(48);
    for (const w of WORKFLOWS)
      expect(
        scenarios.filter((s) => s.expected.workflow === w.number).length,
        `workflow ${w.number}`,
      ).toBeGreaterThanOrEqual(6);
    expect(new Set(scenarios.map((s) => s.domain)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s is passed by exactly its expected route', (_, scenario) => {
    const passing = finals.filter((f) => grade(scenario, { callType: f.callType, route: f.route }).passed);
    const expectedRoute = routeFor(scenario.expected.workflow as 1, scenario.expected.outcome);
    expect(passing.map((f) => `${f.callType}:${f.route.join('>')}`)).toEqual([
      `${scenario.expected.callType}:${expectedRoute.join('>')}`,
    ]);
    const best = grade(scenario, {
      callType: passing[0]!.callType,
      route: passing[0]!.route,
      impact: scenario.expected.impact,
      urgency: scenario.expected.urgency,
    });
    expect(best.score).toBe(100);
  });
});
