/**
 * Grading: normalise the attempt, compare it component by component with the scenario's answer, and
 * explain every difference with the USM rule it broke. Never a bare yes/no.
 */
import {
  earlyCloseByOutcome,
  entryProcessOf,
  routeFor,
  routeOutcome,
  workflowByNumber,
  type OutcomeId,
  type WorkflowNumber,
} from './usm.ts';
import type { MisconceptionId } from './misconceptions.ts';
import { diffRoute, type StepDiff } from './step-grade.ts';
import type { Scenario } from './scenario.ts';
import { list, msg, term, type EngineMessage } from './messages.ts';
import { english } from './messages-en.ts';
import {
  callTypeComponent,
  entryComponent,
  forksComponent,
  type Attempt,
  type GradeComponent,
  type Note,
} from './grade-parts.ts';
import { penaltyComponents, priorityComponent } from './grade-priority.ts';

export { WEIGHTS, type Attempt, type ComponentId, type GradeComponent } from './grade-parts.ts';
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
  const note: Note = (m) => {
    if (m && !misconceptions.includes(m)) misconceptions.push(m);
  };

  // 1. Call type
  const expectedCall = scenario.expected.callType;
  components.push(callTypeComponent(expectedCall, callType, note));

  // 2. Entry process
  const expectedEntry = entryProcessOf(expectedCall);
  components.push(entryComponent(expectedCall, route[0] ?? null, note));

  // 3. Forks: compare the route step by step after the entry (the same step grader as practice mode's).
  const path = diffRoute(expectedRoute, route, expectedOutcome, chosen?.outcome ?? null);
  for (const d of path) note(d.misconception);
  components.push(forksComponent(path, route, expectedRoute, expectedEntry, expectedEarly));

  // 4. Priority (only where both the scenario and the attempt give it).
  const priority = priorityComponent(scenario.expected, attempt, note);
  const priorityAssessed = priority.assessed;
  components.push(priority.component);

  // 5. Penalties
  components.push(...penaltyComponents(attempt));

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
