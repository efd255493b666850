/** The SCORM 2004 (4th edition) run-time adapter: window.API_1484_11 and the cmi data model. */
import { findApi } from './find-api.ts';
import { scormCalls } from './scorm-calls.ts';
import { isoDuration, round, type Interaction, type LmsSession, type Outcome } from './types.ts';
import { tLms as t } from '../strings.ts';

export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
}

/** SCORM 2004 4th edition keeps at least 64000 characters of suspend data. */
export const SCORM2004_SUSPEND_MAX = 64000;

export function connectScorm2004(win: Window, now: () => number = Date.now): LmsSession | null {
  const api = findApi<Scorm2004Api>(win, 'API_1484_11');
  if (!api) return null;
  const started = now();
  const calls = scormCalls(
    () => api.GetLastError(),
    (code) => api.GetErrorString(code),
  );
  const call = calls.call;
  let open = false;
  const set = (k: string, v: string) => call(`SetValue(${k})`, () => api.SetValue(k, v));
  const get = (k: string) => call(`GetValue(${k})`, () => api.GetValue(k));
  open = call('Initialize', () => api.Initialize('')) === 'true';
  if (!open) return null;
  // cmi.suspend_data is only readable once something was stored (else error 403, which is no problem here).
  let suspendData = '';
  if (get('cmi.entry') === 'resume') {
    try {
      suspendData = String(api.GetValue('cmi.suspend_data') ?? '');
    } catch {
      suspendData = '';
    }
  }
  if (get('cmi.completion_status') !== 'completed') set('cmi.completion_status', 'incomplete');
  const close = (exit: 'suspend' | 'normal') => {
    if (!open) return;
    set('cmi.exit', exit);
    set('cmi.session_time', isoDuration(now() - started));
    call('Commit', () => api.Commit(''));
    call('Terminate', () => api.Terminate(''));
    open = false;
  };
  const store = (data: string) => {
    if (data.length > SCORM2004_SUSPEND_MAX)
      calls.report(t('lms.problem.suspendTooLong', { n: data.length, max: SCORM2004_SUSPEND_MAX }));
    else set('cmi.suspend_data', data);
  };
  return {
    standard: 'scorm2004',
    suspendData,
    problem: calls.problem,
    save(data) {
      if (!open) return;
      store(data);
      call('Commit', () => api.Commit(''));
    },
    async finish(outcome: Outcome, interactions: readonly Interaction[], data: string) {
      if (!open) return;
      set('cmi.score.scaled', String(round(outcome.scaled)));
      set('cmi.score.raw', String(round(outcome.raw, 2)));
      set('cmi.score.min', String(outcome.min));
      set('cmi.score.max', String(outcome.max));
      set('cmi.success_status', outcome.passed ? 'passed' : 'failed');
      set('cmi.completion_status', 'completed');
      for (const [n, i] of interactions.entries()) {
        const p = `cmi.interactions.${n}`;
        set(`${p}.id`, i.id);
        set(`${p}.type`, i.type);
        set(`${p}.description`, i.description.slice(0, 250));
        // An unanswered question has no response to report (an empty one is not a valid identifier).
        if (i.response) set(`${p}.learner_response`, i.response);
        set(`${p}.correct_responses.0.pattern`, i.correct);
        set(`${p}.result`, i.result);
        set(`${p}.weighting`, '1');
      }
      store(data);
      close('normal');
    },
    suspend(data) {
      if (!open) return;
      store(data);
      close('suspend');
    },
  };
}
