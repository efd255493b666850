/**
 * `#engine/machines`: the half of the engine that runs a call (XState). The call machine, the process
 * machines (built lazily, on the first call), replaying the learner's events into board frames, the
 * statechart and the debrief board. Islands load it on the learner's first move (a dynamic import), so
 * it re-exports nothing of `#engine/model`: a lazy chunk holds only what the model's chunks do not.
 */
export * from './machines/call.machine.ts';
export * from './machines/family.ts';
export * from './machines/process.machine.ts';
export * from './statechart.ts';
export * from './board-replay.ts';
export * from './board-debrief.ts';
export * from './builder-proof.ts';
