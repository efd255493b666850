/**
 * A call for an island: the learner's events and the frames they give (simulator/board-replay.ts plays
 * them through a fresh call machine; the machine is deterministic, so the events are the whole state).
 * Undo and reset edit the event list. The engine (XState and the machines) loads on the learner's first
 * move, or at once when `eager` (a statechart open from the start); until then the board draws the
 * arriving call from the model alone. View state only; the rules stay in the machine.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { arrivingFrame, undoEvents, type Frame } from '#engine/model';
import type { LearnerEvent, Mode } from '#engine/model';

type Runtime = typeof import('#engine/machines');
let runtime: Runtime | null = null;
let loading: Promise<Runtime> | null = null;

function loadRuntime(): Promise<Runtime> {
  loading ??= import('#engine/machines').then((m) => (runtime = m));
  return loading;
}

export function useCall(mode: Mode, scenarioId?: string, eager = false) {
  const [events, setEvents] = useState<LearnerEvent[]>([]);
  const [engine, setEngine] = useState<Runtime | null>(runtime);
  const load = () => {
    if (!engine) void loadRuntime().then(setEngine);
  };
  useEffect(() => {
    if (eager) load();
  }, [eager]);
  const frames: Frame[] = useMemo(
    () => (engine ? engine.replay(events, { mode, scenarioId }) : [arrivingFrame(mode, scenarioId ?? null)]),
    [engine, events],
  );
  // Development only (`npm run dev`, then ?inspect): the same events, also sent to a live actor that
  // @statelyai/inspect shows. Production builds leave this branch out.
  useEffect(() => {
    if (!import.meta.env.DEV || !new URLSearchParams(location.search).has('inspect')) return;
    void Promise.all([import('@statelyai/inspect'), import('xstate'), import('#engine/machines')]).then(
      ([{ createBrowserInspector }, { createActor }, { callMachine }]) => {
        const actor = createActor(callMachine, {
          input: { mode, scenarioId },
          inspect: createBrowserInspector().inspect,
        }).start();
        for (const e of events) actor.send(e);
      },
    );
  }, [events]);
  const pending = !engine && events.length > 0;
  const undone = engine ? undoEvents(frames, events) : null;
  return {
    frames,
    /** Events were sent and the engine is still loading. */
    pending,
    load,
    send(e: LearnerEvent) {
      load();
      setEvents((list) => [...list, e]);
    },
    /** Drops the last accepted decision (and any refused moves after it) and replays the rest. */
    undo() {
      if (undone) setEvents(undone);
    },
    reset() {
      setEvents([]);
    },
    canUndo: undone !== null,
  };
}
