/**
 * The misconceptions themselves: each mistaken belief in the learner's words, with the USM rule that corrects it,
 * in the order of PRODUCT.md §6. `misconceptions.ts` re-exports them with the tables that say which wrong turn
 * shows which belief.
 */

export interface Misconception {
  id: string;
  /** The mistaken belief, in the learner's words. */
  belief: string;
  /** The USM rule that corrects it. */
  rule: string;
}

const list = [
  {
    id: 'rfc-outside-agreement',
    belief: 'A request outside the agreement is a request for change.',
    rule: 'A request for change is only valid within the agreements; anything outside them is a wish for Agree (workflow 1).',
  },
  {
    id: 'agreement-already-covers',
    belief: 'Every change first needs a new agreement.',
    rule: 'When the agreements already cover the change, it is a request for change that goes straight to Change; a wish is only needed to create or adjust an agreement.',
  },
  {
    id: 'complaint-is-incident',
    belief: 'A complaint is an incident.',
    rule: 'A complaint about something in the past is a wish; only a current (or imminent) failure is an incident.',
  },
  {
    id: 'user-error-is-incident',
    belief: 'Anything a user reports as a problem is an incident.',
    rule: 'An incident is a (threatening) failure, a deviation from the agreed service. A user error handled within the agreed service, such as a password reset, is a service request.',
  },
  {
    id: 'failure-as-routine-request',
    belief: 'A failure that an operator can fix is just a service request.',
    rule: 'A deviation from the agreed service is an incident for Recover, even when the repair is a simple operational action; Recover then triggers Operate with a service request.',
  },
  {
    id: 'permanent-change-is-service-request',
    belief: 'A permanent change to a managed resource is a service request.',
    rule: 'A permanent effect on the managed infrastructure (recorded in the register) needs a request for change handled by Change; a service request is for actions without a permanent effect.',
  },
  {
    id: 'temporary-action-is-change',
    belief: 'Every action on a managed resource needs a request for change.',
    rule: 'An action within the agreed service without a permanent effect on the managed infrastructure is a service request for Operate; Change is for permanent effects.',
  },
  {
    id: 'imminent-failure-is-risk',
    belief: 'An imminent failure is a risk.',
    rule: 'Recover restores the service also for imminent failures: a failure about to happen is an incident.',
  },
  {
    id: 'recurring-incidents-are-incidents',
    belief: 'Recurring incidents are just more incidents.',
    rule: 'A pattern someone notices before it does more harm (recurring incidents, a threat, a weakness) is a risk for Improve, which finds the cause and selects a measure.',
  },
  {
    id: 'risks-only-threats',
    belief: 'Risks are only threats.',
    rule: 'In USM risks are threats and opportunities: a chance to create more value is a risk for Improve too.',
  },
  {
    id: 'improve-waits',
    belief: 'Improve waits for someone to report.',
    rule: 'Improve is self-triggering: it actively looks for threats and opportunities.',
  },
  {
    id: 'operate-hands-on',
    belief: 'Operate hands work on to another process.',
    rule: 'Operate triggers no process. Its monitoring may raise new calls (incidents, risks), which start new workflows.',
  },
  {
    id: 'change-done-when-built',
    belief: 'A change is done when it is built.',
    rule: 'Change always triggers Operate with a service request to deploy the change.',
  },
  {
    id: 'wish-always-realized',
    belief: 'Every wish ends in Agree → Change → Operate.',
    rule: 'When Negotiate ends without agreement, Agree notifies the teams, adjusts the reservations and closes the call without a fork: workflow 1 ends early and nothing is realized.',
  },
  {
    id: 'closed-despite-agreement',
    belief: 'Agree may close a wish without realizing it, even once the customer agrees.',
    rule: 'Agree closes at Negotiate only when no agreement is reached. Once the offer is agreed, Agree realizes it through Change with a request for change (workflow 1 in full).',
  },
  {
    id: 'agree-delivers-itself',
    belief: 'Agree delivers the new service itself.',
    rule: 'Agree realizes what it agreed through Change (a request for change), which Operate deploys.',
  },
  {
    id: 'recover-renegotiates',
    belief: 'Recover can renegotiate the agreement.',
    rule: 'Recover triggers only Change (a request for change) or Operate (a service request).',
  },
  {
    id: 'recover-without-action',
    belief: 'Recover restores the service on its own.',
    rule: 'Recover repairs the failure through a fork: a request for change to Change (workflow 3) or a service request to Operate (workflow 4).',
  },
  {
    id: 'improve-without-measure',
    belief: 'Finding the cause of a risk is enough.',
    rule: 'Improve deploys the selected measure through a fork: a wish to Agree, a request for change to Change or a service request to Operate.',
  },
  {
    id: 'last-process-closes',
    belief: 'The last process closes the workflow.',
    rule: "The triggered process ends 'process fulfilled'; the process that started the workflow resumes and ends it 'workflow fulfilled'.",
  },
  {
    id: 'wrong-entry-process',
    belief: 'Any process can take any call.',
    rule: 'Each call type starts exactly one process: wish → Agree, request for change → Change, incident → Recover, service request → Operate, risk → Improve.',
  },
  {
    id: 'priority-misjudged',
    belief: 'Priority is how loud the caller is.',
    rule: 'Priority is impact × urgency: impact is how much of the agreed service is affected, urgency how soon it hurts.',
  },
] as const satisfies readonly Misconception[];

export type MisconceptionId = (typeof list)[number]['id'];

/** Every misconception, in the order of PRODUCT.md §6. */
export const MISCONCEPTION_LIST: readonly Misconception[] = list;

export const MISCONCEPTIONS: Readonly<Record<MisconceptionId, Misconception>> = Object.fromEntries(
  list.map((m) => [m.id, m]),
) as Record<MisconceptionId, Misconception>;
