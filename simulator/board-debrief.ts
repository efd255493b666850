/**
 * The debrief on the board: the expected route (to draw ghosted beside the learner's) and every
 * difference grade() found, pinned to the place on the board where it happened, with its rule.
 */
import {
  PROCESSES,
  earlyCloseByOutcome,
  isProcessId,
  routeFor,
  workflowByNumber,
  type CallTypeId,
  type OutcomeId,
  type ProcessId,
} from './usm.ts';
import type { GradeComponent, GradeResult, StepDiff } from './grade.ts';
import { solutionEvents } from './machines/solution.ts';
import type { LearnerEvent } from './machines/events.ts';
import type { BoardPoint, PathSegment } from './board.ts';
import { replay } from './board-replay.ts';

export interface DebriefPin {
  /** 1-based step of the route (grade's StepDiff.step). */
  step: number;
  /** Where on the board: the entry process's first step, or the fork of the process that triggered. */
  at: BoardPoint;
  diff: StepDiff;
}

export interface DebriefBoard {
  expectedRoute: ProcessId[];
  /** The expected route drawn as path segments (the reference solution replayed through the machine). */
  expectedPath: PathSegment[];
  pins: DebriefPin[];
  /** Differences that belong on the call card (call type, priority), not on a route step. */
  cardIssues: GradeComponent[];
}

/** The step at which a process hands over: its fork, or (without a fork) its last step. */
export function handoverStep(process: ProcessId): number {
  const steps = PROCESSES[process].steps;
  const fork = steps.findIndex((s) => s.fork);
  return fork >= 0 ? fork : steps.length - 1;
}

/**
 * The events of the reference solution that ends `workflow` with `outcome`: the full workflow, or the
 * early close usm.ts allows (its route, each process handing over at its fork, then FINISH at the fork of
 * the process that closes early). Empty when the model has no such close.
 */
export function expectedEvents(callType: CallTypeId, workflow: number, outcome: OutcomeId): LearnerEvent[] {
  if (outcome === 'fulfilled') return solutionEvents(callType, workflow);
  const close = earlyCloseByOutcome(outcome);
  if (!close || close.workflow !== workflow) return [];
  const events: LearnerEvent[] = [
    { type: 'CLASSIFY', callType },
    { type: 'SEND_TO', process: close.route[0]! },
  ];
  for (const next of close.route.slice(1)) events.push({ type: 'ADVANCE' }, { type: 'TRIGGER', process: next });
  events.push({ type: 'ADVANCE' }, { type: 'FINISH' });
  return events;
}

/** The board's debrief for a graded call: `route` is the learner's route as played. */
export function debriefOf(result: GradeResult, expectedCallType: CallTypeId, route: readonly string[]): DebriefBoard {
  const expected = workflowByNumber(result.workflowExpected)!;
  // The reference solution (a full workflow or an expected early close) replayed through the machine.
  const events = expectedEvents(expectedCallType, expected.number, result.outcomeExpected);
  const expectedPath = events.length ? replay(events).at(-1)!.path : [];
  const pins: DebriefPin[] = [];
  for (const diff of result.path) {
    if (diff.ok) continue;
    if (diff.step === 1) {
      const p = [diff.chosen, diff.expected].find((x): x is ProcessId => typeof x === 'string' && isProcessId(x));
      if (p) pins.push({ step: 1, at: { process: p, step: 0 }, diff });
      continue;
    }
    const from = route[diff.step - 2];
    if (from && isProcessId(from))
      pins.push({ step: diff.step, at: { process: from, step: handoverStep(from) }, diff });
  }
  const cardIssues = result.components.filter((c) => !c.ok && (c.id === 'callType' || c.id === 'priority'));
  return { expectedRoute: [...routeFor(expected.number, result.outcomeExpected)], expectedPath, pins, cardIssues };
}
