/** The events that play a workflow from intake to 'workflow fulfilled': a reference solution. */
import { entryProcessOf, workflowByNumber, type CallTypeId } from '../usm.ts';
import type { LearnerEvent } from './events.ts';

export function solutionEvents(callType: CallTypeId, workflow: number): LearnerEvent[] {
  const w = workflowByNumber(workflow);
  if (!w) throw new Error(`workflow ${workflow} is not 1–8`);
  if (entryProcessOf(callType) !== w.route[0]) throw new Error(`a ${callType} cannot start workflow ${workflow}`);
  const events: LearnerEvent[] = [
    { type: 'CLASSIFY', callType },
    { type: 'SEND_TO', process: w.route[0]! },
  ];
  for (const next of w.route.slice(1)) events.push({ type: 'ADVANCE' }, { type: 'TRIGGER', process: next });
  // The last process (Operate) advances to its close; then each process closes, innermost first.
  events.push({ type: 'ADVANCE' });
  for (let i = 0; i < w.route.length; i++) events.push({ type: 'ADVANCE' });
  return events;
}
