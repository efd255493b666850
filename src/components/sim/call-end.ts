/**
 * What the simulator needs only once a call is over: grading, the board's debrief (ghost and pins), the
 * debrief and replay views, and saving the result. Loaded on demand, so a page ships none of it until the
 * call is fulfilled.
 */
import { grade, type Attempt, type GradeResult } from '#engine/model';
import type { Scenario } from '#engine/model';
import { debriefOf, type DebriefBoard } from '#engine/machines';
import { browserStore } from '../../lib/store/index.ts';
import { recordScenarioResult } from '../../lib/scenario-results.ts';

export { default as Debrief } from './Debrief.tsx';
export { default as PinList } from './PinList.tsx';
export { default as ReplayControls } from './ReplayControls.tsx';

export interface CallEnd {
  result: GradeResult | null;
  debrief: DebriefBoard | null;
}

/** Grades a fulfilled call (not in the sandbox) and saves the result once (not for a custom call: `save` false). */
export function endCall(scenario: Scenario | null, graded: boolean, attempt: Attempt, save = true): CallEnd {
  if (!scenario || !graded) return { result: null, debrief: null };
  const result = grade(scenario, attempt);
  if (save) recordScenarioResult(browserStore(), scenario.id, result);
  return { result, debrief: debriefOf(result, scenario.expected.callType, attempt.route) };
}
