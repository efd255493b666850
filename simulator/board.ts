/**
 * The board: what the simulator board shows, derived from a call machine snapshot (the actor tree) and
 * the USM model. Pure data, no DOM: the lanes (one per process, with its steps from usm.ts), the stack of
 * active processes with their callers, the step each one is at, the path taken so far, and 'process
 * fulfilled' / 'workflow fulfilled'. Replay frames (board-replay.ts) are the models after each event of
 * a played call. Nothing here needs XState at run time, so a page can draw the board before it loads.
 */
import { FORKS, PROCESSES, priorityOf, triggerableFrom, type ProcessId } from './usm.ts';
import { processStack, routeSoFar, type ActiveProcess, type CallSnapshot } from './machines/inspect.ts';
import {
  boardOrder,
  type BoardModel,
  type BoardPoint,
  type LaneStatus,
  type LaneStep,
  type Phase,
  type Lane,
  type PathSegment,
  type ProcessActivity,
  type StackEntry,
} from './board-shape.ts';

// The board's data and lane order; the frames of a played call.
export * from './board-shape.ts';
export * from './board-frames.ts';

const activityOf = (state: string): ProcessActivity =>
  state === 'atFork'
    ? 'at-fork'
    : state.startsWith('running_')
      ? 'waiting'
      : state === 'closing'
        ? 'closing'
        : state === 'fulfilled'
          ? 'fulfilled'
          : 'working';

const ORDER = boardOrder();

/** The stack of active processes, outermost first, with callers and what each waits for. */
export function stackOf(active: readonly ActiveProcess[]): StackEntry[] {
  return active.map((p, i) => {
    const activity = activityOf(p.state);
    return {
      process: p.process,
      depth: p.depth,
      activity,
      step: p.step,
      caller: i > 0 ? active[i - 1]!.process : null,
      waitingFor: activity === 'waiting' ? (p.state.slice('running_'.length) as ProcessId) : null,
    };
  });
}

/** The board for a snapshot of the call machine. */
export function boardOf(snapshot: CallSnapshot): BoardModel {
  const ctx = snapshot.context;
  const done = snapshot.status === 'done';
  const phase: Phase = done ? 'fulfilled' : snapshot.value === 'intake' ? 'intake' : 'processing';
  const stack = done ? [] : stackOf(processStack(snapshot));
  const route = done ? [...ctx.route] : routeSoFar(processStack(snapshot));
  const lanes = ORDER.map((process): Lane => {
    const entry = stack.find((s) => s.process === process);
    const visited = route.includes(process);
    const status: LaneStatus = entry
      ? entry.activity === 'waiting'
        ? 'waiting'
        : 'active'
      : visited
        ? 'fulfilled'
        : 'idle';
    const steps = PROCESSES[process].steps.map((s, i): LaneStep => ({
      id: s.id,
      name: s.name,
      fork: s.fork === true,
      state: entry ? (i < entry.step ? 'done' : i === entry.step ? 'current' : 'todo') : visited ? 'done' : 'todo',
    }));
    return {
      process,
      name: PROCESSES[process].name,
      status,
      steps,
      depth: entry ? stack.indexOf(entry) : null,
      caller: entry?.caller ?? null,
    };
  });
  return {
    phase,
    lanes,
    stack,
    top: stack.at(-1) ?? null,
    route,
    card: { callType: ctx.callType, priority: ctx.impact && ctx.urgency ? priorityOf(ctx.impact, ctx.urgency) : null },
    fulfilled: done,
  };
}

/** The processes the learner may try at the current moment, for the board's targets. */
export interface BoardChoices {
  /** Intake: every process can be tried as the entry (the machine refuses the wrong ones with the rule). */
  sendTo: ProcessId[];
  /** At a fork: every other process can be tried; `allowed` are those USM's fork rules permit. */
  trigger: { process: ProcessId; allowed: boolean }[];
  /** The innermost process can move on (to its fork, or its close). */
  advance: ProcessId | null;
  /** At a fork: closing without triggering can be tried (refused when the fork is required). */
  finish: ProcessId | null;
}

export function choicesOf(board: BoardModel): BoardChoices {
  const top = board.top;
  if (board.phase === 'intake') return { sendTo: [...ORDER], trigger: [], advance: null, finish: null };
  if (!top) return { sendTo: [], trigger: [], advance: null, finish: null };
  const atFork = top.activity === 'at-fork';
  const allowed = triggerableFrom(top.process);
  // Operate has no fork, so a learner who believes it hands work on can try that while it works.
  const offerTriggers = atFork || FORKS[top.process].artifacts.length === 0;
  return {
    sendTo: [],
    trigger: offerTriggers
      ? ORDER.filter((p) => p !== top.process).map((p) => ({ process: p, allowed: allowed.includes(p) }))
      : [],
    advance: atFork ? null : top.process,
    finish: atFork ? top.process : null,
  };
}

/** The call's current point: the innermost active process's step. */
export function pointOf(board: BoardModel): BoardPoint | null {
  return board.top ? { process: board.top.process, step: board.top.step } : null;
}

/** The path segments from one board to the next (empty when nothing moved). */
export function segmentsBetween(before: BoardModel, after: BoardModel): PathSegment[] {
  const a = pointOf(before);
  if (after.fulfilled) {
    // The last ADVANCE closes the entry process: it moves to its last step, then the workflow ends.
    const entry = before.stack[0];
    if (!entry || !a) return [];
    const last = PROCESSES[entry.process].steps.length - 1;
    return a.step === last ? [] : [{ kind: 'move', from: a, to: { process: entry.process, step: last } }];
  }
  const b = pointOf(after);
  if (!b) return [];
  if (!a) return [{ kind: 'enter', to: b }];
  if (a.process === b.process && a.step === b.step) return [];
  if (after.stack.length > before.stack.length) return [{ kind: 'trigger', from: a, to: b }];
  if (after.stack.length < before.stack.length) {
    // The innermost process closed (to its last step) and its caller resumed at its review step.
    const last = PROCESSES[a.process].steps.length - 1;
    const closed: PathSegment[] =
      a.step === last ? [] : [{ kind: 'move', from: a, to: { process: a.process, step: last } }];
    return [...closed, { kind: 'return', from: { process: a.process, step: last }, to: b }];
  }
  return [{ kind: 'move', from: a, to: b }];
}

/** One active process in words: its name, its step, and what it does ("Change: Deploy — waiting for Operate"). */
export function processLine(entry: StackEntry): {
  process: string;
  step: string;
  activity: StackEntry['activity'];
  waitingFor: string;
} {
  return {
    process: PROCESSES[entry.process].name,
    step: PROCESSES[entry.process].steps[entry.step]!.name,
    activity: entry.activity,
    waitingFor: entry.waitingFor ? PROCESSES[entry.waitingFor].name : '',
  };
}
