/**
 * Grading: normalise the attempt, compare it component by component with the scenario's answer, and
 * explain every difference with the USM rule it broke. Never a bare yes/no.
 */
import {
  CALL_TYPES,
  IMPACTS,
  PROCESSES,
  URGENCIES,
  earlyCloseByOutcome,
  entryProcessOf,
  isCallTypeId,
  isProcessId,
  priorityOf,
  ratingDistance,
  routeFor,
  routeOutcome,
  workflowByNumber,
  type CallTypeId,
  type Impact,
  type OutcomeId,
  type ProcessId,
  type Urgency,
  type WorkflowNumber,
} from './usm.ts';
import { MISCONCEPTIONS, callTypeMisconception, earlyCloseMisconception, forkMisconception, type MisconceptionId } from './misconceptions.ts';
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
  /** 'fulfilled', an early close (Agree closed at Negotiate without agreement), or null for no workflow. */
  outcomeChosen: OutcomeId | null;
  outcomeExpected: OutcomeId;
  feedback: string[];
  components: GradeComponent[];
  path: StepDiff[];
  misconceptions: MisconceptionId[];
}

export const WEIGHTS = { callType: 30, entry: 20, forks: 40, priority: 10, priorityNeighbour: 3, illegalMove: 5, illegalMoveCap: 20, hint: 5, hintCap: 15 } as const;

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
  const expectedOutcome: OutcomeId = scenario.expected.outcome ?? 'fulfilled';
  const expectedRoute = routeFor(expectedWorkflow.number, expectedOutcome);
  const expectedEarly = earlyCloseByOutcome(expectedOutcome);
  // Normalise: trim and lower-case ids, drop empty steps.
  const callType = String(attempt.callType ?? '').trim().toLowerCase();
  const route = (attempt.route ?? []).map((p) => String(p).trim().toLowerCase()).filter((p) => p.length > 0);
  const chosen = routeOutcome(route);
  const workflowChosen = chosen?.workflow ?? null;
  const chosenEarly = chosen ? earlyCloseByOutcome(chosen.outcome) : null;
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
        const m = expectedEarly && exp === null && from === expectedEarly.process
          ? earlyCloseMisconception(true)
          : chosenEarly && got === null && from === chosenEarly.process && chosen!.outcome !== expectedOutcome
            ? earlyCloseMisconception(false)
            : exp === null
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
    forkFeedback = expectedEarly
      ? `Forks: none; the call was ${expectedEarly.name}, so ${name(expectedEntry)} realized nothing, correct.`
      : `Forks: none needed; ${name(expectedEntry)} triggers no other process here, correct.`;
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
              ? `after ${from} you triggered ${name(d.chosen)}, but the ${expectedEarly ? 'call closes' : 'workflow ends'} there`
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

  // 4. Priority (only where both the scenario and the attempt give it). USM fixes the scales; the
  // ratings are local judgement, so a neighbouring rating earns part credit unless the call settles it.
  const { impact, urgency } = scenario.expected;
  const priorityAssessed = !!(impact && urgency && attempt.impact !== undefined && attempt.urgency !== undefined);
  if (impact && urgency && priorityAssessed) {
    const clear = scenario.expected.priorityClear ?? [];
    const rate = (dim: 'impact' | 'urgency', scale: readonly string[], key: string, got: string) => {
      const distance = ratingDistance(scale, key, got);
      if (distance === 0) return { points: WEIGHTS.priority / 2, text: null, wrong: false };
      if (distance === 1 && !clear.includes(dim)) return { points: WEIGHTS.priorityNeighbour, text: `${dim} ${got} is next to the key's ${key} (part credit)`, wrong: false };
      return { points: 0, text: `${dim} is ${key}, not ${got}${clear.includes(dim) ? " (the call's words settle it)" : ''}`, wrong: true };
    };
    const parts = [
      rate('impact', IMPACTS, impact, String(attempt.impact).trim().toLowerCase()),
      rate('urgency', URGENCIES, urgency, String(attempt.urgency).trim().toLowerCase()),
    ];
    const points = parts.reduce((n, p) => n + p.points, 0);
    const misjudged = parts.some((p) => p.wrong);
    if (misjudged) note('priority-misjudged');
    const texts = parts.flatMap((p) => (p.text ? [p.text] : []));
    const local = 'USM fixes the scales and the principle (impact × urgency); the ratings and the priority table are agreed locally.';
    components.push({
      id: 'priority', points, max: WEIGHTS.priority, ok: texts.length === 0,
      misconception: misjudged ? 'priority-misjudged' : undefined,
      feedback: texts.length === 0
        ? `Priority: impact ${impact} × urgency ${urgency} = priority ${priorityOf(impact, urgency)}, correct. ${local}`
        : `Priority: ${texts.join('; ')} (priority ${priorityOf(impact, urgency)} in this course's table). ${local}${misjudged ? ` ${rule('priority-misjudged')}` : ''}`,
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
  const passed = workflowChosen === expectedWorkflow.number && chosen?.outcome === expectedOutcome && callType === expectedCall;
  const ended = (n: WorkflowNumber, early: typeof expectedEarly) => `workflow ${n} (${workflowByNumber(n)!.name})${early ? `, ${early.name}` : ''}`;
  const chosenName = workflowChosen ? ended(workflowChosen, chosenEarly) : `no USM workflow (${route.join(' → ') || 'empty route'})`;
  const summary = passed
    ? `You executed ${ended(expectedWorkflow.number, expectedEarly)}, as expected.`
    : `You executed ${chosenName}; expected ${ended(expectedWorkflow.number, expectedEarly)}.`;
  const feedback = [summary, ...components.filter((c) => !c.ok || c.id === 'callType' || c.id === 'forks' || (c.id === 'priority' && priorityAssessed)).map((c) => c.feedback)];
  if (scenario.explanation) feedback.push(scenario.explanation);
  return {
    passed, score, workflowChosen, workflowExpected: expectedWorkflow.number, outcomeChosen: chosen?.outcome ?? null, outcomeExpected: expectedOutcome,
    feedback, components, path, misconceptions,
  };
}
