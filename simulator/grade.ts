/**
 * Grading: normalise the attempt, compare it component by component with the scenario's answer, and
 * explain every difference with the USM rule it broke. Never a bare yes/no.
 */
import {
  IMPACTS,
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
import { callTypeMisconception, type MisconceptionId } from './misconceptions.ts';
import { diffRoute, rule, type StepDiff } from './step-grade.ts';
import type { Scenario } from './scenario.ts';
import { list, msg, term, type EngineMessage } from './messages.ts';
import { english } from './messages-en.ts';

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
  /** The feedback as a message code (format it with a dictionary); `feedback` is its English. */
  message: EngineMessage;
  feedback: string;
}

export type { StepDiff } from './step-grade.ts';

export interface GradeResult {
  passed: boolean;
  score: number;
  workflowChosen: WorkflowNumber | null;
  workflowExpected: WorkflowNumber;
  /** 'fulfilled', an early close (Agree closed at Negotiate without agreement), or null for no workflow. */
  outcomeChosen: OutcomeId | null;
  outcomeExpected: OutcomeId;
  feedback: string[];
  /** The feedback as message codes, one per line of `feedback` (the English default, PRODUCT.md §3). */
  messages: EngineMessage[];
  components: GradeComponent[];
  path: StepDiff[];
  misconceptions: MisconceptionId[];
}

export const WEIGHTS = {
  callType: 30,
  entry: 20,
  forks: 40,
  priority: 10,
  priorityNeighbour: 3,
  illegalMove: 5,
  illegalMoveCap: 20,
  hint: 5,
  hintCap: 15,
} as const;

/** A process (or what the learner typed in its place, or nothing), a call type, a misconception's rule. */
const name = (p: string | null | undefined): EngineMessage =>
  p && isProcessId(p) ? term(`process.${p}`) : p ? msg('quoted', { text: p }) : term('nothing');
const callName = (c: string): EngineMessage => (isCallTypeId(c) ? term(`callType.${c}`) : msg('quoted', { text: c }));
const callNameA = (c: string): EngineMessage =>
  isCallTypeId(c) ? term(`callType.a.${c}`) : msg('quoted', { text: c });
/** A component with its message and that message's English. */
const component = (c: Omit<GradeComponent, 'feedback'>): GradeComponent => ({ ...c, feedback: english(c.message) });

function nonNegativeInt(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** Compares an attempt with a scenario's expected answer. */
export function grade(
  scenario: Pick<Scenario, 'expected'> & Partial<Pick<Scenario, 'explanation'>>,
  attempt: Attempt,
): GradeResult {
  const expectedWorkflow = workflowByNumber(scenario.expected.workflow);
  if (!expectedWorkflow) throw new Error(`scenario expects workflow ${scenario.expected.workflow}, which is not 1–8`);
  const expectedOutcome: OutcomeId = scenario.expected.outcome ?? 'fulfilled';
  const expectedRoute = routeFor(expectedWorkflow.number, expectedOutcome);
  const expectedEarly = earlyCloseByOutcome(expectedOutcome);
  // Normalise: trim and lower-case ids, drop empty steps.
  const callType = String(attempt.callType ?? '')
    .trim()
    .toLowerCase();
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
    components.push(
      component({
        id: 'callType',
        points: WEIGHTS.callType,
        max: WEIGHTS.callType,
        ok: true,
        message: msg('grade.callType.ok', { callType: callName(expectedCall) }),
      }),
    );
  } else {
    const m = isCallTypeId(callType) ? callTypeMisconception(expectedCall, callType) : 'wrong-entry-process';
    note(m);
    components.push(
      component({
        id: 'callType',
        points: 0,
        max: WEIGHTS.callType,
        ok: false,
        misconception: m ?? undefined,
        message: msg('grade.callType.wrong', {
          chosen: callName(callType),
          expected: callNameA(expectedCall),
          definition: term(`callType.definition.${expectedCall}`),
          rule: m ? rule(m) : '',
        }),
      }),
    );
  }

  // 2. Entry process
  const expectedEntry = entryProcessOf(expectedCall);
  const entry = route[0] ?? null;
  if (entry === expectedEntry) {
    components.push(
      component({
        id: 'entry',
        points: WEIGHTS.entry,
        max: WEIGHTS.entry,
        ok: true,
        message: msg('grade.entry.ok', {
          entry: name(entry),
          callType: callNameA(expectedCall),
          process: name(expectedEntry),
        }),
      }),
    );
  } else {
    note('wrong-entry-process');
    components.push(
      component({
        id: 'entry',
        points: 0,
        max: WEIGHTS.entry,
        ok: false,
        misconception: 'wrong-entry-process',
        message: msg('grade.entry.wrong', {
          chosen: name(entry),
          callType: callNameA(expectedCall),
          expected: name(expectedEntry),
          rule: rule('wrong-entry-process'),
        }),
      }),
    );
  }

  // 3. Forks: compare the route step by step after the entry (the same step grader as practice mode's).
  const path = diffRoute(expectedRoute, route, expectedOutcome, chosen?.outcome ?? null);
  for (const d of path) note(d.misconception);
  const forkSteps = path.slice(1);
  let forkMessage: EngineMessage;
  let forkPoints: number;
  if (forkSteps.length === 0) {
    forkPoints = WEIGHTS.forks;
    forkMessage = expectedEarly
      ? msg('grade.forks.none.early', { close: term(`outcome.${expectedEarly.outcome}`), process: name(expectedEntry) })
      : msg('grade.forks.none', { process: name(expectedEntry) });
  } else {
    const matched = forkSteps.filter((d) => d.ok).length;
    forkPoints = Math.round((WEIGHTS.forks * matched) / forkSteps.length);
    const wrong = forkSteps.filter((d) => !d.ok);
    forkMessage =
      wrong.length === 0
        ? msg('grade.forks.ok', { route: list('list.arrow', expectedRoute) })
        : msg('grade.forks.wrong', {
            steps: list(
              'list.space',
              wrong.map((d) => {
                const from = name(route[d.step - 2] ?? null);
                const what =
                  d.chosen === null
                    ? msg('grade.fork.missing', { from, expected: name(d.expected) })
                    : d.expected === null
                      ? msg(expectedEarly ? 'grade.fork.extra.close' : 'grade.fork.extra.end', {
                          from,
                          chosen: name(d.chosen),
                        })
                      : msg('grade.fork.wrong', { from, chosen: name(d.chosen), expected: name(d.expected) });
                return msg('grade.fork.step', { step: d.step, what, rule: d.ruleMessage ?? '' });
              }),
            ),
          });
  }
  const forkMis = path.find((d) => !d.ok && d.step > 1 && d.misconception)?.misconception;
  components.push(
    component({
      id: 'forks',
      points: forkPoints,
      max: WEIGHTS.forks,
      ok: forkPoints === WEIGHTS.forks,
      misconception: forkMis,
      message: forkMessage,
    }),
  );

  // 4. Priority (only where both the scenario and the attempt give it). USM fixes the scales; the
  // ratings are local judgement, so a neighbouring rating earns part credit unless the call settles it.
  const { impact, urgency } = scenario.expected;
  const priorityAssessed = !!(impact && urgency && attempt.impact !== undefined && attempt.urgency !== undefined);
  if (impact && urgency && priorityAssessed) {
    const clear = scenario.expected.priorityClear ?? [];
    const rating = (r: string): EngineMessage =>
      (IMPACTS as readonly string[]).includes(r) ? term(`rating.${r as Impact}`) : msg('text', { text: r });
    const rate = (dim: 'impact' | 'urgency', scale: readonly string[], key: string, got: string) => {
      const distance = ratingDistance(scale, key, got);
      const said = { dimension: term(`dimension.${dim}`), got: rating(got), key: rating(key) };
      if (distance === 0) return { points: WEIGHTS.priority / 2, text: null, wrong: false };
      if (distance === 1 && !clear.includes(dim))
        return { points: WEIGHTS.priorityNeighbour, text: msg('grade.priority.near', said), wrong: false };
      return {
        points: 0,
        text: msg(clear.includes(dim) ? 'grade.priority.off.settled' : 'grade.priority.off', said),
        wrong: true,
      };
    };
    const parts = [
      rate('impact', IMPACTS, impact, String(attempt.impact).trim().toLowerCase()),
      rate('urgency', URGENCIES, urgency, String(attempt.urgency).trim().toLowerCase()),
    ];
    const points = parts.reduce((n, p) => n + p.points, 0);
    const misjudged = parts.some((p) => p.wrong);
    if (misjudged) note('priority-misjudged');
    const texts = parts.flatMap((p) => (p.text ? [p.text] : []));
    const local = term('grade.priority.local');
    components.push(
      component({
        id: 'priority',
        points,
        max: WEIGHTS.priority,
        ok: texts.length === 0,
        misconception: misjudged ? 'priority-misjudged' : undefined,
        message:
          texts.length === 0
            ? msg('grade.priority.ok', {
                impact: term(`rating.${impact}`),
                urgency: term(`rating.${urgency}`),
                priority: priorityOf(impact, urgency),
                local,
              })
            : msg('grade.priority.wrong', {
                problems: list('list.semicolon', texts),
                priority: priorityOf(impact, urgency),
                local,
                rule: misjudged ? rule('priority-misjudged') : '',
              }),
      }),
    );
  } else {
    components.push(
      component({
        id: 'priority',
        points: WEIGHTS.priority,
        max: WEIGHTS.priority,
        ok: true,
        message: msg('grade.priority.notAssessed'),
      }),
    );
  }

  // 5. Penalties
  const illegal = nonNegativeInt(attempt.illegalMoves);
  const hints = nonNegativeInt(attempt.hintsUsed);
  const illegalPenalty = Math.min(illegal * WEIGHTS.illegalMove, WEIGHTS.illegalMoveCap);
  const hintPenalty = Math.min(hints * WEIGHTS.hint, WEIGHTS.hintCap);
  components.push(
    component({
      id: 'illegalMoves',
      points: illegalPenalty ? -illegalPenalty : 0,
      max: 0,
      ok: illegal === 0,
      message:
        illegal === 0 ? msg('grade.moves.none') : msg('grade.moves.some', { n: illegal, penalty: illegalPenalty }),
    }),
  );
  components.push(
    component({
      id: 'hints',
      points: hintPenalty ? -hintPenalty : 0,
      max: 0,
      ok: hints === 0,
      message: hints === 0 ? msg('grade.hints.none') : msg('grade.hints.some', { n: hints, penalty: hintPenalty }),
    }),
  );

  const score = Math.max(
    0,
    Math.min(
      100,
      components.reduce((s, c) => s + c.points, 0),
    ),
  );
  const passed =
    workflowChosen === expectedWorkflow.number && chosen?.outcome === expectedOutcome && callType === expectedCall;
  const ended = (n: WorkflowNumber, early: typeof expectedEarly): EngineMessage =>
    early
      ? msg('grade.workflow.early', { n, name: term(`workflow.${n}`), close: term(`outcome.${early.outcome}`) })
      : msg('grade.workflow', { n, name: term(`workflow.${n}`) });
  const chosenName = workflowChosen
    ? ended(workflowChosen, chosenEarly)
    : msg('grade.noWorkflow', { route: route.length ? list('list.arrow', route) : term('grade.emptyRoute') });
  const summary = passed
    ? msg('grade.summary.ok', { executed: ended(expectedWorkflow.number, expectedEarly) })
    : msg('grade.summary.wrong', { chosen: chosenName, expected: ended(expectedWorkflow.number, expectedEarly) });
  const messages = [
    summary,
    ...components
      .filter((c) => !c.ok || c.id === 'callType' || c.id === 'forks' || (c.id === 'priority' && priorityAssessed))
      .map((c) => c.message),
  ];
  if (scenario.explanation) messages.push(msg('text', { text: scenario.explanation }));
  return {
    passed,
    score,
    workflowChosen,
    workflowExpected: expectedWorkflow.number,
    outcomeChosen: chosen?.outcome ?? null,
    outcomeExpected: expectedOutcome,
    feedback: messages.map(english),
    messages,
    components,
    path,
    misconceptions,
  };
}
