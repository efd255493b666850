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
import { PROCESS_WITHOUT_FORK } from './usm.ts';
import { msg, term, type EngineMessage } from './messages.ts';
import { english } from './messages-en.ts';
import type { ShiftDefinition } from './shift-schema.ts';
import type { ShiftLibrary as Library, ShiftLogEntry, ShiftState } from './shift-calls.ts';

// The state's shapes and what is read from a state (priority, KPIs, the report) live beside this file.
export type { ShiftDefinition } from './shift-schema.ts';
export * from './shift-calls.ts';
export * from './shift-kpis.ts';

const entry = (at: number, message: EngineMessage): ShiftLogEntry => ({ at, message, text: english(message) });

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
