/**
 * `#engine`: the engine for the browser, `#engine/model` and `#engine/machines` together: the model,
 * grading and view models plus the routing machines (XState). Parsing and validating content files
 * (Zod, YAML) stays at build time, in `#engine/build` (index.ts). An island that can wait for the
 * machines imports the model statically and `#engine/machines` on the learner's first move.
 */
export * from './model.ts';
export * from './machines.ts';
