/** What a player reports to the LMS, whatever the standard. */
export type Standard = 'scorm12' | 'scorm2004' | 'cmi5';

export interface Outcome {
  /** Points earned and the range (questions right of 40; or mean call score of 100). */
  raw: number;
  min: number;
  max: number;
  /** 0–1. */
  scaled: number;
  passed: boolean;
}

export interface Interaction {
  /** The question's or the call's id. */
  id: string;
  type: 'choice' | 'fill-in';
  description: string;
  response: string;
  correct: string;
  result: 'correct' | 'incorrect';
}

export interface LmsSession {
  readonly standard: Standard | 'none';
  /** The suspend data the LMS kept from an earlier session of this attempt ('' for none). */
  readonly suspendData: string;
  /** A message for the learner when the LMS is missing or failing; null when all is well. */
  problem(): string | null;
  /** Stores the attempt's state so it can be resumed (suspend data) and commits it. */
  save(suspendData: string): void;
  /** Reports the result and ends the session. */
  finish(outcome: Outcome, interactions: readonly Interaction[], suspendData: string): Promise<void>;
  /** The window is closing before the end: keep the state and leave as suspended. */
  suspend(suspendData: string): void;
}

export interface SessionClock {
  startedAt: number;
  now: () => number;
}

/** SCORM 2004 / xAPI duration: PT1H2M3.4S. */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s.toFixed(2).replace(/\.?0+$/, '') || '0'}S`;
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function scorm12Duration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `${String(Math.min(h, 9999)).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

/** Clamps for fields with a fixed range (scaled score −1…1 in SCORM 2004, 0…100 for SCORM 1.2 raw). */
export const round = (n: number, digits = 4): number => Math.round(n * 10 ** digits) / 10 ** digits;
