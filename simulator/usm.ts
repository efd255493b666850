/**
 * The USM model, once. Every other part of USM Trainer (lessons' diagrams, question topics, the
 * routing machines, grading, the Shift) reads the processes, call types, forks and workflows from here.
 * Source: ../shared/usm-facts.md §1.1, §1.3, §2.1, §2.2, §3.
 */
import { CALL_TYPE_IDS, CALL_TYPES, PROCESS_IDS, PROCESSES } from './usm-processes.ts';
import type { ArtifactId, CallType, CallTypeId, ProcessId, UsmProcess } from './usm-processes.ts';
import { WORKFLOWS, type Workflow, type WorkflowNumber } from './usm-workflows.ts';

// The tables: processes and call types, and the workflows.
export * from './usm-processes.ts';
export * from './usm-workflows.ts';

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
