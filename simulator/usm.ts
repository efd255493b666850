/**
 * The USM model, once. Every other part of USM Trainer (lessons' diagrams, question topics, the
 * routing machines, grading, the Shift) reads the processes, call types, forks and workflows from here.
 * Source: ../shared/usm-facts.md §1.1, §1.3, §2.1, §2.2, §3.
 */

export const PROCESS_IDS = ['agree', 'change', 'recover', 'operate', 'improve'] as const;
export type ProcessId = (typeof PROCESS_IDS)[number];

export const CALL_TYPE_IDS = ['wish', 'rfc', 'incident', 'service-request', 'risk'] as const;
export type CallTypeId = (typeof CALL_TYPE_IDS)[number];

/** What a fork hands to the triggered process. A fork artifact is itself a call type. */
export type ArtifactId = Extract<CallTypeId, 'wish' | 'rfc' | 'service-request'>;

export interface ProcessStep {
  /** Stable id, unique inside its process. */
  id: string;
  name: string;
  /** True for the step at which the process may trigger another process. */
  fork?: true;
}

export interface UsmProcess {
  id: ProcessId;
  name: string;
  /** Acronym on the Dutch book cover and in the usmtools cross-reference. */
  acronym: string;
  purpose: string;
  /** The call type that starts this process. */
  trigger: CallTypeId;
  steps: readonly ProcessStep[];
  output: string;
}

const ACCEPT = (what: string): ProcessStep => ({ id: 'accept', name: `Accept ${what}` });
const CLASSIFY: ProcessStep = { id: 'classify', name: 'Classify' };
const REVIEW: ProcessStep = { id: 'review', name: 'Review delivery & feedback' };
const EVALUATE: ProcessStep = { id: 'evaluate-close', name: 'Evaluate & close' };

/** The five processes with the steps of the USM workflow templates (usm-facts.md §1.3). */
export const PROCESSES: Readonly<Record<ProcessId, UsmProcess>> = {
  agree: {
    id: 'agree',
    name: 'Agree',
    acronym: 'CTM',
    purpose: 'Manage the service agreements with customers, external suppliers and internal solution teams.',
    trigger: 'wish',
    steps: [
      ACCEPT('wish'),
      CLASSIFY,
      { id: 'specify', name: 'Specify the service' },
      { id: 'draft-offer', name: 'Draft offer' },
      { id: 'negotiate', name: 'Negotiate' },
      { id: 'realize', name: 'Realize', fork: true },
      REVIEW,
      EVALUATE,
    ],
    output: 'A new or changed service agreement, realized through a request for change.',
  },
  change: {
    id: 'change',
    name: 'Change',
    acronym: 'CHM',
    purpose: 'Make controlled changes to the managed infrastructure of the service systems.',
    trigger: 'rfc',
    steps: [
      ACCEPT('request for change'),
      CLASSIFY,
      { id: 'plan-agree', name: 'Plan & agree' },
      { id: 'prepare', name: 'Prepare change' },
      { id: 'test-release', name: 'Test & release' },
      { id: 'deploy', name: 'Deploy', fork: true },
      REVIEW,
      { id: 'update-mir', name: 'Update the managed infrastructure register' },
      EVALUATE,
    ],
    output: 'A changed managed infrastructure, deployed by Operate, and an updated register.',
  },
  recover: {
    id: 'recover',
    name: 'Recover',
    acronym: 'INC',
    purpose: 'Restore the service in accordance with the agreements, also for imminent failures.',
    trigger: 'incident',
    steps: [
      ACCEPT('incident'),
      CLASSIFY,
      { id: 'analyze', name: 'Analyze' },
      { id: 'prepare-recovery', name: 'Prepare recovery' },
      { id: 'recover', name: 'Recover', fork: true },
      REVIEW,
      EVALUATE,
    ],
    output: 'The service restored in accordance with the agreements.',
  },
  operate: {
    id: 'operate',
    name: 'Operate',
    acronym: 'OPS',
    purpose: 'Plan all operational actions and monitor the performance of the service systems.',
    trigger: 'service-request',
    steps: [
      ACCEPT('service request'),
      CLASSIFY,
      { id: 'plan', name: 'Plan the activities' },
      { id: 'execute', name: 'Execute activities' },
      REVIEW,
      EVALUATE,
    ],
    output: 'The requested operational action done, with monitoring events logged; monitoring may raise new calls.',
  },
  improve: {
    id: 'improve',
    name: 'Improve',
    acronym: 'RIM',
    purpose:
      'Promote structural improvements to the agreed services and prevent effects that harm them. Risks are threats and opportunities. Self-triggering.',
    trigger: 'risk',
    steps: [
      { id: 'accept', name: 'Identify risks' },
      CLASSIFY,
      { id: 'determine-cause', name: 'Determine cause' },
      { id: 'select-measure', name: 'Select measure' },
      { id: 'deploy-measure', name: 'Deploy measure', fork: true },
      REVIEW,
      EVALUATE,
    ],
    output: 'A mitigated threat or a realized opportunity, with its residual risk recorded.',
  },
};

export interface CallType {
  id: CallTypeId;
  name: string;
  /** The process this call type starts. */
  entry: ProcessId;
  definition: string;
}

/** The five call types and the process each one triggers (usm-facts.md §3). */
export const CALL_TYPES: Readonly<Record<CallTypeId, CallType>> = {
  wish: {
    id: 'wish',
    name: 'Wish',
    entry: 'agree',
    definition:
      'A request to create or adjust a service agreement. A complaint about something in the past is a wish too.',
  },
  rfc: {
    id: 'rfc',
    name: 'Request for change',
    entry: 'change',
    definition:
      'A request to adjust the service within the agreements, with a permanent effect on the managed infrastructure.',
  },
  incident: {
    id: 'incident',
    name: 'Incident',
    entry: 'recover',
    definition:
      'A request to recover the service from a failure or an imminent failure: a deviation from the agreed service.',
  },
  'service-request': {
    id: 'service-request',
    name: 'Service request',
    entry: 'operate',
    definition:
      'A request to deliver a facility that falls within the agreed service, without a permanent effect on the managed infrastructure.',
  },
  risk: {
    id: 'risk',
    name: 'Risk',
    entry: 'improve',
    definition:
      'A situation with a certain effect that can occur with a certain likelihood: a threat or an opportunity.',
  },
};

/**
 * The forks: what each process may trigger, as the artifact it hands over. The triggered process is
 * the artifact's entry process (an RFC starts Change, a service request starts Operate, a wish starts Agree).
 * `required` means the process always triggers (Change always triggers Operate to deploy). Agree's fork
 * is not required: when Negotiate ends without agreement, Agree closes without one (see EARLY_CLOSES).
 */
export const FORKS: Readonly<Record<ProcessId, { artifacts: readonly ArtifactId[]; required: boolean }>> = {
  agree: { artifacts: ['rfc'], required: false },
  change: { artifacts: ['service-request'], required: true },
  recover: { artifacts: ['rfc', 'service-request'], required: true },
  operate: { artifacts: [], required: false },
  improve: { artifacts: ['wish', 'rfc', 'service-request'], required: true },
};

/** The process without a fork (Operate): it triggers nothing; its monitoring may raise new calls. */
export const PROCESS_WITHOUT_FORK: ProcessId = (Object.keys(FORKS) as ProcessId[]).find(
  (p) => FORKS[p].artifacts.length === 0,
)!;

/**
 * The process that deploys changes to the managed infrastructure (Change): the one a request for change
 * starts. A call whose route passes through it has had a change deployed.
 */
export const DEPLOYING_PROCESS: ProcessId = CALL_TYPES.rfc.entry;

export type WorkflowNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface Workflow {
  number: WorkflowNumber;
  /** Short name (Simple USM / workflow templates). */
  name: string;
  /** The longer SURVUZ name. */
  survuzName: string;
  callType: CallTypeId;
  /** Processes in the order they are entered. */
  route: readonly ProcessId[];
  /**
   * An explanatory lens, not a USM term: a third-party site (usm.gr) groups the workflows into five
   * reactive ones (a customer's call) and three proactive ones; reading the proactive three as the ones
   * Improve starts is an inference (usm-facts.md §2.1). Label it as such wherever it is shown.
   */
  kind: 'reactive' | 'proactive';
}

/** The eight workflows (usm-facts.md §2.2). */
export const WORKFLOWS: readonly Workflow[] = [
  {
    number: 1,
    name: 'Changes to agreements',
    survuzName: 'Making or changing agreements',
    callType: 'wish',
    route: ['agree', 'change', 'operate'],
    kind: 'reactive',
  },
  {
    number: 2,
    name: 'Changes to managed resources',
    survuzName: 'Changing managed resources',
    callType: 'rfc',
    route: ['change', 'operate'],
    kind: 'reactive',
  },
  {
    number: 3,
    name: 'Incidents with changes to managed resources',
    survuzName: 'Incident resolution requiring a change to managed resources',
    callType: 'incident',
    route: ['recover', 'change', 'operate'],
    kind: 'reactive',
  },
  {
    number: 4,
    name: 'Incidents without changes to managed resources',
    survuzName: 'Incident resolution that does not require a change to managed resources',
    callType: 'incident',
    route: ['recover', 'operate'],
    kind: 'reactive',
  },
  {
    number: 5,
    name: 'Operations',
    survuzName: 'Operations: routine work for agreements, deployments, recovery, risk measures and service requests',
    callType: 'service-request',
    route: ['operate'],
    kind: 'reactive',
  },
  {
    number: 6,
    name: 'Risks with changes to agreements',
    survuzName: 'Risk handling via a modification of a service agreement',
    callType: 'risk',
    route: ['improve', 'agree', 'change', 'operate'],
    kind: 'proactive',
  },
  {
    number: 7,
    name: 'Risks with changes to managed resources',
    survuzName: 'Risk handling via a change to managed resources',
    callType: 'risk',
    route: ['improve', 'change', 'operate'],
    kind: 'proactive',
  },
  {
    number: 8,
    name: 'Risks handled by operations',
    survuzName: 'Risk handling via a service request',
    callType: 'risk',
    route: ['improve', 'operate'],
    kind: 'proactive',
  },
];

export const PROCESS_LIST: readonly UsmProcess[] = PROCESS_IDS.map((id) => PROCESSES[id]);
export const CALL_TYPE_LIST: readonly CallType[] = CALL_TYPE_IDS.map((id) => CALL_TYPES[id]);

export function isProcessId(value: unknown): value is ProcessId {
  return typeof value === 'string' && (PROCESS_IDS as readonly string[]).includes(value);
}

export function isCallTypeId(value: unknown): value is CallTypeId {
  return typeof value === 'string' && (CALL_TYPE_IDS as readonly string[]).includes(value);
}

/** The process a call type starts. */
export function entryProcessOf(callType: CallTypeId): ProcessId {
  return CALL_TYPES[callType].entry;
}

/** The process an artifact starts when a fork hands it over. */
export function processTriggeredBy(artifact: ArtifactId): ProcessId {
  return CALL_TYPES[artifact].entry;
}

/** The artifact with which `from` triggers `to`, or null when USM has no such fork. */
export function forkArtifact(from: ProcessId, to: ProcessId): ArtifactId | null {
  return FORKS[from].artifacts.find((a) => processTriggeredBy(a) === to) ?? null;
}

/** The processes `from` may trigger. */
export function triggerableFrom(from: ProcessId): ProcessId[] {
  return FORKS[from].artifacts.map(processTriggeredBy);
}

/** The workflow number of a completed route of process ids, or null when it is not a USM workflow. */
export function workflowOf(route: readonly string[]): WorkflowNumber | null {
  const match = WORKFLOWS.find((w) => w.route.length === route.length && w.route.every((p, i) => p === route[i]));
  return match ? match.number : null;
}

/** How a call ends: its workflow fulfilled, or one of the early closes USM allows. */
export const OUTCOME_IDS = ['fulfilled', 'no-agreement'] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

export interface EarlyClose {
  outcome: Exclude<OutcomeId, 'fulfilled'>;
  /** The workflow that ends early. */
  workflow: WorkflowNumber;
  /** The process that closes, at its step `step`, without its fork. */
  process: ProcessId;
  step: string;
  /** The route of the call when it closes this way. */
  route: readonly ProcessId[];
  name: string;
}

/**
 * The closes without a fork (usm-facts.md §1.3, Agree step 5): when Negotiate ends without agreement,
 * Agree notifies the teams, adjusts the reservations and closes the call. Workflow 1 then ends early
 * with the route Agree alone. (Only where Agree started the workflow; the facts say nothing of a failed
 * negotiation inside workflow 6, so the simulator does not model one.)
 */
export const EARLY_CLOSES: readonly EarlyClose[] = [
  {
    outcome: 'no-agreement',
    workflow: 1,
    process: 'agree',
    step: 'negotiate',
    route: ['agree'],
    name: 'closed at Negotiate without agreement',
  },
];

/** The early close `process` may take at `depth` (0 = it started the workflow), or null. */
export function earlyCloseOf(process: ProcessId, depth: number): EarlyClose | null {
  return depth === 0 ? (EARLY_CLOSES.find((c) => c.process === process) ?? null) : null;
}

export function earlyCloseByOutcome(outcome: OutcomeId): EarlyClose | null {
  return EARLY_CLOSES.find((c) => c.outcome === outcome) ?? null;
}

/** The workflow and outcome of a completed route, or null when it is neither a workflow nor an early close. */
export function routeOutcome(route: readonly string[]): { workflow: WorkflowNumber; outcome: OutcomeId } | null {
  const n = workflowOf(route);
  if (n !== null) return { workflow: n, outcome: 'fulfilled' };
  const early = EARLY_CLOSES.find((c) => c.route.length === route.length && c.route.every((p, i) => p === route[i]));
  return early ? { workflow: early.workflow, outcome: early.outcome } : null;
}

/** The route a call takes to end in `workflow` with `outcome` (the full route when fulfilled). */
export function routeFor(workflow: WorkflowNumber, outcome: OutcomeId = 'fulfilled'): readonly ProcessId[] {
  const early = EARLY_CLOSES.find((c) => c.outcome === outcome && c.workflow === workflow);
  return outcome === 'fulfilled' || !early ? workflowByNumber(workflow)!.route : early.route;
}

export function workflowByNumber(n: number): Workflow | undefined {
  return WORKFLOWS.find((w) => w.number === n);
}

/** The workflow numbers a call type can lead to (wish → 1, incident → 3 or 4, risk → 6, 7 or 8 …). */
export function workflowsForCallType(callType: CallTypeId): WorkflowNumber[] {
  return WORKFLOWS.filter((w) => w.callType === callType).map((w) => w.number);
}

export const IMPACTS = ['high', 'medium', 'low', 'nil'] as const;
export const URGENCIES = ['high', 'medium', 'low'] as const;
export type Impact = (typeof IMPACTS)[number];
export type Urgency = (typeof URGENCIES)[number];

/**
 * Priority = impact × urgency (usm-facts.md §3). USM fixes the two scales; the cross-table itself is
 * agreed per organisation. This default (the one the lessons show, rendered from here) gives 1
 * (highest) … 5 (lowest): one step down the table per step down either scale.
 */
export function priorityOf(impact: Impact, urgency: Urgency): 1 | 2 | 3 | 4 | 5 {
  return (Math.min(IMPACTS.indexOf(impact) + URGENCIES.indexOf(urgency), 4) + 1) as 1 | 2 | 3 | 4 | 5;
}

/** How far apart two ratings are on their scale (1 = neighbours), or null when either is not on it. */
export function ratingDistance(scale: readonly string[], a: string, b: string): number | null {
  const i = scale.indexOf(a);
  const j = scale.indexOf(b);
  return i < 0 || j < 0 ? null : Math.abs(i - j);
}
