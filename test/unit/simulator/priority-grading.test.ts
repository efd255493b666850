/**
 * Priority graded on local judgement: USM fixes the scales (impact high–nil, urgency high–low) and the
 * principle impact × urgency; the ratings and the table are agreed locally. So an exact rating earns
 * full credit, a neighbouring one part credit, unless the scenario marks the rating as settled by the
 * call's words (expected.priorityClear).
 */
import { describe, expect, it } from 'vitest';
import { IMPACTS, URGENCIES, WEIGHTS, grade, priorityOf, ratingDistance } from '../../../simulator/index.ts';

const route = { callType: 'incident', route: ['recover', 'operate'] };
const judged = {
  expected: {
    callType: 'incident' as const,
    workflow: 4 as const,
    impact: 'medium' as const,
    urgency: 'medium' as const,
  },
};
const settled = { expected: { ...judged.expected, priorityClear: ['impact', 'urgency'] as ('impact' | 'urgency')[] } };
const priority = (r: ReturnType<typeof grade>) => r.components.find((c) => c.id === 'priority')!;

describe('priority grading', () => {
  it('keeps full credit for the exact ratings, and says the table is agreed locally', () => {
    for (const sc of [judged, settled]) {
      const r = grade(sc, { ...route, impact: 'medium', urgency: 'medium' });
      expect(r.score).toBe(100);
      expect(priority(r)).toMatchObject({ ok: true, points: WEIGHTS.priority });
      expect(r.feedback.join(' ')).toMatch(/impact medium × urgency medium = priority 3, correct\. .*agreed locally/);
    }
  });

  it('gives part credit, without a misconception, for a neighbouring rating the call does not settle', () => {
    const r = grade(judged, { ...route, impact: 'high', urgency: 'low' });
    expect(priority(r)).toMatchObject({ ok: false, points: 2 * WEIGHTS.priorityNeighbour, misconception: undefined });
    expect(r.misconceptions).toEqual([]);
    expect(r.passed).toBe(true);
    expect(r.score).toBe(90 + 2 * WEIGHTS.priorityNeighbour);
    expect(priority(r).feedback).toMatch(
      /impact high is next to the key's medium \(part credit\); urgency low is next to the key's medium/,
    );
    expect(priority(r).feedback).toMatch(/ratings and the priority table are agreed locally/);
  });

  it('gives no credit for a neighbouring rating the call settles, and names the misconception', () => {
    const r = grade(settled, { ...route, impact: 'medium', urgency: 'high' });
    expect(priority(r)).toMatchObject({ ok: false, points: WEIGHTS.priority / 2, misconception: 'priority-misjudged' });
    expect(priority(r).feedback).toMatch(/urgency is medium, not high \(the call's words settle it\)/);
  });

  it('gives no credit for a rating two steps off, settled or not', () => {
    const far = { expected: { ...judged.expected, impact: 'high' as const, urgency: 'high' as const } };
    const r = grade(far, { ...route, impact: 'low', urgency: 'high' });
    expect(priority(r)).toMatchObject({ points: WEIGHTS.priority / 2, misconception: 'priority-misjudged' });
    expect(
      grade(far, { ...route, impact: 'nonsense', urgency: 'high' }).components.find((c) => c.id === 'priority')!.points,
    ).toBe(WEIGHTS.priority / 2);
  });

  it('measures neighbours on the USM scales', () => {
    expect(ratingDistance(IMPACTS, 'low', 'nil')).toBe(1);
    expect(ratingDistance(IMPACTS, 'high', 'nil')).toBe(3);
    expect(ratingDistance(URGENCIES, 'high', 'nil')).toBeNull();
  });

  it('has one default table: one step down per step down either scale, nil impact included', () => {
    expect(IMPACTS.map((i) => URGENCIES.map((u) => priorityOf(i, u)))).toEqual([
      [1, 2, 3],
      [2, 3, 4],
      [3, 4, 5],
      [4, 5, 5],
    ]);
  });
});
