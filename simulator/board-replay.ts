/**
 * Replay: plays a call's events through a fresh call machine and keeps one frame per event (the board,
 * the path so far, the statechart with the states just entered, the refusal and where it was tried).
 * The machine is deterministic, so the events are the whole state of a call.
 */
import { createActor } from 'xstate';
import { callMachine } from './machines/call.machine.ts';
import type { LearnerEvent } from './machines/events.ts';
import { boardOf, segmentsBetween, type Frame } from './board.ts';
import { activeIds, statechartOf } from './statechart.ts';

/** Plays events through a fresh call machine and returns one frame per event (plus the start). */
export function replay(
  events: readonly LearnerEvent[],
  input: { mode?: 'practice' | 'assessment' | 'sandbox'; scenarioId?: string } = {},
): Frame[] {
  const actor = createActor(callMachine, { input }).start();
  let snapshot = actor.getSnapshot();
  let board = boardOf(snapshot);
  let chart = statechartOf(snapshot);
  const frames: Frame[] = [
    {
      event: null,
      accepted: true,
      message: null,
      reason: null,
      refusedBy: null,
      at: null,
      board,
      path: [],
      chart,
      context: snapshot.context,
    },
  ];
  for (const event of events) {
    if (snapshot.status === 'done') break;
    const refusalsBefore = snapshot.context.refusals.length;
    actor.send(event);
    const next = actor.getSnapshot();
    const nextBoard = boardOf(next);
    const refusal = next.context.refusals.length > refusalsBefore ? next.context.refusals.at(-1)! : null;
    const path = [...frames.at(-1)!.path, ...segmentsBetween(board, nextBoard)];
    chart = statechartOf(next, activeIds(chart));
    frames.push({
      event,
      accepted: !refusal,
      message: refusal?.message ?? null,
      reason: refusal?.reason ?? null,
      refusedBy: refusal?.by ?? null,
      at: board.top?.process ?? null,
      board: nextBoard,
      path,
      chart,
      context: next.context,
    });
    snapshot = next;
    board = nextBoard;
  }
  actor.stop();
  return frames;
}
