/**
 * The debrief on the board: the expected route (to draw ghosted beside the learner's) and every
 * difference grade() found, pinned to the place on the board where it happened, with its rule.
 */
import { PROCESSES, isProcessId, workflowByNumber, type CallTypeId, type ProcessId } from './usm.ts';
import type { GradeComponent, GradeResult, StepDiff } from './grade.ts';
import { solutionEvents } from './machines/solution.ts';
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

/** The board's debrief for a graded call: `route` is the learner's route as played. */
export function debriefOf(result: GradeResult, expectedCallType: CallTypeId, route: readonly string[]): DebriefBoard {
  const expected = workflowByNumber(result.workflowExpected)!;
  const expectedPath = replay(solutionEvents(expectedCallType, expected.number)).at(-1)!.path;
  const pins: DebriefPin[] = [];
  for (const diff of result.path) {
    if (diff.ok) continue;
    if (diff.step === 1) {
      const p = [diff.chosen, diff.expected].find((x): x is ProcessId => typeof x === 'string' && isProcessId(x));
      if (p) pins.push({ step: 1, at: { process: p, step: 0 }, diff });
      continue;
    }
    const from = route[diff.step - 2];
    if (from && isProcessId(from)) pins.push({ step: diff.step, at: { process: from, step: handoverStep(from) }, diff });
  }
  const cardIssues = result.components.filter((c) => !c.ok && (c.id === 'callType' || c.id === 'priority'));
  return { expectedRoute: [...expected.route], expectedPath, pins, cardIssues };
}
