/**
 * The frames of a played call: one per event (the board after it, the refusal, the statechart), the first
 * frame drawn before the engine loads, undo, and what to grade. `board-replay.ts` makes them from a call
 * machine; `board.ts` re-exports this module.
 */
import type { EngineMessage } from './messages.ts';
import { PROCESSES, type ProcessId } from './usm.ts';
import { arrivingContext, type CallContext } from './machines/call-context.ts';
import type { LearnerEvent } from './machines/events.ts';
import type { Attempt } from './grade.ts';
import type { ChartMachine } from './statechart.ts';
import { boardOrder, type BoardModel, type Lane, type PathSegment } from './board-shape.ts';

const ORDER = boardOrder();

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
