import { describe, expect, it } from 'vitest';
import { originOf, justArrived } from '../../../simulator/shift-board.ts';
import type { ShiftCall, ShiftState } from '../../../simulator/shift.ts';

const call = (c: Partial<ShiftCall> & { id: string }): ShiftCall => ({
  scenario: 's',
  source: 'planned',
  arrivesAt: 0,
  grown: 0,
  status: 'open',
  ...c,
});
const state = (calls: ShiftCall[]): ShiftState => ({ shift: 'x', seed: 1, rng: 1, clock: 0, calls, log: [] });

describe('where a Shift call comes from', () => {
  const handled = call({ id: 'c1', status: 'handled', route: ['recover', 'operate'] });
  const s = state([
    handled,
    call({ id: 'c2', source: 'monitoring', from: 'c1' }),
    call({ id: 'c3', source: 'improvement', from: 'c1' }),
    call({ id: 'c4' }),
    call({ id: 'c5', source: 'ignored-risk', from: 'c4' }),
  ]);

  it('monitoring follow-ups come from Operate, at a step of Operate', () => {
    expect(originOf(s.calls[1]!, s)).toMatchObject({
      process: 'operate',
      step: 'Execute activities',
      from: { id: 'c1' },
    });
  });
  it('improvements come from the Evaluate & close of the process that ended the call', () => {
    expect(originOf(s.calls[2]!, s)).toMatchObject({ process: 'recover', step: 'Evaluate & close' });
  });
  it('planned calls and ignored risks come from no process', () => {
    expect(originOf(s.calls[3]!, s)).toMatchObject({ process: null, from: null });
    expect(originOf(s.calls[4]!, s)).toMatchObject({ process: null, source: 'ignored-risk', from: { id: 'c4' } });
  });
  it('marks the calls that opened since the last state', () => {
    const before = state([call({ id: 'c1' }), call({ id: 'c2', status: 'waiting' })]);
    const after = state([call({ id: 'c1' }), call({ id: 'c2' })]);
    expect(justArrived(after, before)).toEqual(['c2']);
    expect(justArrived(after, null)).toEqual([]);
  });
});
