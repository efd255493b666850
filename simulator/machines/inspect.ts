/**
 * Reading a running call: the stack of active processes (the actor tree), each with its current step,
 * and the attempt to grade. Works on any snapshot; no DOM.
 */
import type { AnyActorRef, SnapshotFrom } from 'xstate';
import { PROCESSES, type ProcessId } from '../usm.ts';
import type { Attempt } from '../grade.ts';
import type { callMachine } from './call.machine.ts';
import type { ProcessContext } from './process.machine.ts';
import { CALL_PROCESS_ID, TRIGGERED_PROCESS_ID } from './events.ts';

export type CallSnapshot = SnapshotFrom<typeof callMachine>;

export interface ActiveProcess {
  process: ProcessId;
  depth: number;
  /** The machine state: working | atFork | running_<process> | closing | fulfilled. */
  state: string;
  step: number;
  stepName: string;
  /** This process and the processes it has triggered so far. */
  route: ProcessId[];
}

/** The processes now active, outermost first (the entry process, then what it triggered, …). */
export function processStack(snapshot: CallSnapshot): ActiveProcess[] {
  const stack: ActiveProcess[] = [];
  let ref = (snapshot.children as Record<string, AnyActorRef | undefined>)[CALL_PROCESS_ID];
  while (ref) {
    const snap = ref.getSnapshot() as {
      context: ProcessContext;
      value: string;
      status: string;
      children: Record<string, AnyActorRef | undefined>;
    };
    if (snap.status !== 'active' && snap.status !== 'done') break;
    const { process, depth, step } = snap.context;
    stack.push({
      process,
      depth,
      state: String(snap.value),
      step,
      stepName: PROCESSES[process].steps[step]!.name,
      route: snap.context.route,
    });
    ref = snap.children[TRIGGERED_PROCESS_ID];
  }
  return stack;
}

/** The route so far: finished triggered processes (in their caller's route) plus the active ones. */
export function routeSoFar(stack: readonly ActiveProcess[]): ProcessId[] {
  if (stack.length === 0) return [];
  const [head, ...rest] = stack;
  return rest.length > 0 ? [head!.process, ...routeSoFar(rest)] : [...head!.route];
}

/** The attempt to grade, from a finished (or unfinished) call. */
export function attemptOf(snapshot: CallSnapshot): Attempt {
  const c = snapshot.context;
  const route = snapshot.status === 'done' ? c.route : routeSoFar(processStack(snapshot));
  return {
    callType: c.callType ?? '',
    route,
    ...(c.impact && c.urgency ? { impact: c.impact, urgency: c.urgency } : {}),
    illegalMoves: c.illegalMoves,
    hintsUsed: c.hintsUsed,
  };
}
