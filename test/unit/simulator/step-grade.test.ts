/**
 * The one step grader: practice mode's word after each decision comes from the engine (stepFeedback), with
 * the same misconception the debrief's path names for the same wrong turn (diffRoute, used by grade()).
 */
import { describe, expect, it } from 'vitest';
import { stepFeedback, diffRoute } from '../../../simulator/step-grade.ts';
import { grade } from '../../../simulator/grade.ts';
import { english } from '../../../simulator/messages-en.ts';
import { MISCONCEPTIONS } from '../../../simulator/misconceptions.ts';
import { WORKFLOWS, routeFor, type ProcessId } from '../../../simulator/usm.ts';

const mining = { callType: 'incident' as const, workflow: 3 as const };
const said = (f: ReturnType<typeof stepFeedback>) => (f ? { ok: f.ok, text: english(f.message) } : null);

describe('stepFeedback', () => {
  it('judges the call type with the misconception behind a wrong one', () => {
    expect(said(stepFeedback(mining, { type: 'CLASSIFY', callType: 'incident' }, []))).toEqual({
      ok: true,
      text: 'Right: this is incident.',
    });
    expect(said(stepFeedback(mining, { type: 'CLASSIFY', callType: 'risk' }, []))).toEqual({
      ok: false,
      text: `Not quite: ${MISCONCEPTIONS['imminent-failure-is-risk'].rule}`,
    });
  });

  it('confirms the entry process and each fork on the expected route', () => {
    expect(said(stepFeedback(mining, { type: 'SEND_TO', process: 'recover' }, ['recover']))).toEqual({
      ok: true,
      text: 'Right: Recover takes this call.',
    });
    expect(said(stepFeedback(mining, { type: 'TRIGGER', process: 'change' }, ['recover', 'change']))).toEqual({
      ok: true,
      text: 'Right: Recover triggers Change here.',
    });
    expect(stepFeedback(mining, { type: 'ADVANCE' }, ['recover'])).toBeNull();
    expect(stepFeedback(mining, null, [])).toBeNull();
  });

  it('names the same misconception for a wrong fork as the debrief does', () => {
    const f = stepFeedback(mining, { type: 'TRIGGER', process: 'operate' }, ['recover', 'operate'])!;
    expect(f.ok).toBe(false);
    expect(english(f.message)).toBe(
      `This is not the expected route: ${MISCONCEPTIONS['permanent-change-is-service-request'].rule}`,
    );
    const debrief = grade({ expected: mining }, { callType: 'incident', route: ['recover', 'operate'] });
    expect(debrief.path[1]!.misconception).toBe('permanent-change-is-service-request');
  });

  it('for every workflow and every wrong first fork, says what the debrief path says', () => {
    for (const w of WORKFLOWS) {
      const expected = { callType: w.callType, workflow: w.number };
      const [entry] = w.route;
      for (const to of ['agree', 'change', 'recover', 'operate', 'improve'] as ProcessId[]) {
        const route = [entry!, to];
        const f = stepFeedback(expected, { type: 'TRIGGER', process: to }, route);
        const diff = diffRoute(routeFor(w.number), route, 'fulfilled', null)[1]!;
        expect(f!.ok, `${w.number} ${to}`).toBe(diff.ok);
        if (!diff.ok) expect(english(f!.message)).toContain(MISCONCEPTIONS[diff.misconception!].rule);
      }
    }
  });

  it('realizing a wish that found no agreement is the early-close misconception', () => {
    const f = stepFeedback(
      { callType: 'wish', workflow: 1, outcome: 'no-agreement' },
      { type: 'TRIGGER', process: 'change' },
      ['agree', 'change'],
    )!;
    expect(f.ok).toBe(false);
    expect(english(f.message)).toContain(MISCONCEPTIONS['wish-always-realized'].rule);
  });
});
