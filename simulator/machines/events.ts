/**
 * Events the learner (or a test) sends to a call, and the replies a process sends up: every forwarded move
 * is answered by the process that handled it, ACCEPTED or REFUSED (with the rule as a message code).
 */
import type { CallTypeId, Impact, ProcessId, Urgency } from '../usm.ts';
import type { MisconceptionId } from '../misconceptions.ts';
import type { EngineMessage } from '../messages.ts';

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

/** The moves the call hands to the running process (the others it handles itself). */
export const FORWARDED = ['ADVANCE', 'TRIGGER', 'FINISH'] as const;
export type ForwardedEvent = Extract<LearnerEvent, { type: (typeof FORWARDED)[number] }>;

export interface Refusal {
  /** The event that was refused, as sent. */
  event: LearnerEvent;
  /** Which process refused it, or 'call' for the call itself. */
  by: ProcessId | 'call';
  /** The rule, as a message code (format it with a dictionary). */
  message: EngineMessage;
  /** The rule in English (PRODUCT.md §3's readable default). */
  reason: string;
  misconception?: MisconceptionId;
}

/** A process refused a forwarded move. */
export type RefusedEvent = { type: 'REFUSED'; refusal: Refusal };
/** A process took a forwarded move. */
export type AcceptedEvent = { type: 'ACCEPTED'; event: ForwardedEvent; by: ProcessId };
export type ReplyEvent = AcceptedEvent | RefusedEvent;

/** The invoke id of the process a call runs (the entry process), read by inspect.ts and the board. */
export const CALL_PROCESS_ID = 'process';
/** The invoke id of the process a process triggered at its fork. */
export const TRIGGERED_PROCESS_ID = 'child';
