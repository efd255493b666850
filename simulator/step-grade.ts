/**
 * One step grader, for the debrief and for practice mode's word after each decision: a route compared with
 * the expected one step by step, each wrong turn named with the misconception behind it (the table in
 * misconceptions.ts). grade() builds its forks component from `diffRoute`; the simulator asks `stepFeedback`
 * after every accepted decision. Both return message codes, never sentences.
 */
import { callTypeMisconception, misconceptionAt, type ForkMove, type MisconceptionId } from './misconceptions.ts';
import {
  earlyCloseByOutcome,
  isProcessId,
  routeFor,
  type OutcomeId,
  type ProcessId,
  type WorkflowNumber,
} from './usm.ts';
import { msg, term, type EngineMessage } from './messages.ts';
import { english } from './messages-en.ts';
import type { LearnerEvent } from './machines/events.ts';
import type { Scenario } from './scenario.ts';

export interface StepDiff {
  step: number;
  expected: ProcessId | null;
  chosen: ProcessId | string | null;
  ok: boolean;
  misconception?: MisconceptionId;
  /** The rule the wrong turn broke, as a message code; `rule` is its English. */
  ruleMessage?: EngineMessage;
  rule?: string;
}

/** A misconception's rule with the belief it corrects. */
export const rule = (id: MisconceptionId): EngineMessage =>
  msg('grade.rule', { rule: term(`misconception.${id}.rule`), belief: term(`misconception.${id}.inline`) });

const move = (p: string | null): ForkMove => (p && isProcessId(p) ? p : 'none');

/**
 * The route compared step by step with the expected one. `chosenOutcome` is how the learner's route ended
 * (null while it runs or when it is no workflow). After the first wrong turn, later differences follow from it.
 */
export function diffRoute(
  expectedRoute: readonly ProcessId[],
  route: readonly string[],
  expectedOutcome: OutcomeId,
  chosenOutcome: OutcomeId | null,
): StepDiff[] {
  const expectedEarly = earlyCloseByOutcome(expectedOutcome);
  const chosenEarly = chosenOutcome ? earlyCloseByOutcome(chosenOutcome) : null;
  const path: StepDiff[] = [];
  for (let i = 0; i < Math.max(expectedRoute.length, route.length); i++) {
    const exp = expectedRoute[i] ?? null;
    const got = route[i] ?? null;
    const diff: StepDiff = { step: i + 1, expected: exp, chosen: got, ok: exp === got };
    const firstTurn = path.find((d) => !d.ok && d.step > 1);
    const from = route[i - 1];
    if (!diff.ok && i > 0 && firstTurn) {
      diff.ruleMessage = msg('grade.step.followsFrom', { step: firstTurn.step });
    } else if (!diff.ok && i > 0 && from && isProcessId(from)) {
      // The early close is a move of its own: expected ('close' where the expected route ends) or chosen.
      const m =
        expectedEarly && exp === null && from === expectedEarly.process
          ? misconceptionAt(from, 'close', move(got))
          : chosenEarly && got === null && from === chosenEarly.process && chosenOutcome !== expectedOutcome
            ? misconceptionAt(from, move(exp), 'close')
            : misconceptionAt(from, move(exp), move(got));
      diff.misconception = m;
      diff.ruleMessage = rule(m);
    }
    if (diff.ruleMessage) diff.rule = english(diff.ruleMessage);
    path.push(diff);
  }
  return path;
}

export interface StepFeedback {
  ok: boolean;
  message: EngineMessage;
}

/**
 * Practice mode's word on the decision just taken (`event`, accepted), with the route as it now stands: the
 * call type, the entry process, or the fork just taken; null for decisions it does not judge.
 */
export function stepFeedback(
  expected: Scenario['expected'],
  event: LearnerEvent | null,
  route: readonly ProcessId[],
): StepFeedback | null {
  if (!event) return null;
  const expectedOutcome = expected.outcome ?? 'fulfilled';
  const expRoute = routeFor(expected.workflow as WorkflowNumber, expectedOutcome);
  if (event.type === 'CLASSIFY') {
    const m = callTypeMisconception(expected.callType, event.callType);
    return m
      ? { ok: false, message: msg('practice.classify.wrong', { rule: term(`misconception.${m}.rule`) }) }
      : { ok: true, message: msg('practice.classify.ok', { callType: term(`callType.${expected.callType}`) }) };
  }
  if (event.type === 'SEND_TO' && event.process === expRoute[0])
    return { ok: true, message: msg('practice.entry.ok', { process: term(`process.${event.process}`) }) };
  if (event.type !== 'TRIGGER' || route.length < 2) return null;
  const i = route.length - 1;
  const path = diffRoute(expRoute, route, expectedOutcome, null);
  const diff = path[i]!;
  const earlier = path.slice(0, i).find((d) => !d.ok);
  if (diff.ok && !earlier)
    return {
      ok: true,
      message: msg('practice.fork.ok', { from: term(`process.${route[i - 1]!}`), to: term(`process.${route[i]!}`) }),
    };
  // Off the expected route: the rule of this wrong turn, or the earlier wrong turn it follows from.
  const why = diff.misconception
    ? term(`misconception.${diff.misconception}.rule`)
    : (diff.ruleMessage ?? msg('grade.step.followsFrom', { step: earlier?.step ?? diff.step }));
  return { ok: false, message: msg('practice.fork.wrong', { rule: why }) };
}
export * from './usm-labels.ts';
