/**
 * A call from intake to 'workflow fulfilled'. The learner classifies the call and sends it to a process;
 * the process runs as an invoked child, which may invoke the processes it triggers (the actor tree is
 * the stack of active processes). Moves USM does not allow are refused with a reason and counted.
 */
import { assign, sendTo, setup } from 'xstate';
import { CALL_TYPES, PROCESSES, PROCESS_IDS, entryProcessOf, workflowOf, type CallTypeId, type Impact, type ProcessId, type Urgency, type WorkflowNumber } from '../usm.ts';
import { MISCONCEPTIONS } from '../misconceptions.ts';
import { withArticle } from '../text.ts';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
import { PROCESS_MACHINES } from './family.ts';
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
}

export interface CallOutput {
  callType: CallTypeId | null;
  route: ProcessId[];
  workflow: WorkflowNumber | null;
  impact: Impact | null;
  urgency: Urgency | null;
  illegalMoves: number;
  hintsUsed: number;
}

type CallEvent = LearnerEvent | RefusedEvent;

const logged = (accepted: boolean, reason?: string) =>
  assign({ log: ({ context, event }: { context: CallContext; event: CallEvent }) => (event.type === 'REFUSED' ? context.log : [...context.log, { event, accepted, reason }]) });

const refuse = (reason: (ctx: CallContext, event: LearnerEvent) => string, misconception?: Refusal['misconception']) =>
  assign(({ context, event }: { context: CallContext; event: CallEvent }) => {
    const e = event as LearnerEvent;
    const refusal: Refusal = { by: 'call', event: e, reason: reason(context, e), misconception };
    return { illegalMoves: context.illegalMoves + 1, refusals: [...context.refusals, refusal], log: [...context.log, { event: e, accepted: false, reason: refusal.reason }] };
  });

const forward = { actions: [sendTo('process', ({ event }: { event: CallEvent }) => event), logged(true)] };

export const callMachine = setup({
  types: {} as { context: CallContext; events: CallEvent; input: CallInput; output: CallOutput },
  actors: PROCESS_MACHINES,
  guards: {
    /** USM rule: each call type starts exactly one process (wish → Agree, rfc → Change, …). */
    callTypeStartsThisProcess: ({ context, event }, params: { process: ProcessId }) =>
      event.type === 'SEND_TO' && event.process === params.process && context.callType !== null && entryProcessOf(context.callType) === params.process,
    callIsClassified: ({ context }) => context.callType !== null,
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
  }),
  on: {
    REVEAL_FACT: { actions: [assign({ revealed: ({ context, event }) => (context.revealed.includes(event.index) ? context.revealed : [...context.revealed, event.index]) }), logged(true)] },
    HINT: { actions: [assign({ hintsUsed: ({ context }) => context.hintsUsed + 1 }), logged(true)] },
  },
  initial: 'intake',
  states: {
    intake: {
      on: {
        CLASSIFY: { actions: [assign({ callType: ({ event }) => event.callType }), logged(true)] },
        SET_PRIORITY: { actions: [assign({ impact: ({ event }) => event.impact, urgency: ({ event }) => event.urgency }), logged(true)] },
        SEND_TO: [
          { guard: ({ context }) => context.callType === null, actions: refuse(() => 'Classify the call first: the call type decides which process takes it.') },
          ...PROCESS_IDS.map((p) => ({ guard: { type: 'callTypeStartsThisProcess' as const, params: { process: p } }, target: `processing.${p}`, actions: logged(true) })),
          {
            actions: refuse(
              (ctx, e) => `${capital(withArticle(CALL_TYPES[ctx.callType!].name.toLowerCase()))} starts ${PROCESSES[entryProcessOf(ctx.callType!)].name}, not ${e.type === 'SEND_TO' ? PROCESSES[e.process].name : '?'}. ${MISCONCEPTIONS['wrong-entry-process'].rule}`,
              'wrong-entry-process',
            ),
          },
        ],
        ADVANCE: { actions: refuse(() => 'Send the call to a process first.') },
        TRIGGER: { actions: refuse(() => 'Send the call to a process first; only a running process can trigger another at its fork.') },
        FINISH: { actions: refuse(() => 'Send the call to a process first.') },
      },
    },
    processing: {
      // Always entered through one of its children (processing.<entry process>).
      initial: 'agree',
      on: {
        ADVANCE: forward,
        TRIGGER: forward,
        FINISH: forward,
        REFUSED: {
          actions: assign(({ context, event }) => {
            const last = context.log.at(-1);
            // A refusal answers the event forwarded last: mark that log entry as refused.
            const log = last && last.event.type === event.refusal.event.type ? [...context.log.slice(0, -1), { ...last, accepted: false, reason: event.refusal.reason }] : context.log;
            return { illegalMoves: context.illegalMoves + 1, refusals: [...context.refusals, event.refusal], log };
          }),
        },
        CLASSIFY: { actions: refuse(() => 'The call is already with a process; undo to reclassify it.') },
        SEND_TO: { actions: refuse(() => 'The call is already with a process.') },
        SET_PRIORITY: { actions: [assign({ impact: ({ event }) => event.impact, urgency: ({ event }) => event.urgency }), logged(true)] },
      },
      states: Object.fromEntries(
        PROCESS_IDS.map((p) => [
          p,
          {
            invoke: {
              id: 'process',
              src: p,
              input: { process: p, depth: 0 },
              onDone: {
                target: '#call.fulfilled',
                actions: assign({
                  route: ({ event }: { event: { output: ProcessOutput } }) => event.output.route,
                  workflow: ({ event }: { event: { output: ProcessOutput } }) => workflowOf(event.output.route),
                }),
              },
            },
          },
        ]),
      ) as never,
    },
    fulfilled: { type: 'final' },
  },
  output: ({ context }) => ({
    callType: context.callType,
    route: context.route,
    workflow: context.workflow,
    impact: context.impact,
    urgency: context.urgency,
    illegalMoves: context.illegalMoves,
    hintsUsed: context.hintsUsed,
  }),
});
