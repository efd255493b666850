/**
 * The USM model's eight workflows (../shared/usm-facts.md §2.1, §2.2): the call type that starts each one and
 * the processes it runs through. Part of the one USM model: import it through `usm.ts`, which re-exports it.
 */
import type { CallTypeId, ProcessId } from './usm-processes.ts';

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
