/** Events the learner (or a test) sends to a call, and the refusal a process reports upward. */
import type { CallTypeId, Impact, ProcessId, Urgency } from '../usm.ts';
import type { MisconceptionId } from '../misconceptions.ts';

export type LearnerEvent =
  | { type: 'REVEAL_FACT'; index: number }
  | { type: 'HINT' }
  | { type: 'CLASSIFY'; callType: CallTypeId }
  | { type: 'SET_PRIORITY'; impact: Impact; urgency: Urgency }
  | { type: 'SEND_TO'; process: ProcessId }
  /** Move the active process to its next decision point (its fork, or its close). */
  | { type: 'ADVANCE' }
  /** At a fork: trigger another process (the artifact follows from the target). */
  | { type: 'TRIGGER'; process: ProcessId }
  /** At a fork: end the process without triggering anything. */
  | { type: 'FINISH' };

export interface Refusal {
  /** The event that was refused, as sent. */
  event: LearnerEvent;
  /** Which process refused it, or 'call' for the call itself. */
  by: ProcessId | 'call';
  reason: string;
  misconception?: MisconceptionId;
}

export type RefusedEvent = { type: 'REFUSED'; refusal: Refusal };

export const FORWARDED = ['ADVANCE', 'TRIGGER', 'FINISH'] as const;
