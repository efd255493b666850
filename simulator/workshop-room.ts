/** The coach's room view: every participant's results merged per call, with the wrong turns and their rules. */
import { grade } from './grade.ts';
import { MISCONCEPTIONS, type MisconceptionId } from './misconceptions.ts';
import { term, type EngineMessage } from './messages.ts';
import { routeOutcome, type CallTypeId, type WorkflowNumber } from './usm.ts';
import type { Scenario } from './scenario.ts';
import type { Workshop } from './workshop-join.ts';
import type { CallResult, ParticipantResult } from './workshop-results.ts';

export interface CallRoomView {
  scenario: string;
  played: number;
  callTypes: Partial<Record<CallTypeId | 'none', number>>;
  /** How many executed each workflow ('none' = not a USM workflow or unfinished). */
  workflows: Partial<Record<WorkflowNumber | 'none', number>>;
  passed: number;
  /** How many opened "Show the solution" before finishing (practice workshops). */
  solutionShown: number;
  /** Wrong turns, most common first, with the rule each broke. */
  wrongTurns: {
    misconception: MisconceptionId;
    count: number;
    /** The rule broken, as a message code; `rule` is its English. */ message: EngineMessage;
    rule: string;
  }[];
}

export interface RoomView {
  participants: {
    name: string;
    total: number;
    passed: number;
    played: number;
    /** Calls where they opened the solution (absent when none). */ solutions?: number;
  }[];
  calls: CallRoomView[];
}

export function roomView(
  workshop: Workshop,
  scenarios: ReadonlyMap<string, Pick<Scenario, 'expected'>>,
  results: readonly ParticipantResult[],
): RoomView {
  const calls: CallRoomView[] = workshop.scenarios.map((id, i) => {
    const sc = scenarios.get(id)!;
    const view: CallRoomView = {
      scenario: id,
      played: 0,
      callTypes: {},
      workflows: {},
      passed: 0,
      solutionShown: 0,
      wrongTurns: [],
    };
    const turns = new Map<MisconceptionId, number>();
    for (const r of results) {
      const c = r.calls[i];
      if (!c) continue;
      view.played++;
      if (c.solutionShown) view.solutionShown++;
      const ct = c.callType ?? 'none';
      view.callTypes[ct] = (view.callTypes[ct] ?? 0) + 1;
      const wf = routeOutcome(c.route)?.workflow ?? 'none'; // an early close counts under its workflow
      view.workflows[wf] = (view.workflows[wf] ?? 0) + 1;
      const g = grade(sc, { callType: c.callType ?? '', route: c.route });
      if (g.passed) view.passed++;
      for (const m of g.misconceptions) turns.set(m, (turns.get(m) ?? 0) + 1);
    }
    view.wrongTurns = [...turns.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([misconception, count]) => ({
        misconception,
        count,
        message: term(`misconception.${misconception}.rule`),
        rule: MISCONCEPTIONS[misconception].rule,
      }));
    return view;
  });
  const participants = results.map((r) => {
    const played = r.calls.filter((c): c is CallResult => c !== null);
    const passed = r.calls.filter(
      (c, i) =>
        c && grade(scenarios.get(workshop.scenarios[i]!)!, { callType: c.callType ?? '', route: c.route }).passed,
    ).length;
    const solutions = played.filter((c) => c.solutionShown).length;
    return {
      name: r.participant,
      total: played.reduce((n, c) => n + c.score, 0),
      passed,
      played: played.length,
      ...(solutions ? { solutions } : {}),
    };
  });
  return { participants, calls };
}
