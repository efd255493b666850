/**
 * The Shift: a simulated shift at a service provider. Calls (library scenarios) arrive on a simulated
 * clock; the player picks what to handle and routes it (graded like any scenario); handling takes
 * simulated time. Consequences follow the USM model:
 * - Operate's monitoring may raise a new incident or risk after a call handled through Operate;
 * - every Evaluate & close may raise an improvement, which is a risk for Improve;
 * - a risk ignored too long turns into the incident it warned about;
 * - an incident left waiting grows in impact.
 * Everything is deterministic from the seed and the player's actions: pure functions over a state.
 */
import { grade, type Attempt } from './grade.ts';
import { nextRandom } from './random.ts';
import { DEPLOYING_PROCESS, IMPACTS, PROCESS_WITHOUT_FORK, priorityOf, type Impact } from './usm.ts';
import { msg, term, type EngineMessage } from './messages.ts';
import { english } from './messages-en.ts';
import type { Scenario } from './scenario.ts';

export type { ShiftDefinition } from './shift-schema.ts';
import type { ShiftDefinition } from './shift-schema.ts';

export type CallSource = 'planned' | 'monitoring' | 'improvement' | 'ignored-risk';

export interface ShiftCall {
  id: string;
  scenario: string;
  source: CallSource;
  arrivesAt: number;
  /** Steps the impact has grown while waiting. */
  grown: number;
  status: 'waiting' | 'open' | 'handled' | 'became-incident';
  handledAt?: number;
  score?: number;
  passed?: boolean;
  workflowChosen?: number | null;
  route?: string[];
  /** For a call raised by a consequence: the call it came from. */
  from?: string;
}

export interface ShiftState {
  shift: string;
  seed: number;
  rng: number;
  clock: number;
  calls: ShiftCall[];
  /** What happened, as message codes (format them with a dictionary); `text` is the English. */
  log: ShiftLogEntry[];
}

export interface ShiftLogEntry {
  at: number;
  message: EngineMessage;
  text: string;
}

const entry = (at: number, message: EngineMessage): ShiftLogEntry => ({ at, message, text: english(message) });

type Library = ReadonlyMap<string, Pick<Scenario, 'expected' | 'title'>>;

/** The next seeded number; the generator's state lives in the shift state, so shifts replay exactly. */
function random(state: ShiftState): number {
  const [value, next] = nextRandom(state.rng);
  state.rng = next;
  return value;
}

const clone = (s: ShiftState): ShiftState => ({ ...s, calls: s.calls.map((c) => ({ ...c })), log: [...s.log] });

/** Starts a shift: the planned calls get a seeded arrival time within ±10 minutes of their plan. */
export function startShift(def: ShiftDefinition, library: Library, seed: number): ShiftState {
  const missing = [
    ...def.calls.map((c) => c.scenario),
    ...def.improvements,
    ...def.followUps.flatMap((f) => ('raises' in f ? [f.raises] : [])),
  ].filter((id) => !library.has(id));
  if (missing.length)
    throw new Error(`shift ${def.id} uses scenarios that are not in the library: ${[...new Set(missing)].join(', ')}`);
  const state: ShiftState = { shift: def.id, seed: seed >>> 0, rng: seed >>> 0, clock: 0, calls: [], log: [] };
  def.calls.forEach((c, i) => {
    const jitter = Math.round(random(state) * 20) - 10;
    state.calls.push({
      id: `c${i + 1}`,
      scenario: c.scenario,
      source: 'planned',
      arrivesAt: Math.max(0, c.at + jitter),
      grown: 0,
      status: 'waiting',
    });
  });
  return settle(def, library, state);
}

function impactOf(call: ShiftCall, library: Library): Impact | undefined {
  const base = library.get(call.scenario)?.expected.impact;
  if (!base) return undefined;
  const i = Math.max(0, IMPACTS.indexOf(base) - call.grown);
  return IMPACTS[i];
}

/** Priority 1–5 of a call now (impact grows while an incident waits), or null for risks without one. */
export function priorityNow(call: ShiftCall, library: Library): number | null {
  const sc = library.get(call.scenario);
  const impact = impactOf(call, library);
  return impact && sc?.expected.urgency ? priorityOf(impact, sc.expected.urgency) : null;
}

/** Applies arrivals and the time-based consequences up to the current clock. */
function settle(def: ShiftDefinition, library: Library, state: ShiftState): ShiftState {
  for (const c of state.calls) {
    if (c.status === 'waiting' && c.arrivesAt <= state.clock) {
      c.status = 'open';
      const title = library.get(c.scenario)!.title;
      state.log.push(
        entry(
          c.arrivesAt,
          c.source === 'planned'
            ? msg('shift.arrives', { title })
            : msg('shift.arrives.from', { title, source: term(`shift.source.${c.source}`) }),
        ),
      );
    }
  }
  for (const f of def.followUps) {
    for (const c of state.calls.filter((x) => x.scenario === f.after && x.status === 'open')) {
      const waited = state.clock - c.arrivesAt;
      if (f.kind === 'ignored-risk' && waited > f.within) {
        c.status = 'became-incident';
        const id = `c${state.calls.length + 1}`;
        state.calls.push({
          id,
          scenario: f.raises,
          source: 'ignored-risk',
          arrivesAt: c.arrivesAt + f.within,
          grown: 0,
          status: 'open',
          from: c.id,
        });
        state.log.push(
          entry(
            c.arrivesAt + f.within,
            msg('shift.riskBecameIncident', {
              risk: library.get(c.scenario)!.title,
              incident: library.get(f.raises)!.title,
            }),
          ),
        );
      }
      if (f.kind === 'unhandled-incident') {
        const steps = Math.floor(waited / f.within);
        if (steps > c.grown) {
          c.grown = steps;
          state.log.push(
            entry(
              c.arrivesAt + steps * f.within,
              msg('shift.incidentGrows', { title: library.get(c.scenario)!.title, minutes: waited }),
            ),
          );
        }
      }
    }
  }
  return state;
}

/** The player routes an open call; the clock moves on by the handling time, and consequences follow. */
export function handleCall(
  def: ShiftDefinition,
  library: Library,
  before: ShiftState,
  callId: string,
  attempt: Attempt,
): ShiftState {
  const state = clone(before);
  const call = state.calls.find((c) => c.id === callId);
  if (!call || call.status !== 'open') throw new Error(`call ${callId} is not open`);
  const sc = library.get(call.scenario)!;
  const g = grade(sc, attempt);
  state.clock += def.handlingMinutes * Math.max(1, attempt.route.length);
  Object.assign(call, {
    status: 'handled',
    handledAt: state.clock,
    score: g.score,
    passed: g.passed,
    workflowChosen: g.workflowChosen,
    route: [...attempt.route],
  });
  const workflow = g.workflowChosen ? msg('shift.workflow', { n: g.workflowChosen }) : msg('shift.noWorkflow');
  state.log.push(entry(state.clock, msg('shift.handled', { title: sc.title, workflow, score: g.score })));
  // Operate, which triggers nothing, monitors the service systems: its monitoring may raise a new call.
  if (attempt.route.at(-1) === PROCESS_WITHOUT_FORK) {
    for (const f of def.followUps) {
      if (
        f.kind === 'monitoring' &&
        f.after === call.scenario &&
        random(state) < f.chance &&
        !state.calls.some((c) => c.scenario === f.raises)
      ) {
        state.calls.push({
          id: `c${state.calls.length + 1}`,
          scenario: f.raises,
          source: 'monitoring',
          arrivesAt: state.clock + f.delay,
          grown: 0,
          status: 'waiting',
          from: call.id,
        });
      }
    }
  }
  if (attempt.route.length > 0 && random(state) < def.improvementChance) {
    const pool = def.improvements.filter((id) => !state.calls.some((c) => c.scenario === id));
    if (pool.length) {
      const pick = pool[Math.floor(random(state) * pool.length)]!;
      state.calls.push({
        id: `c${state.calls.length + 1}`,
        scenario: pick,
        source: 'improvement',
        arrivesAt: state.clock + 5,
        grown: 0,
        status: 'waiting',
        from: call.id,
      });
      state.log.push(
        entry(state.clock, msg('shift.improvement', { title: sc.title, improvement: library.get(pick)!.title })),
      );
    }
  }
  return settle(def, library, state);
}

/** With nothing open, wait until the next call arrives (or the shift ends). */
export function waitForNext(def: ShiftDefinition, library: Library, before: ShiftState): ShiftState {
  const state = clone(before);
  const next = Math.min(
    ...state.calls.filter((c) => c.status === 'waiting').map((c) => c.arrivesAt),
    def.durationMinutes,
  );
  state.clock = Math.max(state.clock, next);
  return settle(def, library, state);
}

export function openCalls(state: ShiftState): ShiftCall[] {
  return state.calls.filter((c) => c.status === 'open').sort((a, b) => a.arrivesAt - b.arrivesAt);
}

export function isOver(def: ShiftDefinition, state: ShiftState): boolean {
  return (
    state.clock >= def.durationMinutes ||
    state.calls.every((c) => c.status === 'handled' || c.status === 'became-incident')
  );
}

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

export function kpis(def: ShiftDefinition, library: Library, state: ShiftState): Kpis {
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

export function shiftReport(def: ShiftDefinition, library: Library, state: ShiftState): ShiftReport {
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
