/**
 * Practice mode's word after each decision (moving to the engine in the groundwork issue). Loaded by the
 * simulator island with the learner's first move, so the misconceptions table is not in the page's first JS.
 */
import { CALL_TYPES, PROCESSES, routeFor, type ProcessId, type WorkflowNumber } from '../../../simulator/usm.ts';
import { MISCONCEPTIONS, callTypeMisconception, earlyCloseMisconception, forkMisconception } from '../../../simulator/misconceptions.ts';
import type { Scenario } from '../../../simulator/scenario.ts';
import type { Frame } from '../../../simulator/board.ts';
import { tSim as t } from '../../i18n/en.ts';

export function practiceFeedback(scenario: Scenario, last: Frame, route: ProcessId[]): { ok: boolean; text: string } | null {
  const e = last.event;
  if (!e || !last.accepted) return null;
  const exp = scenario.expected;
  const expRoute = routeFor(exp.workflow as WorkflowNumber, exp.outcome);
  if (e.type === 'CLASSIFY') {
    const m = callTypeMisconception(exp.callType, e.callType);
    return m ? { ok: false, text: t('sim.feedback.classify.wrong', { rule: MISCONCEPTIONS[m].rule }) } : { ok: true, text: t('sim.feedback.classify.ok', { callType: CALL_TYPES[exp.callType].name.toLowerCase() }) };
  }
  if (e.type === 'SEND_TO' && e.process === expRoute[0]) return { ok: true, text: t('sim.feedback.entry.ok', { process: PROCESSES[e.process].name }) };
  if (e.type === 'TRIGGER') {
    const i = route.length - 1;
    if (i < 1) return null;
    const from = route[i - 1]!;
    const to = route[i]!;
    if (expRoute[i] === to && expRoute.slice(0, i).every((p, k) => p === route[k])) return { ok: true, text: t('sim.feedback.fork.ok', { from: PROCESSES[from].name, to: PROCESSES[to].name }) };
    const m = expRoute[i] === undefined && exp.outcome && exp.outcome !== 'fulfilled' ? earlyCloseMisconception(true) : forkMisconception(from, (expRoute[i] ?? to) as ProcessId, to);
    return { ok: false, text: t('sim.feedback.fork.wrong', { rule: MISCONCEPTIONS[m].rule }) };
  }
  return null;
}
