/**
 * A call set inside a package: each call runs on the engine's call machine and is graded by the
 * simulator's grade(); this file holds the set's progress, its suspend form and its LMS report.
 */
import { createActor } from 'xstate';
import { attemptOf, callMachine, grade, workflowByNumber, type CallSnapshot, type LearnerEvent } from '../../../simulator/engine.ts';
import { isInt } from '../runtime/suspend.ts';
import type { Interaction, Outcome } from '../runtime/types.ts';
import { MASTERY, type PackageScenario } from './content.ts';

export interface CallDone {
  /** Score 0–100 and pass, as the simulator grades the call. */
  score: number;
  passed: boolean;
  /** What the learner did: call type and route, e.g. "incident: recover > change > operate". */
  answer: string;
}

export interface SetProgress {
  index: number;
  /** Events sent in the current call (the machine is deterministic: they are its whole state). */
  events: LearnerEvent[];
  done: CallDone[];
}

const EVENT_TYPES = new Set(['REVEAL_FACT', 'HINT', 'CLASSIFY', 'SET_PRIORITY', 'SEND_TO', 'ADVANCE', 'TRIGGER', 'FINISH']);

export const isSetProgress = (x: unknown): x is SetProgress => {
  const o = x as SetProgress;
  return (
    !!o && typeof o === 'object' && isInt(o.index) && o.index >= 0 &&
    Array.isArray(o.events) && o.events.every((e) => !!e && typeof e === 'object' && EVENT_TYPES.has((e as { type: string }).type)) &&
    Array.isArray(o.done) && o.done.every((d) => !!d && isInt(d.score) && typeof d.passed === 'boolean' && typeof d.answer === 'string')
  );
};

/** Fits the set? (a resumed state must not point past its calls). */
export const fitsSet = (p: SetProgress, n: number): boolean => p.done.length === p.index && p.index <= n;

export function startCall(scenarioId: string, events: readonly LearnerEvent[]) {
  const actor = createActor(callMachine, { input: { mode: 'assessment', scenarioId } }).start();
  for (const e of events) actor.send(e);
  return actor;
}

export const answerOf = (s: CallSnapshot): string => {
  const a = attemptOf(s);
  return `${a.callType || 'none'}: ${a.route.join(' > ') || 'none'}`;
};

export function gradeCall(scenario: PackageScenario, s: CallSnapshot): CallDone {
  const r = grade(scenario, attemptOf(s));
  return { score: r.score, passed: r.passed, answer: answerOf(s) };
}

export const expectedAnswer = (s: PackageScenario): string => `${s.expected.callType}: ${workflowByNumber(s.expected.workflow)!.route.join(' > ')}`;

export function setReport(scenarios: readonly PackageScenario[], done: readonly CallDone[]): { outcome: Outcome; interactions: Interaction[] } {
  const mean = done.reduce((n, d) => n + d.score, 0) / Math.max(1, scenarios.length);
  const outcome: Outcome = { raw: Math.round(mean * 100) / 100, min: 0, max: 100, scaled: mean / 100, passed: mean / 100 >= MASTERY };
  const interactions: Interaction[] = done.map((d, k) => ({
    id: scenarios[k]!.id,
    type: 'fill-in',
    description: scenarios[k]!.title,
    response: d.answer,
    correct: expectedAnswer(scenarios[k]!),
    result: d.passed ? 'correct' : 'incorrect',
  }));
  return { outcome, interactions };
}
