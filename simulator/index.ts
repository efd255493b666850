/** The engine's public API (PRODUCT.md §3). Pure TypeScript: no DOM, no Astro. */
export * from './engine.ts';
export { parseScenario, validateScenarioData, ScenarioSchema, CHANNELS, LEVELS } from './scenario.ts';
export type { ScenarioInput, ParseResult } from './scenario.ts';
export type { FieldError } from './schema-errors.ts';
