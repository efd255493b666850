/**
 * The five process machines, built in dependency order from the fork rules: Operate triggers nothing,
 * Change triggers Operate, Agree triggers Change, Recover triggers Change or Operate, Improve triggers
 * Agree, Change or Operate.
 */
import type { AnyStateMachine } from 'xstate';
import { PROCESS_IDS, triggerableFrom, type ProcessId } from '../usm.ts';
import { createProcessMachine } from './process.machine.ts';

function buildFamily(): Record<ProcessId, AnyStateMachine> {
  const built: Partial<Record<ProcessId, AnyStateMachine>> = {};
  const pending = new Set<ProcessId>(PROCESS_IDS);
  while (pending.size > 0) {
    const ready = [...pending].filter((p) => triggerableFrom(p).every((t) => built[t]));
    if (ready.length === 0) throw new Error(`the fork rules have a cycle among ${[...pending].join(', ')}`);
    for (const p of ready) {
      built[p] = createProcessMachine(p, Object.fromEntries(triggerableFrom(p).map((t) => [t, built[t]!]))) as unknown as AnyStateMachine;
      pending.delete(p);
    }
  }
  return built as Record<ProcessId, AnyStateMachine>;
}

export const PROCESS_MACHINES = buildFamily();
