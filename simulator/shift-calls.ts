/**
 * The Shift's calls and state (the shapes `shift.ts` plays on), and what can be read from a state
 * without playing: a call's priority now, the open calls, whether the shift is over. Pure.
 */
import { IMPACTS, priorityOf, type Impact } from './usm.ts';
import type { EngineMessage } from './messages.ts';
import type { Scenario } from './scenario.ts';
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

/** The scenarios a shift draws on, by id: only their title and expected answer matter to the Shift. */
export type ShiftLibrary = ReadonlyMap<string, Pick<Scenario, 'expected' | 'title'>>;

function impactOf(call: ShiftCall, library: ShiftLibrary): Impact | undefined {
  const base = library.get(call.scenario)?.expected.impact;
  if (!base) return undefined;
  const i = Math.max(0, IMPACTS.indexOf(base) - call.grown);
  return IMPACTS[i];
}

/** Priority 1–5 of a call now (impact grows while an incident waits), or null for risks without one. */
export function priorityNow(call: ShiftCall, library: ShiftLibrary): number | null {
  const sc = library.get(call.scenario);
  const impact = impactOf(call, library);
  return impact && sc?.expected.urgency ? priorityOf(impact, sc.expected.urgency) : null;
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
