/**
 * The engine without its content schemas: what islands import in the browser (the USM model, the
 * routing machines, grading). Parsing and validating content files (Zod, YAML) stays at build time,
 * in index.ts.
 */
export * from './usm.ts';
export * from './usm-nl.ts';
export { grade, WEIGHTS } from './grade.ts';
export type { Attempt, GradeResult, GradeComponent, StepDiff } from './grade.ts';
export { MISCONCEPTIONS, MISCONCEPTION_LIST, FORK_MISCONCEPTIONS, REFUSED_TRIGGER_MISCONCEPTIONS, callTypeMisconception, earlyCloseMisconception, forkMisconception, misconceptionAt, refusedTriggerMisconception } from './misconceptions.ts';
export type { Misconception, MisconceptionId, ForkMove } from './misconceptions.ts';
export { formatMessage, msg, term, list } from './messages.ts';
export type { EngineMessage, EngineCode, EngineKey, MessageParams } from './messages.ts';
export { ENGINE_EN, english } from './messages-en.ts';
export { diffRoute, stepFeedback } from './step-grade.ts';
export type { StepFeedback } from './step-grade.ts';
export { callMachine } from './machines/call.machine.ts';
export type { CallContext, CallInput, CallOutput, Mode, LogEntry } from './machines/call.machine.ts';
export { PROCESS_MACHINES } from './machines/family.ts';
export { createProcessMachine, whyNotTrigger } from './machines/process.machine.ts';
export type { LearnerEvent, Refusal, AcceptedEvent, RefusedEvent } from './machines/events.ts';
export { CALL_PROCESS_ID, TRIGGERED_PROCESS_ID } from './machines/events.ts';
export { processStack, attemptOf, routeSoFar } from './machines/inspect.ts';
export type { ActiveProcess, CallSnapshot } from './machines/inspect.ts';
export { solutionEvents } from './machines/solution.ts';
export type { Scenario } from './scenario.ts';
