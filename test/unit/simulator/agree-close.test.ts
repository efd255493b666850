/**
 * The Agree close (usm-facts.md §1.3, Agree step 5): when Negotiate ends without agreement, Agree closes
 * the call without its fork. Workflow 1 then ends early with the route Agree alone.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  EARLY_CLOSES,
  FORKS,
  WORKFLOWS,
  callMachine,
  grade,
  parseScenario,
  processStack,
  routeFor,
  routeOutcome,
  solutionEvents,
  workflowOf,
  type LearnerEvent,
} from '../../../simulator/index.ts';

const play = (events: LearnerEvent[]) => {
  const actor = createActor(callMachine, { input: { mode: 'practice' } }).start();
  for (const e of events) actor.send(e);
  return actor;
};

const closeAtNegotiate: LearnerEvent[] = [
  { type: 'CLASSIFY', callType: 'wish' },
  { type: 'SEND_TO', process: 'agree' },
  { type: 'ADVANCE' },
  { type: 'FINISH' },
];
const noDeal = {
  expected: { callType: 'wish' as const, workflow: 1 as const, outcome: 'no-agreement' as const },
  explanation: 'The council declined the offer.',
};
const fullWish = {
  expected: { callType: 'wish' as const, workflow: 1 as const },
  explanation: 'The mine signed the revised agreement.',
};

describe('the model of the Agree close', () => {
  it('lets Agree close without its fork, and keeps every full route and its workflow number', () => {
    expect(FORKS.agree).toEqual({ artifacts: ['rfc'], required: false });
    expect(EARLY_CLOSES).toEqual([
      expect.objectContaining({
        outcome: 'no-agreement',
        workflow: 1,
        process: 'agree',
        step: 'negotiate',
        route: ['agree'],
      }),
    ]);
    for (const w of WORKFLOWS) {
      expect(workflowOf(w.route)).toBe(w.number);
      expect(routeOutcome(w.route)).toEqual({ workflow: w.number, outcome: 'fulfilled' });
      expect(routeFor(w.number)).toEqual(w.route);
    }
    expect(workflowOf(['agree'])).toBeNull();
    expect(routeOutcome(['agree'])).toEqual({ workflow: 1, outcome: 'no-agreement' });
    expect(routeFor(1, 'no-agreement')).toEqual(['agree']);
    expect(routeOutcome(['agree', 'change'])).toBeNull();
    expect(routeOutcome(['improve', 'agree'])).toBeNull();
  });
});

describe('the machines', () => {
  it('accept a wish closed at Negotiate without a fork, and end the call "workflow 1, no agreement"', () => {
    const actor = play(closeAtNegotiate.slice(0, 3));
    expect(processStack(actor.getSnapshot()).at(-1)).toMatchObject({ process: 'agree', state: 'atFork' });
    actor.send({ type: 'FINISH' });
    const s = actor.getSnapshot();
    expect(s.status).toBe('done');
    expect(s.context.illegalMoves).toBe(0);
    expect(s.output).toMatchObject({ callType: 'wish', route: ['agree'], workflow: 1, outcome: 'no-agreement' });
  });

  it('still end the full workflow 1 as "fulfilled"', () => {
    const s = play(solutionEvents('wish', 1)).getSnapshot();
    expect(s.output).toMatchObject({ route: ['agree', 'change', 'operate'], workflow: 1, outcome: 'fulfilled' });
  });

  it('refuse the close without agreement inside workflow 6, where Improve started the workflow', () => {
    const events = solutionEvents('risk', 6).slice(0, 5); // classify, send, advance, trigger Agree, advance to Agree's fork
    const actor = play(events);
    expect(processStack(actor.getSnapshot()).at(-1)).toMatchObject({ process: 'agree', depth: 1, state: 'atFork' });
    actor.send({ type: 'FINISH' });
    const s = actor.getSnapshot();
    expect(processStack(s).at(-1)).toMatchObject({ process: 'agree', state: 'atFork' });
    expect(s.context.refusals[0]).toMatchObject({
      by: 'agree',
      misconception: 'agree-delivers-itself',
      reason: expect.stringMatching(
        /only when closed at Negotiate without agreement in the workflow it started \(workflow 1\)/,
      ),
    });
  });
});

describe('grading the Agree close', () => {
  it('gives full marks to a scenario expecting the close, played as the close', () => {
    const r = grade(noDeal, { callType: 'wish', route: ['agree'] });
    expect(r).toMatchObject({
      passed: true,
      score: 100,
      workflowChosen: 1,
      workflowExpected: 1,
      outcomeChosen: 'no-agreement',
      outcomeExpected: 'no-agreement',
      misconceptions: [],
    });
    expect(r.feedback[0]).toBe(
      'You executed workflow 1 (Changes to agreements), closed at Negotiate without agreement, as expected.',
    );
    expect(r.components.find((c) => c.id === 'forks')).toMatchObject({
      ok: true,
      points: 40,
      feedback: expect.stringMatching(/closed at Negotiate without agreement, so Agree realized nothing, correct/),
    });
  });

  it('fails a learner who realizes a wish that found no agreement, naming the "always Agree → Change → Operate" belief', () => {
    const r = grade(noDeal, { callType: 'wish', route: ['agree', 'change', 'operate'] });
    expect(r).toMatchObject({
      passed: false,
      workflowChosen: 1,
      outcomeChosen: 'fulfilled',
      misconceptions: ['wish-always-realized'],
    });
    expect(r.path[1]).toMatchObject({
      step: 2,
      expected: null,
      chosen: 'change',
      ok: false,
      misconception: 'wish-always-realized',
    });
    expect(r.feedback[0]).toMatch(
      /^You executed workflow 1 \(Changes to agreements\); expected workflow 1 \(Changes to agreements\), closed at Negotiate without agreement\.$/,
    );
    expect(r.feedback.join(' ')).toMatch(
      /after Agree you triggered Change, but the call closes there\. When Negotiate ends without agreement/,
    );
    expect(r.score).toBe(60); // call type 30 + entry 20 + priority not assessed 10; no fork right
  });

  it('fails a learner who closes early on a wish that was agreed, with a clear misconception', () => {
    const r = grade(fullWish, { callType: 'wish', route: ['agree'] });
    expect(r).toMatchObject({
      passed: false,
      workflowChosen: 1,
      outcomeChosen: 'no-agreement',
      outcomeExpected: 'fulfilled',
      misconceptions: ['closed-despite-agreement'],
    });
    expect(r.path[1]).toMatchObject({
      step: 2,
      expected: 'change',
      chosen: null,
      misconception: 'closed-despite-agreement',
    });
    expect(r.feedback[0]).toBe(
      'You executed workflow 1 (Changes to agreements), closed at Negotiate without agreement; expected workflow 1 (Changes to agreements).',
    );
    expect(r.feedback.join(' ')).toMatch(/Agree closes at Negotiate only when no agreement is reached/);
    expect(r.components.find((c) => c.id === 'forks')).toMatchObject({
      ok: false,
      points: 0,
      misconception: 'closed-despite-agreement',
    });
  });

  it('leaves the grade of the full workflow 1 unchanged', () => {
    const r = grade(fullWish, { callType: 'wish', route: ['agree', 'change', 'operate'] });
    expect(r).toMatchObject({ passed: true, score: 100, outcomeChosen: 'fulfilled', outcomeExpected: 'fulfilled' });
    expect(r.feedback[0]).toBe('You executed workflow 1 (Changes to agreements), as expected.');
  });
});

describe('the scenario format', () => {
  const yaml = (expected: string) =>
    `id: s\ndomain: it\ncall: { from: A, channel: email, text: T }\nexpected: ${expected}\nexplanation: E\n`;
  it('takes an optional outcome', () => {
    const r = parseScenario(yaml('{ callType: wish, workflow: 1, outcome: no-agreement }'), 's.yaml');
    expect(r.ok && r.scenario.expected.outcome).toBe('no-agreement');
    const plain = parseScenario(yaml('{ callType: wish, workflow: 1 }'), 's.yaml');
    expect(plain.ok && plain.scenario.expected.outcome).toBeUndefined();
  });

  it('names the field when the outcome does not fit the workflow or is unknown', () => {
    const r = parseScenario(yaml('{ callType: risk, workflow: 6, outcome: no-agreement }'), 's.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        {
          path: 'expected.outcome',
          message: expect.stringMatching(/ends workflow 1 early .* does not fit workflow 6/),
        },
      ]);
    const bad = parseScenario(yaml('{ callType: wish, workflow: 1, outcome: abandoned }'), 's.yaml');
    expect(!bad.ok && bad.errors[0]!.path).toBe('expected.outcome');
  });
});
