/**
 * One USM process as a machine, built from the model in usm.ts: its steps, and a fork state for each
 * process it may trigger. A triggered process is an invoked child; its completion (onDone) resumes the
 * caller at "Review delivery & feedback". The entry process ends 'workflow fulfilled', a triggered one
 * 'process fulfilled'. Every forwarded move is answered upward: ACCEPTED by the process that took it,
 * REFUSED (with the rule as a message code) by the process that may not.
 */
import { assertEvent, assign, sendParent, sendTo, setup, type AnyStateMachine, type DoneActorEvent } from 'xstate';
import {
  FORKS,
  PROCESSES,
  forkArtifact,
  processTriggeredBy,
  triggerableFrom,
  EARLY_CLOSES,
  earlyCloseOf,
  type OutcomeId,
  type ProcessId,
} from '../usm.ts';
import { misconceptionAt, refusedTriggerMisconception, type MisconceptionId } from '../misconceptions.ts';
import { list, msg, term, type EngineMessage } from '../messages.ts';
import { english } from '../messages-en.ts';
import {
  TRIGGERED_PROCESS_ID,
  type AcceptedEvent,
  type ForwardedEvent,
  type LearnerEvent,
  type ReplyEvent,
  type Refusal,
} from './events.ts';

export interface ProcessInput {
  process: ProcessId;
  /** 0 for the process that started the workflow. */
  depth: number;
}

export interface ProcessContext extends ProcessInput {
  /** Index into PROCESSES[process].steps of the current step. */
  step: number;
  /** This process and every process it triggered, in the order they were entered. */
  route: ProcessId[];
  /** 'fulfilled', or the early close it took (Agree closing at Negotiate without agreement). */
  outcome: OutcomeId;
}

export interface ProcessOutput {
  process: ProcessId;
  route: ProcessId[];
  status: 'workflow fulfilled' | 'process fulfilled';
  outcome: OutcomeId;
}

type ProcessEvent = ForwardedEvent | ReplyEvent;

const forkIndex = (p: ProcessId) => PROCESSES[p].steps.findIndex((s) => s.fork);
const reviewIndex = (p: ProcessId) => PROCESSES[p].steps.findIndex((s) => s.id === 'review');
const lastIndex = (p: ProcessId) => PROCESSES[p].steps.length - 1;
const stepName = (p: ProcessId, i: number) => term(`step.${p}.${PROCESSES[p].steps[i]!.id}`);

/** A refusal by `by`, with its rule as a message and that message's English. */
export function refusalOf(
  by: Refusal['by'],
  event: LearnerEvent,
  message: EngineMessage,
  misconception?: MisconceptionId,
): Refusal {
  return { by, event, message, reason: english(message), misconception };
}

/** Why `from` may not trigger `to` (USM's fork rules), for the refusal message. */
export function whyNotTrigger(from: ProcessId, to: ProcessId): Refusal {
  const allowed = FORKS[from].artifacts;
  const m = refusedTriggerMisconception(from, to);
  const options = list(
    'list.or',
    allowed.map((a) =>
      msg('refuse.option', { process: term(`process.${processTriggeredBy(a)}`), artifact: term(`callType.${a}`) }),
    ),
  );
  const message =
    allowed.length === 0
      ? term(`misconception.${m}.rule`)
      : msg('refuse.cannotTrigger', { from: term(`process.${from}`), to: term(`process.${to}`), options });
  return refusalOf(from, { type: 'TRIGGER', process: to }, message, m);
}

/** Builds the machine of `process`, given the machines of the processes it may trigger. */
export function createProcessMachine(process: ProcessId, children: Partial<Record<ProcessId, AnyStateMachine>>) {
  const targets = triggerableFrom(process);
  for (const t of targets) if (!children[t]) throw new Error(`${process} needs the ${t} machine to trigger it`);
  const name = term(`process.${process}`);
  const refused = (refusal: Refusal) => ({ type: 'REFUSED' as const, refusal });
  const early = EARLY_CLOSES.find((c) => c.process === process);

  const machine = setup({
    types: {} as { context: ProcessContext; events: ProcessEvent; input: ProcessInput; output: ProcessOutput },
    actors: children as Record<string, AnyStateMachine>,
    guards: {
      /** USM rule: a process may trigger only the processes its fork allows (usm.ts FORKS). */
      forkAllows: ({ event }, params: { to: ProcessId }) =>
        event.type === 'TRIGGER' && event.process === params.to && forkArtifact(process, params.to) !== null,
      /** USM rule: a process closes without its fork only by an early close the model allows (Agree, no agreement). */
      closesEarly: ({ context }) => earlyCloseOf(process, context.depth) !== null,
      /** Only a process whose fork is optional, with no early close that limits when, may close without triggering. */
      forkIsOptional: () => !FORKS[process].required && !early,
      hasFork: () => FORKS[process].artifacts.length > 0,
    },
    actions: {
      /** This process took the move: tell the caller (it logs it). */
      accept: sendParent(({ event }): AcceptedEvent => {
        assertEvent(event, ['ADVANCE', 'TRIGGER', 'FINISH']);
        return { type: 'ACCEPTED', event, by: process };
      }),
      /** A reply from the triggered process goes up unchanged, to the call. */
      relayUp: sendParent(({ event }) => {
        assertEvent(event, ['ACCEPTED', 'REFUSED']);
        return event;
      }),
      forwardToChild: sendTo(TRIGGERED_PROCESS_ID, ({ event }) => event),
      toFork: assign({ step: () => forkIndex(process) }),
      toReview: assign({ step: () => reviewIndex(process) }),
      toLastStep: assign({ step: () => lastIndex(process) }),
      closeEarly: assign(({ context }) => {
        const close = earlyCloseOf(process, context.depth)!;
        return { outcome: close.outcome, step: PROCESSES[process].steps.findIndex((s) => s.id === close.step) };
      }),
      /** The triggered process finished: its route joins this one, and this process resumes at its review. */
      recordChildRoute: assign(({ context, event }) => {
        const { output } = event as unknown as DoneActorEvent<ProcessOutput>;
        return { route: [...context.route, ...output.route], step: reviewIndex(process) };
      }),
      refuseTrigger: sendParent(({ event }) => {
        assertEvent(event, 'TRIGGER');
        return refused(whyNotTrigger(process, event.process));
      }),
      refuseFinish: sendParent(({ event }) => {
        assertEvent(event, 'FINISH');
        const m = misconceptionAt(process, targets[0]!, 'none');
        const rule = term(`misconception.${m}.rule`);
        const message = early
          ? msg('refuse.noClose.here', {
              process: name,
              close: term(`outcome.${early.outcome}`),
              workflow: early.workflow,
              rule,
            })
          : msg('refuse.noClose', { process: name, rule });
        return refused(refusalOf(process, event, message, m));
      }),
      refuseNotAtFork: sendParent(({ context, event }) => {
        assertEvent(event, ['TRIGGER', 'FINISH']);
        if (targets.length === 0 && event.type === 'TRIGGER') return refused(whyNotTrigger(process, event.process));
        const message = msg('refuse.notAtFork', {
          process: name,
          step: stepName(process, context.step),
          fork: stepName(process, Math.max(forkIndex(process), 0)),
        });
        return refused(refusalOf(process, event, message));
      }),
      refusePastFork: sendParent(({ event }) => {
        assertEvent(event, 'TRIGGER');
        if (targets.length === 0) return refused(whyNotTrigger(process, event.process));
        return refused(refusalOf(process, event, msg('refuse.pastFork', { process: name })));
      }),
    },
  });

  /** One state per process this one may trigger: it runs that process until it is fulfilled. */
  const running = Object.fromEntries(
    targets.map((t) => [
      `running_${t}`,
      {
        invoke: {
          id: TRIGGERED_PROCESS_ID,
          src: t,
          input: ({ context }: { context: ProcessContext }) => ({ process: t, depth: context.depth + 1 }),
          onDone: { target: 'closing', actions: 'recordChildRoute' as const },
        },
        on: {
          ADVANCE: { actions: 'forwardToChild' as const },
          TRIGGER: { actions: 'forwardToChild' as const },
          FINISH: { actions: 'forwardToChild' as const },
          ACCEPTED: { actions: 'relayUp' as const },
          REFUSED: { actions: 'relayUp' as const },
        },
      },
    ]),
  );

  return machine.createMachine({
    id: `process-${process}`,
    context: ({ input }) => ({ ...input, step: 0, route: [input.process], outcome: 'fulfilled' }),
    initial: 'working',
    states: {
      working: {
        on: {
          ADVANCE: [
            { guard: 'hasFork', target: 'atFork', actions: ['toFork', 'accept'] },
            { target: 'closing', actions: ['toReview', 'accept'] },
          ],
          TRIGGER: { actions: 'refuseNotAtFork' },
          FINISH: { actions: 'refuseNotAtFork' },
        },
      },
      atFork: {
        on: {
          // At the fork, "continue" does nothing: the learner must trigger (or close) — taken, as before.
          ADVANCE: { actions: 'accept' },
          TRIGGER: [
            ...targets.map((t) => ({
              guard: { type: 'forkAllows' as const, params: { to: t } },
              target: `running_${t}`,
              actions: 'accept' as const,
            })),
            { actions: 'refuseTrigger' as const },
          ],
          FINISH: [
            { guard: 'closesEarly', target: 'fulfilled', actions: ['closeEarly', 'accept'] },
            { guard: 'forkIsOptional', target: 'closing', actions: 'accept' },
            { actions: 'refuseFinish' },
          ],
        },
      },
      ...running,
      closing: {
        on: {
          ADVANCE: { target: 'fulfilled', actions: ['toLastStep', 'accept'] },
          TRIGGER: { actions: 'refusePastFork' },
          FINISH: { target: 'fulfilled', actions: ['toLastStep', 'accept'] },
        },
      },
      fulfilled: { type: 'final' },
    },
    output: ({ context }) => ({
      process,
      route: context.route,
      status: context.depth === 0 ? 'workflow fulfilled' : 'process fulfilled',
      outcome: context.outcome,
    }),
  });
}

export type ProcessMachine = ReturnType<typeof createProcessMachine>;
