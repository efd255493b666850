/**
 * The statechart view model: the running machines drawn from their own definitions (`machine.root` and
 * its state nodes), the call machine and, inside each active state that invokes a process, that
 * process's machine, hierarchically. Active states are lit; states entered by the last event are
 * marked. Names come from the definitions; the view turns them into the learner's words.
 */
import type { AnyActorRef, AnyStateMachine } from 'xstate';
import { isProcessId, type ProcessId } from './usm.ts';
import type { CallSnapshot } from './machines/inspect.ts';
import { callMachine } from './machines/call.machine.ts';

/** A state node as drawn (structural subset of XState's StateNode, so the view model stays plain data). */
interface DefNode {
  key: string;
  type: string;
  states: Record<string, DefNode>;
  invoke: readonly { id: string; src: unknown }[];
}

export interface ChartNode {
  /** Unique path, e.g. "call.processing.recover/recover.running_change". */
  id: string;
  /** The state's key in its machine definition. */
  key: string;
  /** The machine this state belongs to: the call, or a process. */
  machine: 'call' | ProcessId;
  /** The process this state invokes (its running child), if any. */
  invokes: ProcessId | null;
  final: boolean;
  active: boolean;
  /** Active now and not active before the last event: the transition just taken. */
  entered: boolean;
  /** Substates of the node, then (when it invokes a running process) that process's machine. */
  children: ChartNode[];
  /** For a node that invokes a running process: that process's machine (its states are in `children`). */
  child: ChartMachine | null;
}

export interface ChartMachine {
  machine: 'call' | ProcessId;
  /** The process's current step index (process machines only). */
  step: number | null;
  states: ChartNode[];
}

type Value = string | { [key: string]: Value };
interface LiveSnap {
  value: Value;
  status: string;
  context: { step?: number };
  children: Record<string, AnyActorRef | undefined>;
}

const srcOf = (node: DefNode): ProcessId | null => {
  const src = node.invoke[0]?.src;
  const id = typeof src === 'string' ? src : null;
  return id && isProcessId(id) ? id : null;
};

/** The active keys at one level of a state value, with the value below each. */
function activeAt(value: Value | undefined): Map<string, Value | undefined> {
  if (value === undefined) return new Map();
  if (typeof value === 'string') return new Map([[value, undefined]]);
  return new Map(Object.entries(value));
}

function machineOf(
  def: DefNode,
  machine: 'call' | ProcessId,
  snap: LiveSnap | null,
  prefix: string,
  before: ReadonlySet<string> | null,
): ChartMachine {
  const build = (nodes: Record<string, DefNode>, value: Value | undefined, path: string): ChartNode[] => {
    const active = snap ? activeAt(value) : new Map<string, Value | undefined>();
    return Object.values(nodes).map((n) => {
      const id = `${path}.${n.key}`;
      const isActive = active.has(n.key);
      const invokes = srcOf(n);
      let child: ChartMachine | null = null;
      if (isActive && invokes && snap) {
        const ref = snap.children[n.invoke[0]!.id];
        const logic = (ref as { logic?: AnyStateMachine } | undefined)?.logic;
        if (ref && logic?.root)
          child = machineOf(
            logic.root as unknown as DefNode,
            invokes,
            ref.getSnapshot() as LiveSnap,
            `${id}/${invokes}`,
            before,
          );
      }
      return {
        id,
        key: n.key,
        machine,
        invokes,
        final: n.type === 'final',
        active: isActive,
        entered: isActive && before !== null && !before.has(id),
        children: build(n.states, isActive ? active.get(n.key) : undefined, id),
        child,
      };
    });
  };
  return {
    machine,
    step: machine === 'call' ? null : (snap?.context.step ?? null),
    states: build(def.states, snap?.value, prefix),
  };
}

/** Every active node id of a chart (for comparing two moments). */
export function activeIds(chart: ChartMachine): Set<string> {
  const out = new Set<string>();
  const walk = (nodes: ChartNode[]) => {
    for (const n of nodes) {
      if (!n.active) continue;
      out.add(n.id);
      walk(n.children);
      if (n.child) walk(n.child.states);
    }
  };
  walk(chart.states);
  return out;
}

/**
 * The chart of a call now: the call machine's states, and inside each active state that invokes a
 * process, that process's machine. `before` (the active ids before the last event) marks the states just
 * entered. Read it when the snapshot is taken: invoked children are live actors.
 */
export function statechartOf(snapshot: CallSnapshot, before: ReadonlySet<string> | null = null): ChartMachine {
  return machineOf(callMachine.root as unknown as DefNode, 'call', snapshot as unknown as LiveSnap, 'call', before);
}
