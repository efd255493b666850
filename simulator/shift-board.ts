/**
 * The Shift beside the board: where each call in the queue came from. A planned call comes from a
 * customer; a follow-up comes from the process that raised it (Operate's monitoring, or the Evaluate &
 * close of the process that ended the call it follows); an ignored risk turns into an incident.
 */
import { PROCESSES, PROCESS_WITHOUT_FORK, isProcessId, type ProcessId } from './usm.ts';
import type { CallSource, ShiftCall, ShiftState } from './shift.ts';

export interface CallOrigin {
  source: CallSource;
  /** The process that raised it (null for a customer's call or an ignored risk). */
  process: ProcessId | null;
  /** The step of that process which raised it (its English name; `stepId` names it in any language). */
  step: string | null;
  stepId: string | null;
  /** The call it follows, if any. */
  from: ShiftCall | null;
}

/** Operate monitors the service systems; its monitoring is logged while it executes its activities. */
const MONITORING: ProcessId = PROCESS_WITHOUT_FORK;

export function originOf(call: ShiftCall, state: ShiftState): CallOrigin {
  const from = call.from ? (state.calls.find((c) => c.id === call.from) ?? null) : null;
  if (call.source === 'monitoring') {
    const step = PROCESSES[MONITORING].steps.find((s) => s.id === 'execute') ?? null;
    return { source: call.source, process: MONITORING, step: step?.name ?? null, stepId: step?.id ?? null, from };
  }
  if (call.source === 'improvement') {
    const closer = from?.route?.[0];
    const process = closer && isProcessId(closer) ? closer : null;
    const step = process ? PROCESSES[process].steps.at(-1)! : null;
    return { source: call.source, process, step: step?.name ?? null, stepId: step?.id ?? null, from };
  }
  return { source: call.source, process: null, step: null, stepId: null, from };
}

/** Calls that arrived at the current clock minute (to mark them as new in the queue). */
export function justArrived(state: ShiftState, before: ShiftState | null): string[] {
  if (!before) return [];
  const was = new Set(before.calls.filter((c) => c.status === 'open').map((c) => c.id));
  return state.calls.filter((c) => c.status === 'open' && !was.has(c.id)).map((c) => c.id);
}
