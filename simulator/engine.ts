/**
 * `#engine`: the engine for the browser. Everything in `#engine/model` plus the routing machines
 * (XState): the call machine, the process machines (built lazily, on the first call), replaying a
 * call into board frames, the statechart and the debrief board. Islands import the model statically
 * and this entry on the learner's first move. Parsing and validating content files (Zod, YAML) stays
 * at build time, in `#engine/build` (index.ts).
 */
export * from './model.ts';
export * from './machines/call.machine.ts';
export * from './machines/family.ts';
export * from './machines/process.machine.ts';
export * from './statechart.ts';
export * from './board-replay.ts';
export * from './board-debrief.ts';
