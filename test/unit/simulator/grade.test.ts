import { describe, expect, it } from 'vitest';
import { WORKFLOWS, grade, workflowOf } from '../../../simulator/index.ts';

const mining = {
  expected: { callType: 'incident' as const, workflow: 3 as const, impact: 'high' as const, urgency: 'high' as const },
  explanation: 'Live positions are agreed and gone: an incident.',
};

describe('grade', () => {
  it('gives 100 and a pass to the expected route with the right call type', () => {
    const r = grade(mining, { callType: 'incident', route: ['recover', 'change', 'operate'] });
    expect(r).toMatchObject({ passed: true, score: 100, workflowChosen: 3, workflowExpected: 3 });
    expect(r.feedback[0]).toMatch(/workflow 3 \(Incidents with changes to managed resources\), as expected/);
    expect(r.feedback.at(-1)).toBe(mining.explanation);
  });

  it('normalises the attempt before comparing', () => {
    expect(grade(mining, { callType: ' Incident ', route: ['Recover', 'CHANGE ', 'operate', ''] }).score).toBe(100);
  });

  it('fails Recover → Operate on a workflow 3 call and names the missed change', () => {
    const r = grade(mining, { callType: 'incident', route: ['recover', 'operate'], impact: 'high', urgency: 'high' });
    expect(r.passed).toBe(false);
    expect(r.workflowChosen).toBe(4);
    expect(r.misconceptions).toEqual(['permanent-change-is-service-request']);
    expect(r.path[2]).toMatchObject({
      step: 3,
      expected: 'operate',
      chosen: null,
      rule: 'This follows from the wrong turn at step 2.',
    });
    expect(r.path[1]).toMatchObject({ step: 2, expected: 'change', chosen: 'operate', ok: false });
    expect(r.feedback.join(' ')).toMatch(
      /after Recover you triggered Operate, but Change was needed\. A permanent effect on the managed infrastructure/,
    );
    expect(r.components.find((c) => c.id === 'forks')).toMatchObject({
      ok: false,
      misconception: 'permanent-change-is-service-request',
    });
    expect(r.score).toBeLessThan(100);
    expect(r.score).toBeGreaterThan(50);
  });

  it.each([
    ['wish', 'rfc', 'rfc-outside-agreement'],
    ['wish', 'incident', 'complaint-is-incident'],
    ['service-request', 'incident', 'user-error-is-incident'],
    ['incident', 'risk', 'imminent-failure-is-risk'],
    ['risk', 'incident', 'recurring-incidents-are-incidents'],
    ['risk', 'wish', 'risks-only-threats'],
    ['rfc', 'service-request', 'permanent-change-is-service-request'],
  ] as const)('names the misconception when a %s is classified as %s', (expected, chosen, misconception) => {
    const workflow = WORKFLOWS.find((w) => w.callType === expected)!;
    const chosenRoute = WORKFLOWS.find((w) => w.callType === chosen)!.route;
    const r = grade(
      { expected: { callType: expected, workflow: workflow.number } },
      { callType: chosen, route: chosenRoute },
    );
    expect(r.passed).toBe(false);
    expect(r.misconceptions[0]).toBe(misconception);
    expect(r.components.find((c) => c.id === 'callType')).toMatchObject({ ok: false, points: 0, misconception });
  });

  it('does not pass any other workflow, for every scenario workflow', () => {
    for (const expected of WORKFLOWS) {
      for (const chosen of WORKFLOWS) {
        const r = grade(
          { expected: { callType: expected.callType, workflow: expected.number } },
          { callType: chosen.callType, route: chosen.route },
        );
        expect(r.passed, `${expected.number} vs ${chosen.number}`).toBe(expected.number === chosen.number);
        expect(r.score === 100).toBe(expected.number === chosen.number);
        if (expected.number !== chosen.number) expect(r.feedback.length).toBeGreaterThan(2);
      }
    }
  });

  it('explains an early stop and an extra process', () => {
    const early = grade({ expected: { callType: 'rfc', workflow: 2 } }, { callType: 'rfc', route: ['change'] });
    expect(early.misconceptions).toContain('change-done-when-built');
    expect(early.workflowChosen).toBeNull();
    expect(early.feedback[0]).toMatch(/no USM workflow \(change\)/);
    const extra = grade(
      { expected: { callType: 'service-request', workflow: 5 } },
      { callType: 'service-request', route: ['operate', 'change'] },
    );
    expect(extra.misconceptions).toContain('operate-hands-on');
  });

  it('scores priority, hints and refused moves as separate components', () => {
    const r = grade(mining, {
      callType: 'incident',
      route: ['recover', 'change', 'operate'],
      impact: 'low',
      urgency: 'high',
      hintsUsed: 2,
      illegalMoves: 1,
    });
    expect(r.passed).toBe(true);
    expect(Object.fromEntries(r.components.map((c) => [c.id, c.points]))).toEqual({
      callType: 30,
      entry: 20,
      forks: 40,
      priority: 5,
      illegalMoves: -5,
      hints: -10,
    });
    expect(r.score).toBe(80);
    expect(r.components.find((c) => c.id === 'priority')!.feedback).toMatch(/impact is high, not low/);
  });

  it('rejects a scenario whose workflow is not 1–8', () => {
    expect(() =>
      grade({ expected: { callType: 'wish', workflow: 9 as never } }, { callType: 'wish', route: [] }),
    ).toThrow(/not 1–8/);
    expect(workflowOf(['agree'])).toBeNull();
  });
});
