/**
 * The five process machines, built in dependency order from the fork rules: Operate triggers nothing,
 * Change triggers Operate, Agree triggers Change, Recover triggers Change or Operate, Improve triggers
 * Agree, Change or Operate. Built on first use and kept (importing this module builds nothing, so a
 * bundle that does not run a call leaves the machines and XState out).
 */
import { PROCESS_IDS, triggerableFrom, type ProcessId } from '../usm.ts';
import { createProcessMachine, type ProcessMachine } from './process.machine.ts';

function buildFamily(): Record<ProcessId, ProcessMachine> {
  const built: Partial<Record<ProcessId, ProcessMachine>> = {};
  const pending = new Set<ProcessId>(PROCESS_IDS);
  while (pending.size > 0) {
    const ready = [...pending].filter((p) => triggerableFrom(p).every((t) => built[t]));
    if (ready.length === 0) throw new Error(`the fork rules have a cycle among ${[...pending].join(', ')}`);
    for (const p of ready) {
      built[p] = createProcessMachine(p, Object.fromEntries(triggerableFrom(p).map((t) => [t, built[t]!])));
      pending.delete(p);
    }
  }
  return built as Record<ProcessId, ProcessMachine>;
}

let family: Record<ProcessId, ProcessMachine> | null = null;

/** The five process machines by process id, built once on the first call. */
export function processMachines(): Record<ProcessId, ProcessMachine> {
  family ??= buildFamily();
  return family;
}
