/** The Shift's key figures and its end-of-shift report, read from a state. Pure. */
import { DEPLOYING_PROCESS } from './usm.ts';
import { msg, type EngineMessage } from './messages.ts';
import { english } from './messages-en.ts';
import type { ShiftDefinition } from './shift-schema.ts';
import { priorityNow, type CallSource, type ShiftCall, type ShiftLibrary, type ShiftState } from './shift-calls.ts';

export interface Kpis {
  /** Incidents resolved within their priority's target time, of all incidents that arrived. */
  incidentsWithinTarget: number;
  incidents: number;
  backlog: number;
  changesDeployed: number;
  risksHandled: number;
  risksArrived: number;
  averageScore: number | null;
}

export function kpis(def: ShiftDefinition, library: ShiftLibrary, state: ShiftState): Kpis {
  const arrived = state.calls.filter((c) => c.status !== 'waiting');
  const incidents = arrived.filter((c) => library.get(c.scenario)!.expected.callType === 'incident');
  const within = incidents.filter((c) => {
    if (c.status !== 'handled') return false;
    const p = priorityNow(c, library) ?? 5;
    return c.handledAt! - c.arrivesAt <= (def.targets[String(p) as '1'] ?? Infinity);
  });
  const handled = arrived.filter((c) => c.status === 'handled');
  const risks = arrived.filter((c) => library.get(c.scenario)!.expected.callType === 'risk');
  return {
    incidentsWithinTarget: within.length,
    incidents: incidents.length,
    backlog: arrived.filter((c) => c.status === 'open').length,
    changesDeployed: handled.filter((c) => c.route?.includes(DEPLOYING_PROCESS)).length,
    risksHandled: risks.filter((c) => c.status === 'handled').length,
    risksArrived: risks.length,
    averageScore: handled.length ? Math.round(handled.reduce((n, c) => n + (c.score ?? 0), 0) / handled.length) : null,
  };
}

export interface ShiftReport {
  kpis: Kpis;
  calls: {
    id: string;
    title: string;
    source: CallSource;
    expectedWorkflow: number;
    chosenWorkflow: number | null | undefined;
    score?: number;
    status: ShiftCall['status'];
  }[];
  /** Where proactive work (workflows 6–8) would have prevented reactive work, as message codes. */
  preventableMessages: EngineMessage[];
  /** The same in English. */
  preventable: string[];
}

export function shiftReport(def: ShiftDefinition, library: ShiftLibrary, state: ShiftState): ShiftReport {
  const title = (id: string) => library.get(id)!.title;
  const preventableMessages = state.calls
    .filter((c) => c.source === 'ignored-risk')
    .map((c) => {
      const risk = state.calls.find((r) => r.id === c.from)!;
      return msg('shift.preventable', {
        risk: title(risk.scenario),
        workflow: library.get(risk.scenario)!.expected.workflow,
        incident: title(c.scenario),
      });
    });
  return {
    kpis: kpis(def, library, state),
    calls: state.calls
      .filter((c) => c.status !== 'waiting')
      .map((c) => ({
        id: c.id,
        title: title(c.scenario),
        source: c.source,
        expectedWorkflow: library.get(c.scenario)!.expected.workflow,
        chosenWorkflow: c.workflowChosen,
        score: c.score,
        status: c.status,
      })),
    preventableMessages,
    preventable: preventableMessages.map(english),
  };
}
