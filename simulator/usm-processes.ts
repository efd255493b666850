/**
 * The USM model's tables of processes and call types (../shared/usm-facts.md §1.1, §1.3, §3): the five processes
 * with the steps of the workflow templates, and the five call types with the process each one starts. Part of
 * the one USM model: import it through `usm.ts`, which re-exports it with the forks and the workflows.
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
