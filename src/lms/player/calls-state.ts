/**
 * A call set inside a package: each call runs on the engine's call machine and is graded by the
 * simulator's grade(); this file holds the set's progress, its suspend form and its LMS report.
 */
import { createActor } from 'xstate';
import {
  CALL_TYPE_IDS,
  PROCESS_IDS,
  attemptOf,
  callMachine,
  grade,
  workflowByNumber,
  type CallSnapshot,
  type LearnerEvent,
} from '#engine';
import type { Attempt } from '#engine/model';
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

const EVENT_TYPES = new Set([
  'REVEAL_FACT',
  'HINT',
  'CLASSIFY',
  'SET_PRIORITY',
  'SEND_TO',
  'ADVANCE',
  'TRIGGER',
  'FINISH',
]);

/**
 * Suspend form, compact so that a long set fits SCORM 1.2's 4096 characters: each finished call is
 * [score, passed 0|1, answer code], the code being the call type's and the route's indices in the model
 * ("2:213" is incident: recover > change > operate).
 */
export interface SetSuspend {
  i: number;
  e: LearnerEvent[];
  d: [number, 0 | 1, string][];
}

const CODE = /^(-|\d):(\d*)$/;

export function encodeAnswer(answer: string): string {
  const [type = '', route = ''] = answer.split(': ');
  const t = CALL_TYPE_IDS.indexOf(type as never);
  const r = route === 'none' ? [] : route.split(' > ').map((p) => PROCESS_IDS.indexOf(p as never));
  return `${t < 0 ? '-' : t}:${r.filter((k) => k >= 0).join('')}`;
}

export function decodeAnswer(code: string): string {
  const m = CODE.exec(code);
  const type = m && m[1] !== '-' ? CALL_TYPE_IDS[Number(m[1])] : undefined;
  const route = m ? [...m[2]!].map((k) => PROCESS_IDS[Number(k)]).filter(Boolean) : [];
  return `${type ?? 'none'}: ${route.join(' > ') || 'none'}`;
}

export const isSetSuspend = (x: unknown): x is SetSuspend => {
  const o = x as SetSuspend;
  return (
    !!o &&
    typeof o === 'object' &&
    isInt(o.i) &&
    o.i >= 0 &&
    Array.isArray(o.e) &&
    o.e.every((e) => !!e && typeof e === 'object' && EVENT_TYPES.has((e as { type: string }).type)) &&
    Array.isArray(o.d) &&
    o.d.every(
      (d) =>
        Array.isArray(d) &&
        d.length === 3 &&
        isInt(d[0]) &&
        (d[1] === 0 || d[1] === 1) &&
        typeof d[2] === 'string' &&
        CODE.test(d[2]),
    )
  );
};

export const toSetSuspend = (p: SetProgress): SetSuspend => ({
  i: p.index,
  e: p.events,
  d: p.done.map((d) => [d.score, d.passed ? 1 : 0, encodeAnswer(d.answer)]),
});

export const fromSetSuspend = (s: SetSuspend): SetProgress => ({
  index: s.i,
  events: s.e,
  done: s.d.map(([score, passed, code]) => ({ score, passed: passed === 1, answer: decodeAnswer(code) })),
});

/** Fits the set? (a resumed state must not point past its calls). */
export const fitsSet = (p: SetProgress, n: number): boolean => p.done.length === p.index && p.index <= n;

export function startCall(scenarioId: string, events: readonly LearnerEvent[]) {
  const actor = createActor(callMachine, { input: { mode: 'assessment', scenarioId } }).start();
  for (const e of events) actor.send(e);
  return actor;
}

const answerOfAttempt = (a: Attempt): string => `${a.callType || 'none'}: ${a.route.join(' > ') || 'none'}`;

export const answerOf = (s: CallSnapshot): string => answerOfAttempt(attemptOf(s));

/** A finished call as the simulator grades it, from what was played (the player reads it from the board's last frame). */
export function gradeAttempt(scenario: PackageScenario, a: Attempt): CallDone {
  const r = grade(scenario, a);
  return { score: r.score, passed: r.passed, answer: answerOfAttempt(a) };
}

export const gradeCall = (scenario: PackageScenario, s: CallSnapshot): CallDone => gradeAttempt(scenario, attemptOf(s));

export const expectedAnswer = (s: PackageScenario): string =>
  `${s.expected.callType}: ${workflowByNumber(s.expected.workflow)!.route.join(' > ')}`;

export function setReport(
  scenarios: readonly PackageScenario[],
  done: readonly CallDone[],
): { outcome: Outcome; interactions: Interaction[] } {
  const mean = done.reduce((n, d) => n + d.score, 0) / Math.max(1, scenarios.length);
  const outcome: Outcome = {
    raw: Math.round(mean * 100) / 100,
    min: 0,
    max: 100,
    scaled: mean / 100,
    passed: mean / 100 >= MASTERY,
  };
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
