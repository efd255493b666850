/**
 * A running call for an island: the XState actor, its snapshot, and undo/reset by replaying the event
 * list (the machine is deterministic, so the events are the whole state). View state only; the rules
 * stay in the machine.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createActor, type Actor, type ActorOptions, type AnyActorLogic } from 'xstate';
import { callMachine, type CallSnapshot, type LearnerEvent, type Mode } from '../../simulator/engine.ts';

type Inspect = NonNullable<ActorOptions<AnyActorLogic>['inspect']>;

function start(mode: Mode, scenarioId: string | undefined, events: LearnerEvent[], inspect?: Inspect): Actor<typeof callMachine> {
  const actor = createActor(callMachine, { input: { mode, scenarioId }, ...(inspect ? { inspect } : {}) }).start();
  for (const e of events) actor.send(e);
  return actor;
}

/** Decisions that undo steps back over (reveals and hints are not undone). */
const DECISIONS = new Set(['CLASSIFY', 'SET_PRIORITY', 'SEND_TO', 'ADVANCE', 'TRIGGER', 'FINISH']);

export function useCall(mode: Mode, scenarioId?: string) {
  const events = useRef<LearnerEvent[]>([]);
  const inspect = useRef<Inspect | undefined>(undefined);
  const [actor, setActor] = useState(() => start(mode, scenarioId, []));
  const [snapshot, setSnapshot] = useState<CallSnapshot>(() => actor.getSnapshot());

  useEffect(() => {
    const sub = actor.subscribe((s) => setSnapshot(s));
    setSnapshot(actor.getSnapshot());
    return () => sub.unsubscribe();
  }, [actor]);

  // Development only (`npm run dev`, then ?inspect): opens @statelyai/inspect. Production builds
  // leave this branch out, so the inspector is never shipped.
  useEffect(() => {
    if (!import.meta.env.DEV || !new URLSearchParams(location.search).has('inspect')) return;
    void import('@statelyai/inspect').then(({ createBrowserInspector }) => {
      inspect.current = createBrowserInspector().inspect;
      setActor(start(mode, scenarioId, events.current, inspect.current));
    });
  }, []);

  const replace = (list: LearnerEvent[]) => {
    actor.stop();
    events.current = list;
    setActor(start(mode, scenarioId, list, inspect.current));
  };

  return useMemo(
    () => ({
      snapshot,
      events: events.current,
      send(e: LearnerEvent) {
        events.current = [...events.current, e];
        actor.send(e);
      },
      /** Drops the last accepted decision (and any refused moves after it) and replays the rest. */
      undo() {
        // The log has one entry per event sent, in order, until the call is fulfilled.
        const log = snapshot.context.log;
        let cut = -1;
        for (let i = log.length - 1; i >= 0; i--) {
          if (DECISIONS.has(log[i]!.event.type) && log[i]!.accepted) {
            cut = i;
            break;
          }
        }
        if (cut >= 0) replace(events.current.slice(0, cut));
      },
      reset() {
        replace([]);
      },
      canUndo: snapshot.context.log.some((l) => DECISIONS.has(l.event.type) && l.accepted),
    }),
    [snapshot, actor],
  );
}
