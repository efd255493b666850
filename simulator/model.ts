/**
 * `#engine/model`: the lean, pure entry of the engine. The USM model and everything computed from it
 * without running a call: grading, misconceptions, the board's view models, codes, the Shift, workshop
 * and maturity scoring, the syllabus. No module here loads XState, Zod or YAML at run time, so an island
 * that imports only this entry keeps them off its first load (the machines come from `#engine`, loaded
 * on the learner's first move). The types of the rest of the engine are re-exported (types cost nothing
 * at run time). Every module is free of side effects on import, so a bundle keeps only what it uses.
 */
export * from './usm.ts';
export * from './usm-nl.ts';
export * from './text.ts';
export * from './misconceptions.ts';
export * from './grade.ts';
export * from './machines/events.ts';
export * from './machines/solution.ts';
export * from './machines/inspect.ts';
export * from './board.ts';
export * from './board-log.ts';
export * from './shift.ts';
export * from './shift-board.ts';
export * from './workshop.ts';
export * from './codes.ts';
export * from './checksum.ts';
export * from './random.ts';
export * from './syllabus.ts';
export * from './answers.ts';
export * from './maturity.ts';
export * from './maturity-team.ts';
export type { Mode, CallInput, CallContext, CallOutput, LogEntry } from './machines/call-context.ts';
export type { ProcessInput, ProcessContext, ProcessOutput, ProcessMachine } from './machines/process.machine.ts';
export type { ChartNode, ChartMachine } from './statechart.ts';
export type { DebriefPin, DebriefBoard } from './board-debrief.ts';
export type { Scenario, ScenarioInput, ParseResult } from './scenario.ts';
export type { Question, QuestionFileResult } from './question.ts';
export type { GlossaryTerm } from './glossary.ts';
export type { FieldError } from './schema-errors.ts';
export * from './messages.ts';
export * from './step-grade.ts';
export * from './messages-en.ts';
