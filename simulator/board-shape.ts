/**
 * The board's shape: the data a board model is made of (lanes, steps, the stack, the path) and the order of
 * the lanes. `board.ts` re-exports it with the model of a snapshot (`boardOf`).
 */
import { PROCESS_IDS, triggerableFrom, type CallTypeId, type ProcessId } from './usm.ts';

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
