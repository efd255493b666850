/**
 * One guarded way to call a SCORM run-time API (1.2 and 2004 alike): a call never throws, and the first
 * call the LMS refuses or fails is kept as the problem the player shows the learner.
 */
import { tLms as t } from '../strings.ts';

export interface ScormCalls {
  /** Runs one API call; a 'false' answer or a thrown error is noted, and '' stands in for a failed call. */
  call(what: string, f: () => string): string;
  /** The problem to show, if any. */
  problem(): string | null;
  /** Notes a problem found outside an API call (e.g. suspend data too long for the standard). */
  report(problem: string): void;
}

export function scormCalls(
  lastError: () => string | number,
  errorString: (code: string | number) => string,
): ScormCalls {
  let problem: string | null = null;
  return {
    call(what, f) {
      try {
        const r = f();
        if (r === 'false') {
          const code = lastError();
          problem ??= t('lms.problem.call', { call: what, error: `${code} ${errorString(code)}`.trim() });
        }
        return String(r ?? '');
      } catch (e) {
        problem ??= t('lms.problem.call', { call: what, error: e instanceof Error ? e.message : String(e) });
        return '';
      }
    },
    problem: () => problem,
    report: (p) => {
      problem = p;
    },
  };
}
