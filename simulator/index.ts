/**
 * The engine's public API (PRODUCT.md §3), `#engine/build`: the whole engine for the build, the
 * command line and tests. Everything in `#engine` plus the content schemas and parsers (Zod, YAML):
 * `parseScenario`, the question, glossary, maturity and Shift schemas, the YAML reader. Pure
 * TypeScript: no DOM, no Astro.
 */
export * from './engine.ts';
export * from './scenario.ts';
export * from './question.ts';
export * from './glossary.ts';
export * from './maturity-schema.ts';
export * from './shift-schema.ts';
export * from './schema-errors.ts';
export * from './yaml.ts';
export * from './author.ts';
export * from './bank-quality.ts';
export * from './cli/check-scenarios.ts';
