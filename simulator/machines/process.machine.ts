/**
 * One USM process as a machine, built from the model in usm.ts: its steps, and a fork state for each
 * process it may trigger. A triggered process is an invoked child; its completion (onDone) resumes the
 * caller at "Review delivery & feedback". The entry process ends 'workflow fulfilled', a triggered one
 * 'process fulfilled'.
 */
import { assign, sendParent, sendTo, setup, type AnyStateMachine } from 'xstate';
import { FORKS, PROCESSES, forkArtifact, triggerableFrom, CALL_TYPES, EARLY_CLOSES, earlyCloseOf, type OutcomeId, type ProcessId } from '../usm.ts';
import { MISCONCEPTIONS, forkMisconception } from '../misconceptions.ts';
import type { LearnerEvent, RefusedEvent, Refusal } from './events.ts';

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

type ProcessEvent = LearnerEvent | RefusedEvent;

const forkIndex = (p: ProcessId) => PROCESSES[p].steps.findIndex((s) => s.fork);
const reviewIndex = (p: ProcessId) => PROCESSES[p].steps.findIndex((s) => s.id === 'review');
const lastIndex = (p: ProcessId) => PROCESSES[p].steps.length - 1;

function refusal(process: ProcessId, event: LearnerEvent, reason: string, misconception?: Refusal['misconception']): RefusedEvent {
  return { type: 'REFUSED', refusal: { by: process, event, reason, misconception } };
}

/** Why `from` may not trigger `to` (USM's fork rules), for the refusal message. */
export function whyNotTrigger(from: ProcessId, to: ProcessId): Refusal {
  const allowed = FORKS[from].artifacts;
  const m = forkMisconception(from, to, to);
  const options = allowed.map((a) => `${PROCESSES[CALL_TYPES[a].entry].name} (with a ${CALL_TYPES[a].name.toLowerCase()})`);
  const reason = allowed.length === 0
    ? MISCONCEPTIONS['operate-hands-on'].rule
    : `${PROCESSES[from].name} cannot trigger ${PROCESSES[to].name}; it may trigger only ${options.join(' or ')}.`;
  return { by: from, event: { type: 'TRIGGER', process: to }, reason, misconception: allowed.length === 0 ? 'operate-hands-on' : m };
}

/** Builds the machine of `process`, given the machines of the processes it may trigger. */
export function createProcessMachine(process: ProcessId, children: Partial<Record<ProcessId, AnyStateMachine>>) {
  const targets = triggerableFrom(process);
  for (const t of targets) if (!children[t]) throw new Error(`${process} needs the ${t} machine to trigger it`);
  const forward = Object.fromEntries(
    ['ADVANCE', 'TRIGGER', 'FINISH'].map((type) => [type, { actions: sendTo('child', ({ event }: { event: ProcessEvent }) => event) }]),
  );

  const childStates = Object.fromEntries(
    targets.map((t) => [
      `running_${t}`,
      {
        invoke: {
          id: 'child',
          src: t,
          input: ({ context }: { context: ProcessContext }) => ({ process: t, depth: context.depth + 1 }),
          onDone: {
            target: 'closing',
            actions: assign(({ context, event }: { context: ProcessContext; event: unknown }) => ({
              route: [...context.route, ...(event as { output: ProcessOutput }).output.route],
              step: reviewIndex(process),
            })),
          },
        },
        on: { ...forward, REFUSED: { actions: sendParent(({ event }: { event: ProcessEvent }) => event) } },
      },
    ]),
  );

  return setup({
    types: {} as { context: ProcessContext; events: ProcessEvent; input: ProcessInput; output: ProcessOutput },
    actors: children as Record<string, AnyStateMachine>,
    guards: {
      /** USM rule: a process may trigger only the processes its fork allows (usm.ts FORKS). */
      forkAllows: ({ event }, params: { to: ProcessId }) => event.type === 'TRIGGER' && event.process === params.to && forkArtifact(process, params.to) !== null,
      /** USM rule: a process closes without its fork only by an early close the model allows (Agree, no agreement). */
      closesEarly: ({ context }) => earlyCloseOf(process, context.depth) !== null,
      /** Only a process whose fork is optional, with no early close that limits when, may close without triggering. */
      forkIsOptional: () => !FORKS[process].required && !EARLY_CLOSES.some((c) => c.process === process),
      hasFork: () => FORKS[process].artifacts.length > 0,
    },
    actions: {
      refuseTrigger: sendParent(({ event }) =>
        event.type === 'TRIGGER' ? { type: 'REFUSED', refusal: whyNotTrigger(process, event.process) } : refusal(process, event as LearnerEvent, 'Not possible now.'),
      ),
      refuseFinish: sendParent(({ event }) => {
        const m = forkMisconception(process, targets[0]!, null);
        const early = EARLY_CLOSES.find((c) => c.process === process);
        const only = early ? ` It may close without one only when ${early.name} in the workflow it started (workflow ${early.workflow}).` : '';
        return refusal(process, event as LearnerEvent, `${PROCESSES[process].name} cannot close without its fork${early ? ' here' : ''}.${only} ${MISCONCEPTIONS[m].rule}`, m);
      }),
      refuseNotAtFork: sendParent(({ context, event }) =>
        FORKS[process].artifacts.length === 0 && event.type === 'TRIGGER'
          ? { type: 'REFUSED', refusal: whyNotTrigger(process, event.process) }
          : refusal(process, event as LearnerEvent, `${PROCESSES[process].name} is at its step "${PROCESSES[process].steps[context.step]!.name}"; continue to its fork ("${PROCESSES[process].steps[Math.max(forkIndex(process), 0)]!.name}") first.`),
      ),
      refusePastFork: sendParent(({ event }) =>
        FORKS[process].artifacts.length === 0 && event.type === 'TRIGGER'
          ? { type: 'REFUSED', refusal: whyNotTrigger(process, event.process) }
          : refusal(process, event as LearnerEvent, `${PROCESSES[process].name} is past its fork and is closing; it triggers nothing more.`),
      ),
    },
  }).createMachine({
    id: `process-${process}`,
    context: ({ input }: { input: ProcessInput }) => ({ ...input, step: 0, route: [input.process], outcome: 'fulfilled' }),
    initial: 'working',
    states: {
      working: {
        on: {
          ADVANCE: [
            { guard: 'hasFork', target: 'atFork', actions: assign({ step: () => forkIndex(process) }) },
            { target: 'closing', actions: assign({ step: () => reviewIndex(process) }) },
          ],
          TRIGGER: { actions: 'refuseNotAtFork' },
          FINISH: { actions: 'refuseNotAtFork' },
        },
      },
      atFork: {
        on: {
          TRIGGER: [
            ...targets.map((t) => ({ guard: { type: 'forkAllows' as const, params: { to: t } }, target: `running_${t}` })),
            { actions: 'refuseTrigger' as const },
          ],
          FINISH: [
            {
              guard: 'closesEarly',
              target: 'fulfilled',
              actions: assign(({ context }) => {
                const close = earlyCloseOf(process, context.depth)!;
                return { outcome: close.outcome, step: PROCESSES[process].steps.findIndex((s) => s.id === close.step) };
              }),
            },
            { guard: 'forkIsOptional', target: 'closing' },
            { actions: 'refuseFinish' },
          ],
        },
      },
      ...childStates,
      closing: {
        on: {
          ADVANCE: { target: 'fulfilled', actions: assign({ step: () => lastIndex(process) }) },
          TRIGGER: { actions: 'refusePastFork' },
          FINISH: { target: 'fulfilled', actions: assign({ step: () => lastIndex(process) }) },
        },
      },
      fulfilled: { type: 'final' },
    },
    output: ({ context }: { context: ProcessContext }) => ({
      process,
      route: context.route,
      status: context.depth === 0 ? 'workflow fulfilled' : 'process fulfilled',
      outcome: context.outcome,
    }),
  } as never);
}
