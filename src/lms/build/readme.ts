/** The README.txt in every package: what an LMS administrator needs to upload it and read its results. */
import type { Standard } from '../runtime/types.ts';
import { MASTERY } from '../player/content.ts';

const STANDARD_NAMES: Record<Standard, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004 4th edition',
  cmi5: 'cmi5 (xAPI)',
};

const REPORTS: Record<Standard, string> = {
  scorm12: `- cmi.core.lesson_status: incomplete while playing; passed or failed at the end
- cmi.core.score.raw: the percentage (0-100), with score.min 0 and score.max 100
  (SCORM 1.2 has no scaled score; adlcp:masteryscore in the manifest is ${Math.round(MASTERY * 100)})
- cmi.core.session_time, cmi.core.exit ("suspend" when the window is closed early)
- cmi.suspend_data: the attempt, so it resumes where the learner left it (at most 4096 characters)
- cmi.interactions: one per question or call (id, type, student_response, correct pattern, result)`,
  scorm2004: `- cmi.completion_status (incomplete, then completed) and cmi.success_status (passed or failed)
- cmi.score.scaled (0-1), cmi.score.raw, cmi.score.min, cmi.score.max
  (the manifest's primary objective is satisfied by measure at ${MASTERY})
- cmi.session_time, cmi.exit ("suspend" when the window is closed early, else "normal")
- cmi.suspend_data: the attempt, so it resumes where the learner left it
- cmi.interactions: one per question or call (id, type, description, learner_response, correct pattern, result)`,
  cmi5: `- statements: initialized; completed and passed or failed (Normal launch mode only); terminated.
  Each carries the LMS's context template (registration and session id); durations are included.
  passed and failed carry the score (scaled, raw, min, max) and the mastery score the LMS set.
- moveOn in cmi5.xml is CompletedAndPassed, masteryScore ${MASTERY}; an LMS mastery score overrides it.
- suspend data: an activity state document (stateId "usm-trainer-suspend"), so the attempt resumes
- interactions: one "answered" statement per question or call (cmi.interaction activities)`,
};

export function packageReadme(o: {
  title: string;
  standard: Standard;
  what: string;
  scoring: string;
  files: readonly string[];
  version: string;
  sizes: string;
}): string {
  return `${o.title}
${'='.repeat(o.title.length)}

A ${STANDARD_NAMES[o.standard]} package from USM Trainer (version ${o.version}).

What the learner does
${o.what}

How it is scored
${o.scoring}

Uploading it
- Upload the zip file as it is (do not unzip it) as a ${STANDARD_NAMES[o.standard]} activity or course.
  Moodle: Add an activity > SCORM package (SCORM 1.2 or 2004) or the cmi5 plug-in.
  Cornerstone, SuccessFactors, Docebo, TalentLMS: upload as online content / a SCORM or xAPI course.
- Allow the package to open in a new window or in a frame; both work.
- One attempt is one sitting; a learner who closes the window resumes the same attempt next time.

What it reports to the LMS
${REPORTS[o.standard]}

Self-contained
All files are inside the zip (${o.files.join(', ')}); the package loads nothing from
any other host. It sends data only to the LMS that launched it${o.standard === 'cmi5' ? ' (the endpoint in the launch URL)' : ' (through the SCORM API in the LMS window)'}.
Opened outside an LMS it still plays and says that nothing will be recorded.

When something goes wrong
- "No ... LMS was found": the package was opened outside the LMS, or the LMS blocked the API. The learner can
  still play; the result is not recorded.
- "The saved attempt ... could not be read" or "... another version": the LMS returned suspend data that is
  damaged or from an older upload of this package; a new attempt starts and the learner is told.
- "The LMS did not accept ...": the message names the call and the LMS's error; send it to your LMS vendor.

Sizes: ${o.sizes}
`;
}
