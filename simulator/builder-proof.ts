/**
 * The engine's proof that a draft's declared answer holds: the expected route (`routeFor(workflow,
 * outcome)`) is played through the call machine as a learner would play it, starting with the declared
 * call type. The proof holds when the machine accepts every move, the call ends in the declared workflow
 * and outcome, and grade() gives that attempt 100. Otherwise it says which move the machine refused and
 * why, or what the call ended in instead. Loaded by the builder only (it pulls in the machines).
 */
import { replay } from './board-replay.ts';
import { grade } from './grade.ts';
import {
  CALL_TYPE_IDS,
  OUTCOME_IDS,
  PROCESSES,
  routeFor,
  workflowByNumber,
  type CallTypeId,
  type OutcomeId,
  type ProcessId,
  type WorkflowNumber,
} from './usm.ts';
import type { LearnerEvent } from './machines/events.ts';

export type RouteProof =
  | { ok: true; callType: CallTypeId; route: readonly ProcessId[]; workflow: WorkflowNumber; outcome: OutcomeId }
  /** The declared answer cannot be played: `move` is the refused move (or null), `reason` says why. */
  | { ok: false; callType: CallTypeId; route: readonly ProcessId[]; move: string | null; reason: string }
  /** Nothing to prove yet: the call type or the workflow is missing or not one the model has. */
  | null;

/** The moves a learner makes to play `route` from intake to its close (an early close finishes at the fork). */
export function movesFor(callType: CallTypeId, route: readonly ProcessId[], early: boolean): LearnerEvent[] {
  const events: LearnerEvent[] = [
    { type: 'CLASSIFY', callType },
    { type: 'SEND_TO', process: route[0]! },
  ];
  for (const next of route.slice(1)) events.push({ type: 'ADVANCE' }, { type: 'TRIGGER', process: next });
  if (early) return [...events, { type: 'ADVANCE' }, { type: 'FINISH' }];
  events.push({ type: 'ADVANCE' });
  for (let i = 0; i < route.length; i++) events.push({ type: 'ADVANCE' });
  return events;
}

function moveName(e: LearnerEvent): string {
  switch (e.type) {
    case 'CLASSIFY':
      return `classify the call as ${e.callType}`;
    case 'SEND_TO':
      return `send the call to ${PROCESSES[e.process].name}`;
    case 'TRIGGER':
      return `trigger ${PROCESSES[e.process].name}`;
    case 'FINISH':
      return 'close without a fork';
    default:
      return 'continue';
  }
}

/** Proves the declared expected answer of a draft (any data: only `expected` is read). */
export function proveExpected(draft: unknown): RouteProof {
  const exp = (draft as { expected?: Record<string, unknown> } | null)?.expected;
  if (!exp || typeof exp !== 'object') return null;
  const callType = exp.callType as CallTypeId;
  const workflow = workflowByNumber(exp.workflow as number)?.number;
  if (!CALL_TYPE_IDS.includes(callType) || workflow === undefined) return null;
  const outcome: OutcomeId = OUTCOME_IDS.includes(exp.outcome as OutcomeId) ? (exp.outcome as OutcomeId) : 'fulfilled';
  const route = routeFor(workflow, outcome);
  const early = outcome !== 'fulfilled' && route.length < workflowByNumber(workflow)!.route.length;
  const events = movesFor(callType, route, early);
  const frames = replay(events, { mode: 'sandbox' });
  const refused = frames.find((f) => !f.accepted);
  if (refused) return { ok: false, callType, route, move: moveName(refused.event!), reason: String(refused.reason) };
  const ctx = frames.at(-1)!.context;
  if (!frames.at(-1)!.board.fulfilled || ctx.workflow !== workflow || (ctx.outcome ?? 'fulfilled') !== outcome) {
    const got = ctx.workflow
      ? `workflow ${ctx.workflow}${ctx.outcome && ctx.outcome !== 'fulfilled' ? ` (${ctx.outcome})` : ''}`
      : 'no workflow';
    return {
      ok: false,
      callType,
      route,
      move: null,
      reason: `the route ends in ${got}, not workflow ${workflow}${outcome !== 'fulfilled' ? ` (${outcome})` : ''}`,
    };
  }
  const g = grade({ expected: { callType, workflow, outcome } }, { callType, route: [...route] });
  if (!g.passed) return { ok: false, callType, route, move: null, reason: g.feedback.join(' ') };
  return { ok: true, callType, route, workflow, outcome };
}
