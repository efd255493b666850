/**
 * A call from intake to 'workflow fulfilled'. The learner classifies the call and sends it to a process;
 * the process runs as an invoked child, which may invoke the processes it triggers (the actor tree is
 * the stack of active processes). Moves USM does not allow are refused with a reason and counted.
 */
import { assign, sendTo, setup } from 'xstate';
import { CALL_TYPES, PROCESSES, PROCESS_IDS, entryProcessOf, routeOutcome, type CallTypeId, type OutcomeId, type Impact, type ProcessId, type Urgency, type WorkflowNumber } from '../usm.ts';
import { MISCONCEPTIONS } from '../misconceptions.ts';
import { withArticle } from '../text.ts';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
import { processMachines } from './family.ts';
import type { LearnerEvent, Refusal, RefusedEvent } from './events.ts';
import type { ProcessOutput } from './process.machine.ts';

export type Mode = 'practice' | 'assessment' | 'sandbox';

export interface CallInput {
  mode?: Mode;
  scenarioId?: string;
}

export interface LogEntry {
  event: LearnerEvent;
  accepted: boolean;
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

type CallEvent = LearnerEvent | RefusedEvent;

interface RefuseParams {
  reason: string;
  misconception?: Refusal['misconception'];
}

const capitalCallType = (c: CallTypeId) => capital(withArticle(CALL_TYPES[c].name.toLowerCase()));

export const callMachine = setup({
  types: {} as { context: CallContext; events: CallEvent; input: CallInput; output: CallOutput },
  actors: processMachines(),
  guards: {
    /** USM rule: each call type starts exactly one process (wish → Agree, rfc → Change, …). */
    callTypeStartsThisProcess: ({ context, event }, params: { process: ProcessId }) =>
      event.type === 'SEND_TO' && event.process === params.process && context.callType !== null && entryProcessOf(context.callType) === params.process,
    callIsNotClassified: ({ context }) => context.callType === null,
  },
  actions: {
    /** Appends the learner's event to the log as accepted. */
    recordAccepted: assign({ log: ({ context, event }) => (event.type === 'REFUSED' ? context.log : [...context.log, { event, accepted: true }]) }),
    /** Refuses the learner's event at the call level, with the reason, and counts it. */
    refuse: assign(({ context, event }, params: RefuseParams) => {
      const e = event as LearnerEvent;
      const refusal: Refusal = { by: 'call', event: e, reason: params.reason, misconception: params.misconception };
      return { illegalMoves: context.illegalMoves + 1, refusals: [...context.refusals, refusal], log: [...context.log, { event: e, accepted: false, reason: params.reason }] };
    }),
    /** A process refused the event forwarded last: mark that log entry as refused and count it. */
    recordProcessRefusal: assign(({ context, event }) => {
      if (event.type !== 'REFUSED') return {};
      const last = context.log.at(-1);
      const log = last && last.event.type === event.refusal.event.type ? [...context.log.slice(0, -1), { ...last, accepted: false, reason: event.refusal.reason }] : context.log;
      return { illegalMoves: context.illegalMoves + 1, refusals: [...context.refusals, event.refusal], log };
    }),
    forwardToProcess: sendTo('process', ({ event }) => event),
    setCallType: assign({ callType: ({ context, event }) => (event.type === 'CLASSIFY' ? event.callType : context.callType) }),
    setPriority: assign(({ event }) => (event.type === 'SET_PRIORITY' ? { impact: event.impact, urgency: event.urgency } : {})),
    reveal: assign({ revealed: ({ context, event }) => (event.type !== 'REVEAL_FACT' || context.revealed.includes(event.index) ? context.revealed : [...context.revealed, event.index]) }),
    countHint: assign({ hintsUsed: ({ context }) => context.hintsUsed + 1 }),
    recordRoute: assign(({ event }) => {
      const { route, outcome } = (event as unknown as { output: ProcessOutput }).output;
      return { route, workflow: routeOutcome(route)?.workflow ?? null, outcome };
    }),
  },
}).createMachine({
  id: 'call',
  context: ({ input }) => ({
    mode: input.mode ?? 'practice',
    scenarioId: input.scenarioId ?? null,
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
  }),
  on: {
    REVEAL_FACT: { actions: ['reveal', 'recordAccepted'] },
    HINT: { actions: ['countHint', 'recordAccepted'] },
  },
  initial: 'intake',
  states: {
    intake: {
      on: {
        CLASSIFY: { actions: ['setCallType', 'recordAccepted'] },
        SET_PRIORITY: { actions: ['setPriority', 'recordAccepted'] },
        SEND_TO: [
          { guard: 'callIsNotClassified', actions: { type: 'refuse', params: { reason: 'Classify the call first: the call type decides which process takes it.' } } },
          ...PROCESS_IDS.map((p) => ({ guard: { type: 'callTypeStartsThisProcess' as const, params: { process: p } }, target: `processing.${p}`, actions: 'recordAccepted' as const })),
          {
            actions: {
              type: 'refuse',
              params: ({ context, event }) => ({
                reason: `${capitalCallType(context.callType!)} starts ${PROCESSES[entryProcessOf(context.callType!)].name}, not ${PROCESSES[event.process].name}. ${MISCONCEPTIONS['wrong-entry-process'].rule}`,
                misconception: 'wrong-entry-process' as const,
              }),
            },
          },
        ],
        ADVANCE: { actions: { type: 'refuse', params: { reason: 'Send the call to a process first.' } } },
        TRIGGER: { actions: { type: 'refuse', params: { reason: 'Send the call to a process first; only a running process can trigger another at its fork.' } } },
        FINISH: { actions: { type: 'refuse', params: { reason: 'Send the call to a process first.' } } },
      },
    },
    processing: {
      // Always entered through one of its children (processing.<entry process>).
      initial: 'agree',
      on: {
        ADVANCE: { actions: ['forwardToProcess', 'recordAccepted'] },
        TRIGGER: { actions: ['forwardToProcess', 'recordAccepted'] },
        FINISH: { actions: ['forwardToProcess', 'recordAccepted'] },
        REFUSED: { actions: 'recordProcessRefusal' },
        CLASSIFY: { actions: { type: 'refuse', params: { reason: 'The call is already with a process; undo to reclassify it.' } } },
        SEND_TO: { actions: { type: 'refuse', params: { reason: 'The call is already with a process.' } } },
        SET_PRIORITY: { actions: ['setPriority', 'recordAccepted'] },
      },
      states: {
        agree: { invoke: { id: 'process', src: 'agree', input: { process: 'agree', depth: 0 }, onDone: { target: '#call.fulfilled', actions: 'recordRoute' } } },
        change: { invoke: { id: 'process', src: 'change', input: { process: 'change', depth: 0 }, onDone: { target: '#call.fulfilled', actions: 'recordRoute' } } },
        recover: { invoke: { id: 'process', src: 'recover', input: { process: 'recover', depth: 0 }, onDone: { target: '#call.fulfilled', actions: 'recordRoute' } } },
        operate: { invoke: { id: 'process', src: 'operate', input: { process: 'operate', depth: 0 }, onDone: { target: '#call.fulfilled', actions: 'recordRoute' } } },
        improve: { invoke: { id: 'process', src: 'improve', input: { process: 'improve', depth: 0 }, onDone: { target: '#call.fulfilled', actions: 'recordRoute' } } },
      },
    },
    fulfilled: { type: 'final' },
  },
  output: ({ context }) => ({
    callType: context.callType,
    route: context.route,
    workflow: context.workflow,
    outcome: context.outcome,
    impact: context.impact,
    urgency: context.urgency,
    illegalMoves: context.illegalMoves,
    hintsUsed: context.hintsUsed,
  }),
});
