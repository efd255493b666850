/**
 * A call from intake to 'workflow fulfilled'. The learner classifies the call and sends it to a process;
 * the process runs as an invoked child, which may invoke the processes it triggers (the actor tree is
 * the stack of active processes). Moves USM does not allow are refused with a reason and counted.
 */
import { assertEvent, assign, sendTo, setup, type DoneActorEvent } from 'xstate';
import { PROCESS_IDS, entryProcessOf, routeOutcome, type ProcessId } from '../usm.ts';
import { msg, term, type EngineMessage } from '../messages.ts';
import { processMachines } from './family.ts';
import { refusalOf, type ProcessOutput } from './process.machine.ts';
import { CALL_PROCESS_ID, type LearnerEvent, type Refusal, type ReplyEvent } from './events.ts';
import { arrivingContext, type CallContext, type CallInput, type CallOutput, type LogEntry } from './call-context.ts';

export type { Mode, CallInput, LogEntry, CallContext, CallOutput } from './call-context.ts';

type CallEvent = LearnerEvent | ReplyEvent;

interface RefuseParams {
  message: EngineMessage;
  misconception?: Refusal['misconception'];
}

const refusedEntry = (r: Refusal): LogEntry => ({
  event: r.event,
  accepted: false,
  message: r.message,
  reason: r.reason,
});

export const callMachine = setup({
  types: {} as { context: CallContext; events: CallEvent; input: CallInput; output: CallOutput },
  actors: processMachines(),
  guards: {
    /** USM rule: each call type starts exactly one process (wish → Agree, rfc → Change, …). */
    callTypeStartsThisProcess: ({ context, event }, params: { process: ProcessId }) =>
      event.type === 'SEND_TO' &&
      event.process === params.process &&
      context.callType !== null &&
      entryProcessOf(context.callType) === params.process,
    callIsNotClassified: ({ context }) => context.callType === null,
  },
  actions: {
    /** Appends a move the call took itself to the log. */
    recordAccepted: assign({
      log: ({ context, event }) => {
        assertEvent(event, ['REVEAL_FACT', 'HINT', 'CLASSIFY', 'SET_PRIORITY', 'SEND_TO']);
        return [...context.log, { event, accepted: true }];
      },
    }),
    /** The running process took a forwarded move (its ACCEPTED reply): log it. */
    recordProcessAccepted: assign({
      log: ({ context, event }) => {
        assertEvent(event, 'ACCEPTED');
        return [...context.log, { event: event.event, accepted: true }];
      },
    }),
    /** Refuses the learner's event at the call level, with the rule, and counts it. */
    refuse: assign(({ context, event }, params: RefuseParams) => {
      assertEvent(event, ['CLASSIFY', 'SEND_TO', 'ADVANCE', 'TRIGGER', 'FINISH']);
      const refusal = refusalOf('call', event, params.message, params.misconception);
      return {
        illegalMoves: context.illegalMoves + 1,
        refusals: [...context.refusals, refusal],
        log: [...context.log, refusedEntry(refusal)],
      };
    }),
    /** A process refused a forwarded move (its REFUSED reply): log it and count it. */
    recordProcessRefusal: assign(({ context, event }) => {
      assertEvent(event, 'REFUSED');
      return {
        illegalMoves: context.illegalMoves + 1,
        refusals: [...context.refusals, event.refusal],
        log: [...context.log, refusedEntry(event.refusal)],
      };
    }),
    forwardToProcess: sendTo(CALL_PROCESS_ID, ({ event }) => {
      assertEvent(event, ['ADVANCE', 'TRIGGER', 'FINISH']);
      return event;
    }),
    setCallType: assign({
      callType: ({ event }) => {
        assertEvent(event, 'CLASSIFY');
        return event.callType;
      },
    }),
    setPriority: assign(({ event }) => {
      assertEvent(event, 'SET_PRIORITY');
      return { impact: event.impact, urgency: event.urgency };
    }),
    reveal: assign({
      revealed: ({ context, event }) => {
        assertEvent(event, 'REVEAL_FACT');
        return context.revealed.includes(event.index) ? context.revealed : [...context.revealed, event.index];
      },
    }),
    countHint: assign({ hintsUsed: ({ context }) => context.hintsUsed + 1 }),
    /** The entry process is fulfilled: its route and outcome are the call's. */
    recordRoute: assign(({ event }) => {
      const { route, outcome } = (event as unknown as DoneActorEvent<ProcessOutput>).output;
      return { route, workflow: routeOutcome(route)?.workflow ?? null, outcome };
    }),
  },
}).createMachine({
  id: 'call',
  context: ({ input }) => arrivingContext(input.mode, input.scenarioId),
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
          {
            guard: 'callIsNotClassified',
            actions: { type: 'refuse', params: { message: msg('refuse.classifyFirst') } },
          },
          ...PROCESS_IDS.map((p) => ({
            guard: { type: 'callTypeStartsThisProcess' as const, params: { process: p } },
            target: `processing.${p}`,
            actions: 'recordAccepted' as const,
          })),
          {
            actions: {
              type: 'refuse',
              params: ({ context, event }) => {
                assertEvent(event, 'SEND_TO');
                const callType = context.callType!;
                const rule = term('misconception.wrong-entry-process.rule');
                return {
                  message: msg('refuse.wrongEntry', {
                    callType: term(`callType.A.${callType}`),
                    entry: term(`process.${entryProcessOf(callType)}`),
                    process: term(`process.${event.process}`),
                    rule,
                  }),
                  misconception: 'wrong-entry-process' as const,
                };
              },
            },
          },
        ],
        ADVANCE: { actions: { type: 'refuse', params: { message: msg('refuse.sendFirst') } } },
        TRIGGER: { actions: { type: 'refuse', params: { message: msg('refuse.sendFirst.trigger') } } },
        FINISH: { actions: { type: 'refuse', params: { message: msg('refuse.sendFirst') } } },
      },
    },
    processing: {
      // Always entered through one of its children (processing.<entry process>): one per process, from the model.
      initial: PROCESS_IDS[0],
      on: {
        ADVANCE: { actions: 'forwardToProcess' },
        TRIGGER: { actions: 'forwardToProcess' },
        FINISH: { actions: 'forwardToProcess' },
        ACCEPTED: { actions: 'recordProcessAccepted' },
        REFUSED: { actions: 'recordProcessRefusal' },
        CLASSIFY: { actions: { type: 'refuse', params: { message: msg('refuse.withProcess.classify') } } },
        SEND_TO: { actions: { type: 'refuse', params: { message: msg('refuse.withProcess') } } },
        SET_PRIORITY: { actions: ['setPriority', 'recordAccepted'] },
      },
      states: Object.fromEntries(
        PROCESS_IDS.map((p) => [
          p,
          {
            invoke: {
              id: CALL_PROCESS_ID,
              src: p,
              input: { process: p, depth: 0 },
              onDone: { target: '#call.fulfilled', actions: 'recordRoute' as const },
            },
          },
        ]),
      ),
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
