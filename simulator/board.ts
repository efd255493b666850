/**
 * The board: what the simulator board shows, derived from a call machine snapshot (the actor tree) and
 * the USM model. Pure data, no DOM: the lanes (one per process, with its steps from usm.ts), the stack of
 * active processes with their callers, the step each one is at, the path taken so far, and 'process
 * fulfilled' / 'workflow fulfilled'. Replay frames (board-replay.ts) are the models after each event of
 * a played call. Nothing here needs XState at run time, so a page can draw the board before it loads.
 */
import type { EngineMessage } from './messages.ts';
import { FORKS, PROCESSES, PROCESS_IDS, priorityOf, triggerableFrom, type CallTypeId, type ProcessId } from './usm.ts';
import type { CallContext } from './machines/call.machine.ts';
import { processStack, routeSoFar, type ActiveProcess, type CallSnapshot } from './machines/inspect.ts';
import type { LearnerEvent } from './machines/events.ts';
import type { Attempt } from './grade.ts';
import type { ChartMachine } from './statechart.ts';

/** Where the call is: with the call taker, with the processes, or done. */
export type Phase = 'intake' | 'processing' | 'fulfilled';

/** What an active process is doing, read from its machine state. */
export type ProcessActivity = 'working' | 'at-fork' | 'waiting' | 'closing' | 'fulfilled';

/** One process on the active stack. */
export interface StackEntry {
  process: ProcessId;
  depth: number;
  activity: ProcessActivity;
  /** Index into PROCESSES[process].steps. */
  step: number;
  /** The process that triggered this one (null for the entry process). */
  caller: ProcessId | null;
  /** While waiting: the process it triggered and waits for. */
  waitingFor: ProcessId | null;
}

/** A point on the board: a process's step. */
export interface BoardPoint {
  process: ProcessId;
  step: number;
}

/**
 * A piece of the path: the call entering its first process, moving along one process's steps, handed
 * over at a fork (trigger), or coming back to the caller when the triggered process is fulfilled.
 */
export type PathSegment =
  | { kind: 'enter'; to: BoardPoint }
  | { kind: 'move'; from: BoardPoint; to: BoardPoint }
  | { kind: 'trigger'; from: BoardPoint; to: BoardPoint }
  | { kind: 'return'; from: BoardPoint; to: BoardPoint };

export type LaneStatus = 'idle' | 'active' | 'waiting' | 'fulfilled';

export interface LaneStep {
  id: string;
  name: string;
  fork: boolean;
  state: 'todo' | 'done' | 'current';
}

/** One process on the board. */
export interface Lane {
  process: ProcessId;
  name: string;
  status: LaneStatus;
  steps: LaneStep[];
  /** Position on the active stack (0 = entry process), or null when not active. */
  depth: number | null;
  caller: ProcessId | null;
}

export interface BoardModel {
  phase: Phase;
  /** The lanes in board order (see boardOrder). */
  lanes: Lane[];
  /** The active processes, outermost first. */
  stack: StackEntry[];
  /** The innermost active process: the one that takes the next decision. */
  top: StackEntry | null;
  route: ProcessId[];
  card: { callType: CallTypeId | null; priority: number | null };
  /** 'workflow fulfilled' once the call is done. */
  fulfilled: boolean;
}

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

/**
 * The order of the lanes: every fork points down the board. Processes are sorted by the length of the
 * longest chain of triggers they can start (Improve … Operate), ties in PROCESS_IDS order.
 */
export function boardOrder(): ProcessId[] {
  const reach = new Map<ProcessId, number>();
  const longest = (p: ProcessId): number => {
    if (!reach.has(p)) reach.set(p, Math.max(0, ...triggerableFrom(p).map((t) => 1 + longest(t))));
    return reach.get(p)!;
  };
  return [...PROCESS_IDS].sort((a, b) => longest(b) - longest(a) || PROCESS_IDS.indexOf(a) - PROCESS_IDS.indexOf(b));
}

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

/** One moment of a played call: the event sent, whether it was accepted, and the board after it. */
export interface Frame {
  /** null for the first frame (the call just arrived). */
  event: LearnerEvent | null;
  accepted: boolean;
  /** The refusal's reason, when the event was refused (`message` as a code, `reason` its English). */
  message: EngineMessage | null;
  reason: string | null;
  /** Who refused it: a process, or the call itself. */
  refusedBy: ProcessId | 'call' | null;
  /** The innermost process before the event (who received it). */
  at: ProcessId | null;
  board: BoardModel;
  /** The path drawn so far, up to and including this frame. */
  path: PathSegment[];
  /** The statechart after the event, with the states it entered marked (null before the engine loads). */
  chart: ChartMachine | null;
  /** The call's context after the event (call type, priority, reveals, hints, refusals). */
  context: CallContext;
}

/** Where a refused move was tried: the lane it aimed at (send, trigger), the process that was asked to move, or the card. */
export function refusalPlace(frame: Frame): ProcessId | 'card' | null {
  if (frame.accepted || !frame.event) return null;
  const e = frame.event;
  if (e.type === 'SEND_TO' || e.type === 'TRIGGER') return e.process;
  if (e.type === 'ADVANCE' || e.type === 'FINISH') return frame.at ?? 'card';
  return 'card';
}

/** The context of a call that has just arrived (what the call machine starts from). */
export function arrivingContext(mode: CallContext['mode'] = 'practice', scenarioId: string | null = null): CallContext {
  return {
    mode,
    scenarioId,
    callType: null,
    impact: null,
    urgency: null,
    revealed: [],
    hintsUsed: 0,
    illegalMoves: 0,
    refusals: [],
    log: [],
    route: [],
    workflow: null,
    outcome: null,
  };
}

/** The board of a call that has just arrived: every lane idle, the card at intake. */
export function arrivingBoard(): BoardModel {
  const lanes = ORDER.map((process): Lane => ({
    process,
    name: PROCESSES[process].name,
    status: 'idle',
    depth: null,
    caller: null,
    steps: PROCESSES[process].steps.map((s) => ({
      id: s.id,
      name: s.name,
      fork: s.fork === true,
      state: 'todo' as const,
    })),
  }));
  return {
    phase: 'intake',
    lanes,
    stack: [],
    top: null,
    route: [],
    card: { callType: null, priority: null },
    fulfilled: false,
  };
}

/** The first frame of a call, drawn before the engine has loaded (its statechart follows with the engine). */
export function arrivingFrame(mode: CallContext['mode'] = 'practice', scenarioId: string | null = null): Frame {
  return {
    event: null,
    accepted: true,
    message: null,
    reason: null,
    refusedBy: null,
    at: null,
    board: arrivingBoard(),
    path: [],
    chart: null,
    context: arrivingContext(mode, scenarioId),
  };
}

/** What to grade, from the last frame of a call. */
export function attemptOfFrame(frame: Frame): Attempt {
  const c = frame.context;
  return {
    callType: c.callType ?? '',
    route: frame.board.route,
    ...(c.impact && c.urgency ? { impact: c.impact, urgency: c.urgency } : {}),
    illegalMoves: c.illegalMoves,
    hintsUsed: c.hintsUsed,
  };
}

/** Decisions that undo steps back over (reveals and hints are not undone). */
const DECISIONS = new Set(['CLASSIFY', 'SET_PRIORITY', 'SEND_TO', 'ADVANCE', 'TRIGGER', 'FINISH']);

/**
 * Undo: the events to keep when the last accepted decision (and any refused moves after it) is dropped,
 * or null when there is nothing to undo. frames[i + 1] is the frame after events[i].
 */
export function undoEvents(frames: readonly Frame[], events: readonly LearnerEvent[]): LearnerEvent[] | null {
  for (let i = frames.length - 1; i >= 1; i--) {
    const f = frames[i]!;
    if (f.accepted && DECISIONS.has(f.event!.type)) return events.slice(0, i - 1);
  }
  return null;
}

/** The frames that changed the board or were refused (reveals and hints are left out of a replay). */
export function replayFrames(frames: readonly Frame[]): Frame[] {
  return frames.filter(
    (f, i) => i === 0 || !f.accepted || (f.event!.type !== 'REVEAL_FACT' && f.event!.type !== 'HINT'),
  );
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
