/**
 * Grading: normalise the attempt, compare it component by component with the scenario's answer, and
 * explain every difference with the USM rule it broke. Never a bare yes/no.
 */
import {
  CALL_TYPES,
  PROCESSES,
  entryProcessOf,
  isCallTypeId,
  isProcessId,
  priorityOf,
  workflowByNumber,
  workflowOf,
  type CallTypeId,
  type Impact,
  type ProcessId,
  type Urgency,
  type WorkflowNumber,
} from './usm.ts';
import { MISCONCEPTIONS, callTypeMisconception, forkMisconception, type MisconceptionId } from './misconceptions.ts';
import type { Scenario } from './scenario.ts';
import { withArticle } from './text.ts';

export interface Attempt {
  callType: CallTypeId | string;
  route: readonly (ProcessId | string)[];
  impact?: Impact | string;
  urgency?: Urgency | string;
  /** Moves the machine refused (each costs points). */
  illegalMoves?: number;
  /** Hints the learner asked for (each costs points). */
  hintsUsed?: number;
}

export type ComponentId = 'callType' | 'entry' | 'forks' | 'priority' | 'illegalMoves' | 'hints';

export interface GradeComponent {
  id: ComponentId;
  /** Points earned (negative for penalties). */
  points: number;
  /** Points available (0 for penalties). */
  max: number;
  ok: boolean;
  /** The misconception that cost the points, when one is known. */
  misconception?: MisconceptionId;
  feedback: string;
}

export interface StepDiff {
  step: number;
  expected: ProcessId | null;
  chosen: ProcessId | string | null;
  ok: boolean;
  misconception?: MisconceptionId;
  rule?: string;
}

export interface GradeResult {
  passed: boolean;
  score: number;
  workflowChosen: WorkflowNumber | null;
  workflowExpected: WorkflowNumber;
  feedback: string[];
  components: GradeComponent[];
  path: StepDiff[];
  misconceptions: MisconceptionId[];
}

export const WEIGHTS = { callType: 30, entry: 20, forks: 40, priority: 10, illegalMove: 5, illegalMoveCap: 20, hint: 5, hintCap: 15 } as const;

const name = (p: string | null | undefined): string => (p && isProcessId(p) ? PROCESSES[p].name : p ? `"${p}"` : 'nothing');
const callName = (c: string): string => (isCallTypeId(c) ? CALL_TYPES[c].name.toLowerCase() : `"${c}"`);
const rule = (id: MisconceptionId): string => `${MISCONCEPTIONS[id].rule} (Misconception: ${MISCONCEPTIONS[id].belief.toLowerCase()})`;

function nonNegativeInt(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** Compares an attempt with a scenario's expected answer. */
export function grade(scenario: Pick<Scenario, 'expected'> & Partial<Pick<Scenario, 'explanation'>>, attempt: Attempt): GradeResult {
  const expectedWorkflow = workflowByNumber(scenario.expected.workflow);
  if (!expectedWorkflow) throw new Error(`scenario expects workflow ${scenario.expected.workflow}, which is not 1–8`);
  const expectedRoute = expectedWorkflow.route;
  // Normalise: trim and lower-case ids, drop empty steps.
  const callType = String(attempt.callType ?? '').trim().toLowerCase();
  const route = (attempt.route ?? []).map((p) => String(p).trim().toLowerCase()).filter((p) => p.length > 0);
  const workflowChosen = workflowOf(route);
  const components: GradeComponent[] = [];
  const misconceptions: MisconceptionId[] = [];
  const note = (m: MisconceptionId | null | undefined) => {
    if (m && !misconceptions.includes(m)) misconceptions.push(m);
  };

  // 1. Call type
  const expectedCall = scenario.expected.callType;
  if (callType === expectedCall) {
    components.push({ id: 'callType', points: WEIGHTS.callType, max: WEIGHTS.callType, ok: true, feedback: `Call type: ${callName(expectedCall)}, correct.` });
  } else {
    const m = isCallTypeId(callType) ? callTypeMisconception(expectedCall, callType) : 'wrong-entry-process';
    note(m);
    components.push({
      id: 'callType', points: 0, max: WEIGHTS.callType, ok: false, misconception: m ?? undefined,
      feedback: `Call type: you chose ${callName(callType)}, but this call is ${withArticle(callName(expectedCall))}. ${CALL_TYPES[expectedCall].definition} ${m ? rule(m) : ''}`.trim(),
    });
  }

  // 2. Entry process
  const expectedEntry = entryProcessOf(expectedCall);
  const entry = route[0] ?? null;
  if (entry === expectedEntry) {
    components.push({ id: 'entry', points: WEIGHTS.entry, max: WEIGHTS.entry, ok: true, feedback: `Entry process: ${name(entry)}, correct; ${withArticle(callName(expectedCall))} starts ${name(expectedEntry)}.` });
  } else {
    note('wrong-entry-process');
    components.push({
      id: 'entry', points: 0, max: WEIGHTS.entry, ok: false, misconception: 'wrong-entry-process',
      feedback: `Entry process: you sent the call to ${name(entry)}, but ${withArticle(callName(expectedCall))} starts ${name(expectedEntry)}. ${rule('wrong-entry-process')}`,
    });
  }

  // 3. Forks: compare the route step by step after the entry.
  const path: StepDiff[] = [];
  const length = Math.max(expectedRoute.length, route.length);
  for (let i = 0; i < length; i++) {
    const exp = expectedRoute[i] ?? null;
    const got = route[i] ?? null;
    const diff: StepDiff = { step: i + 1, expected: exp, chosen: got, ok: exp === got };
    const firstTurn = path.find((d) => !d.ok && d.step > 1);
    if (!diff.ok && i > 0 && firstTurn) {
      diff.rule = `This follows from the wrong turn at step ${firstTurn.step}.`;
    } else if (!diff.ok && i > 0) {
      const from = route[i - 1];
      if (from && isProcessId(from)) {
        const m = exp === null
          ? (from === 'operate' ? 'operate-hands-on' : 'last-process-closes')
          : forkMisconception(from, exp, got && isProcessId(got) ? got : null);
        note(m);
        diff.misconception = m;
        diff.rule = rule(m);
      }
    }
    path.push(diff);
  }
  const forkSteps = path.slice(1);
  let forkFeedback: string;
  let forkPoints: number;
  if (forkSteps.length === 0) {
    forkPoints = WEIGHTS.forks;
    forkFeedback = `Forks: none needed; ${name(expectedEntry)} triggers no other process here, correct.`;
  } else {
    const matched = forkSteps.filter((d) => d.ok).length;
    forkPoints = Math.round((WEIGHTS.forks * matched) / forkSteps.length);
    const wrong = forkSteps.filter((d) => !d.ok);
    forkFeedback = wrong.length === 0
      ? `Forks: ${expectedRoute.join(' → ')}, every fork correct.`
      : 'Forks: ' + wrong.map((d) => {
          const from = name(route[d.step - 2] ?? null);
          const what = d.chosen === null
            ? `after ${from} you triggered nothing, but the route continues to ${name(d.expected)}`
            : d.expected === null
              ? `after ${from} you triggered ${name(d.chosen)}, but the workflow ends there`
              : `after ${from} you triggered ${name(d.chosen)}, but ${name(d.expected)} was needed`;
          return `step ${d.step}: ${what}. ${d.rule ?? ''}`.trim();
        }).join(' ');
  }
  const forkMis = path.find((d) => !d.ok && d.step > 1 && d.misconception)?.misconception;
  components.push({
    id: 'forks', points: forkPoints, max: WEIGHTS.forks, ok: forkPoints === WEIGHTS.forks,
    misconception: forkMis,
    feedback: forkFeedback,
  });

  // 4. Priority (only where both the scenario and the attempt give it)
  const { impact, urgency } = scenario.expected;
  if (impact && urgency && attempt.impact !== undefined && attempt.urgency !== undefined) {
    const gotImpact = String(attempt.impact).trim().toLowerCase();
    const gotUrgency = String(attempt.urgency).trim().toLowerCase();
    const okImpact = gotImpact === impact;
    const okUrgency = gotUrgency === urgency;
    const points = (okImpact ? WEIGHTS.priority / 2 : 0) + (okUrgency ? WEIGHTS.priority / 2 : 0);
    const parts: string[] = [];
    if (!okImpact) parts.push(`impact is ${impact}, not ${gotImpact}`);
    if (!okUrgency) parts.push(`urgency is ${urgency}, not ${gotUrgency}`);
    if (parts.length) note('priority-misjudged');
    components.push({
      id: 'priority', points, max: WEIGHTS.priority, ok: parts.length === 0,
      misconception: parts.length ? 'priority-misjudged' : undefined,
      feedback: parts.length === 0
        ? `Priority: impact ${impact} × urgency ${urgency} = priority ${priorityOf(impact, urgency)}, correct.`
        : `Priority: ${parts.join('; ')} (priority ${priorityOf(impact, urgency)}). ${rule('priority-misjudged')}`,
    });
  } else {
    components.push({ id: 'priority', points: WEIGHTS.priority, max: WEIGHTS.priority, ok: true, feedback: 'Priority: not assessed in this attempt.' });
  }

  // 5. Penalties
  const illegal = nonNegativeInt(attempt.illegalMoves);
  const hints = nonNegativeInt(attempt.hintsUsed);
  const illegalPenalty = Math.min(illegal * WEIGHTS.illegalMove, WEIGHTS.illegalMoveCap);
  const hintPenalty = Math.min(hints * WEIGHTS.hint, WEIGHTS.hintCap);
  components.push({
    id: 'illegalMoves', points: illegalPenalty ? -illegalPenalty : 0, max: 0, ok: illegal === 0,
    feedback: illegal === 0 ? 'Moves: none refused.' : `Moves: ${illegal} move(s) refused by USM's rules (−${illegalPenalty}).`,
  });
  components.push({
    id: 'hints', points: hintPenalty ? -hintPenalty : 0, max: 0, ok: hints === 0,
    feedback: hints === 0 ? 'Hints: none used.' : `Hints: ${hints} used (−${hintPenalty}).`,
  });

  const score = Math.max(0, Math.min(100, components.reduce((s, c) => s + c.points, 0)));
  const passed = workflowChosen === expectedWorkflow.number && callType === expectedCall;
  const chosenName = workflowChosen ? `workflow ${workflowChosen} (${workflowByNumber(workflowChosen)!.name})` : `no USM workflow (${route.join(' → ') || 'empty route'})`;
  const summary = passed
    ? `You executed workflow ${expectedWorkflow.number} (${expectedWorkflow.name}), as expected.`
    : `You executed ${chosenName}; expected workflow ${expectedWorkflow.number} (${expectedWorkflow.name}).`;
  const feedback = [summary, ...components.filter((c) => !c.ok || c.id === 'callType' || c.id === 'forks').map((c) => c.feedback)];
  if (scenario.explanation) feedback.push(scenario.explanation);
  return { passed, score, workflowChosen, workflowExpected: expectedWorkflow.number, feedback, components, path, misconceptions };
}
