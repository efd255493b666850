/** The SCORM 1.2 run-time adapter: window.API (LMSInitialize … LMSFinish) and the cmi.core data model. */
import { findApi } from './find-api.ts';
import { scormCalls } from './scorm-calls.ts';
import { scorm12Duration, type Interaction, type LmsSession, type Outcome } from './types.ts';
import { tLms as t } from '../strings.ts';

export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
}

/** SCORM 1.2 limits suspend data to 4096 characters. */
export const SCORM12_SUSPEND_MAX = 4096;

export function connectScorm12(win: Window, now: () => number = Date.now): LmsSession | null {
  const api = findApi<Scorm12Api>(win, 'API');
  if (!api) return null;
  const started = now();
  const calls = scormCalls(
    () => api.LMSGetLastError(),
    (code) => api.LMSGetErrorString(code),
  );
  const call = calls.call;
  let open = false;
  const set = (k: string, v: string) => call(`LMSSetValue(${k})`, () => api.LMSSetValue(k, v));
  const get = (k: string) => call(`LMSGetValue(${k})`, () => api.LMSGetValue(k));
  open = call('LMSInitialize', () => api.LMSInitialize('')) === 'true';
  if (!open) return null;
  const suspendData = get('cmi.suspend_data');
  if (get('cmi.core.lesson_status') === 'not attempted') set('cmi.core.lesson_status', 'incomplete');
  const close = () => {
    if (!open) return;
    set('cmi.core.session_time', scorm12Duration(now() - started));
    call('LMSCommit', () => api.LMSCommit(''));
    call('LMSFinish', () => api.LMSFinish(''));
    open = false;
  };
  const store = (data: string) => {
    if (data.length > SCORM12_SUSPEND_MAX)
      calls.report(t('lms.problem.suspendTooLong', { n: data.length, max: SCORM12_SUSPEND_MAX }));
    else set('cmi.suspend_data', data);
  };
  return {
    standard: 'scorm12',
    suspendData,
    problem: calls.problem,
    save(data) {
      if (!open) return;
      store(data);
      call('LMSCommit', () => api.LMSCommit(''));
    },
    async finish(outcome: Outcome, interactions: readonly Interaction[], data: string) {
      if (!open) return;
      // SCORM 1.2 has no scaled score: raw is reported as a percentage (0–100), which every LMS reads.
      set('cmi.core.score.raw', String(Math.round(outcome.scaled * 100)));
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.lesson_status', outcome.passed ? 'passed' : 'failed');
      for (const [n, i] of interactions.entries()) {
        const p = `cmi.interactions.${n}`;
        set(`${p}.id`, i.id);
        set(`${p}.type`, i.type);
        if (i.response) set(`${p}.student_response`, i.response.slice(0, 255));
        set(`${p}.correct_responses.0.pattern`, i.correct.slice(0, 255));
        set(`${p}.result`, i.result === 'correct' ? 'correct' : 'wrong');
        set(`${p}.weighting`, '1');
      }
      store(data);
      set('cmi.core.exit', '');
      close();
    },
    suspend(data) {
      if (!open) return;
      store(data);
      set('cmi.core.exit', 'suspend');
      close();
    },
  };
}
