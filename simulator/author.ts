/**
 * `#engine/author`: the scenario author's tools for the browser — the scenario parser and the CLI's own
 * checker, the builder's draft model and route proof, share links and packs. It carries Zod and YAML, so
 * only the builder pages and the pack readers load it (coach mode and the export page import it lazily).
 * Pure TypeScript: no DOM, no Astro, no Node built-ins (the command line stays in `#engine/build`).
 */
export * from './scenario.ts';
export * from './yaml.ts';
export * from './scenario-check.ts';
export * from './builder.ts';
export * from './builder-proof.ts';
export * from './share.ts';
export * from './workshop-pack.ts';
