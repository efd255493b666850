/** Picks the package's runtime adapter; without an LMS, a session that keeps nothing and says so. */
import { connectScorm12 } from './scorm12.ts';
import { connectScorm2004 } from './scorm2004.ts';
import { connectCmi5 } from './cmi5.ts';
import type { LmsSession, Standard } from './types.ts';
import { tLms as t } from '../strings.ts';

export async function connect(standard: Standard, win: Window): Promise<LmsSession> {
  let session: LmsSession | null = null;
  try {
    if (standard === 'scorm12') session = connectScorm12(win);
    else if (standard === 'scorm2004') session = connectScorm2004(win);
    else session = await connectCmi5(win.location.search);
  } catch (e) {
    return offline(t('lms.problem.call', { call: 'connect', error: e instanceof Error ? e.message : String(e) }));
  }
  return session ?? offline(t(`lms.problem.noLms.${standard}`));
}

/** Outside an LMS: the attempt is playable, nothing is recorded. */
export function offline(message: string): LmsSession {
  return { standard: 'none', suspendData: '', problem: () => message, save() {}, async finish() {}, suspend() {} };
}
