/**
 * A call's data, apart from the machine that changes it (call.machine.ts, which needs XState): its input,
 * context and output, and the context of a call that has just arrived. The board draws an arriving call from
 * this alone (board-frames.ts), before XState loads.
 */
import type { CallTypeId, Impact, OutcomeId, ProcessId, Urgency, WorkflowNumber } from '../usm.ts';
import type { EngineMessage } from '../messages.ts';
import type { LearnerEvent, Refusal } from './events.ts';

export type Mode = 'practice' | 'assessment' | 'sandbox';

export interface CallInput {
  mode?: Mode;
  scenarioId?: string;
}

export interface LogEntry {
  event: LearnerEvent;
  accepted: boolean;
  /** Why it was refused, as a message code; `reason` is its English. */
  message?: EngineMessage;
  reason?: string;
}

export interface CallContext {
  mode: Mode;
  scenarioId: string | null;
  callType: CallTypeId | null;
  impact: Impact | null;
  urgency: Urgency | null;
  revealed: number[];
  hintsUsed: number;
  illegalMoves: number;
  refusals: Refusal[];
  log: LogEntry[];
  route: ProcessId[];
  workflow: WorkflowNumber | null;
  /** 'fulfilled', or the early close the call took (null while it runs). */
  outcome: OutcomeId | null;
}

export interface CallOutput {
  callType: CallTypeId | null;
  route: ProcessId[];
  workflow: WorkflowNumber | null;
  outcome: OutcomeId | null;
  impact: Impact | null;
  urgency: Urgency | null;
  illegalMoves: number;
  hintsUsed: number;
}

/** The context of a call that has just arrived: nothing classified, decided or logged yet. */
export function arrivingContext(mode: Mode = 'practice', scenarioId: string | null = null): CallContext {
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
