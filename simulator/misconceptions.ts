/**
 * The misconceptions the grader names when a learner takes a wrong turn (PRODUCT.md §6), each with the
 * USM rule that corrects it. Grading and feedback cite these; questions use them as distractors.
 */
import type { CallTypeId, ProcessId } from './usm.ts';

export interface Misconception {
  id: string;
  /** The mistaken belief, in the learner's words. */
  belief: string;
  /** The USM rule that corrects it. */
  rule: string;
}

const list = [
  { id: 'rfc-outside-agreement', belief: 'A request outside the agreement is a request for change.', rule: 'A request for change is only valid within the agreements; anything outside them is a wish for Agree (workflow 1).' },
  { id: 'agreement-already-covers', belief: 'Every change first needs a new agreement.', rule: 'When the agreements already cover the change, it is a request for change that goes straight to Change; a wish is only needed to create or adjust an agreement.' },
  { id: 'complaint-is-incident', belief: 'A complaint is an incident.', rule: 'A complaint about something in the past is a wish; only a current (or imminent) failure is an incident.' },
  { id: 'user-error-is-incident', belief: 'Anything a user reports as a problem is an incident.', rule: 'An incident is a (threatening) failure, a deviation from the agreed service. A user error handled within the agreed service, such as a password reset, is a service request.' },
  { id: 'failure-as-routine-request', belief: 'A failure that an operator can fix is just a service request.', rule: 'A deviation from the agreed service is an incident for Recover, even when the repair is a simple operational action; Recover then triggers Operate with a service request.' },
  { id: 'permanent-change-is-service-request', belief: 'A permanent change to a managed resource is a service request.', rule: 'A permanent effect on the managed infrastructure (recorded in the register) needs a request for change handled by Change; a service request is for actions without a permanent effect.' },
  { id: 'temporary-action-is-change', belief: 'Every action on a managed resource needs a request for change.', rule: 'An action within the agreed service without a permanent effect on the managed infrastructure is a service request for Operate; Change is for permanent effects.' },
  { id: 'imminent-failure-is-risk', belief: 'An imminent failure is a risk.', rule: 'Recover restores the service also for imminent failures: a failure about to happen is an incident.' },
  { id: 'recurring-incidents-are-incidents', belief: 'Recurring incidents are just more incidents.', rule: 'A pattern spotted proactively (recurring incidents, a threat, a weakness) is a risk for Improve, which finds the cause and selects a measure.' },
  { id: 'risks-only-threats', belief: 'Risks are only threats.', rule: 'In USM risks are threats and opportunities: a chance to create more value is a risk for Improve too.' },
  { id: 'improve-waits', belief: 'Improve waits for someone to report.', rule: 'Improve is self-triggering: it actively looks for threats and opportunities.' },
  { id: 'operate-hands-on', belief: 'Operate hands work on to another process.', rule: 'Operate triggers no process. Its monitoring may raise new calls (incidents, risks), which start new workflows.' },
  { id: 'change-done-when-built', belief: 'A change is done when it is built.', rule: 'Change always triggers Operate with a service request to deploy the change.' },
  { id: 'wish-always-realized', belief: 'Every wish ends in Agree → Change → Operate.', rule: 'When Negotiate ends without agreement, Agree notifies the teams, adjusts the reservations and closes the call without a fork: workflow 1 ends early and nothing is realized.' },
  { id: 'closed-despite-agreement', belief: 'Agree may close a wish without realizing it, even once the customer agrees.', rule: 'Agree closes at Negotiate only when no agreement is reached. Once the offer is agreed, Agree realizes it through Change with a request for change (workflow 1 in full).' },
  { id: 'agree-delivers-itself', belief: 'Agree delivers the new service itself.', rule: 'Agree realizes what it agreed through Change (a request for change), which Operate deploys.' },
  { id: 'recover-renegotiates', belief: 'Recover can renegotiate the agreement.', rule: 'Recover triggers only Change (a request for change) or Operate (a service request).' },
  { id: 'recover-without-action', belief: 'Recover restores the service on its own.', rule: 'Recover repairs the failure through a fork: a request for change to Change (workflow 3) or a service request to Operate (workflow 4).' },
  { id: 'improve-without-measure', belief: 'Finding the cause of a risk is enough.', rule: 'Improve deploys the selected measure through a fork: a wish to Agree, a request for change to Change or a service request to Operate.' },
  { id: 'last-process-closes', belief: 'The last process closes the workflow.', rule: "The triggered process ends 'process fulfilled'; the process that started the workflow resumes and ends it 'workflow fulfilled'." },
  { id: 'wrong-entry-process', belief: 'Any process can take any call.', rule: 'Each call type starts exactly one process: wish → Agree, request for change → Change, incident → Recover, service request → Operate, risk → Improve.' },
  { id: 'priority-misjudged', belief: 'Priority is how loud the caller is.', rule: 'Priority is impact × urgency: impact is how much of the agreed service is affected, urgency how soon it hurts.' },
] as const satisfies readonly Misconception[];

export type MisconceptionId = (typeof list)[number]['id'];

export const MISCONCEPTIONS: Readonly<Record<MisconceptionId, Misconception>> = Object.fromEntries(
  list.map((m) => [m.id, m]),
) as Record<MisconceptionId, Misconception>;

/** The misconception behind classifying a call as `chosen` when it is `expected`. */
export function callTypeMisconception(expected: CallTypeId, chosen: CallTypeId): MisconceptionId | null {
  if (expected === chosen) return null;
  const table: Partial<Record<`${CallTypeId}>${CallTypeId}`, MisconceptionId>> = {
    'wish>rfc': 'rfc-outside-agreement',
    'wish>incident': 'complaint-is-incident',
    'rfc>wish': 'agreement-already-covers',
    'rfc>service-request': 'permanent-change-is-service-request',
    'service-request>rfc': 'temporary-action-is-change',
    'service-request>incident': 'user-error-is-incident',
    'incident>service-request': 'failure-as-routine-request',
    'incident>risk': 'imminent-failure-is-risk',
    'risk>incident': 'recurring-incidents-are-incidents',
    'risk>wish': 'risks-only-threats',
  };
  return table[`${expected}>${chosen}`] ?? 'wrong-entry-process';
}

/**
 * The misconception behind `from` triggering `chosen` where `expected` was right
 * (`null` = the learner let `from` finish without triggering anything).
 */
export function forkMisconception(from: ProcessId, expected: ProcessId, chosen: ProcessId | null): MisconceptionId {
  if (chosen === null) {
    const early: Record<ProcessId, MisconceptionId> = {
      agree: 'agree-delivers-itself',
      change: 'change-done-when-built',
      recover: 'recover-without-action',
      improve: 'improve-without-measure',
      operate: 'operate-hands-on',
    };
    return early[from];
  }
  if (from === 'operate') return 'operate-hands-on';
  if (from === 'recover' && chosen === 'agree') return 'recover-renegotiates';
  if (from === 'agree' && chosen !== 'change') return 'agree-delivers-itself';
  if (from === 'change' && chosen !== 'operate') return 'change-done-when-built';
  if (expected === 'change' && chosen === 'operate') return 'permanent-change-is-service-request';
  if (expected === 'operate' && chosen === 'change') return 'temporary-action-is-change';
  if (expected === 'agree') return 'rfc-outside-agreement';
  if (chosen === 'agree') return 'agreement-already-covers';
  return 'wrong-entry-process';
}

/**
 * The misconception behind an early close gone wrong: `missed` when the learner realized a wish that
 * should have closed at Negotiate, otherwise when the learner closed early although the wish was agreed.
 */
export function earlyCloseMisconception(missed: boolean): MisconceptionId {
  return missed ? 'wish-always-realized' : 'closed-despite-agreement';
}
