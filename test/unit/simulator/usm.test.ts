import { describe, expect, it } from 'vitest';
import {
  CALL_TYPES,
  FORKS,
  PROCESS_IDS,
  PROCESSES,
  WORKFLOWS,
  entryProcessOf,
  forkArtifact,
  workflowOf,
  workflowsForCallType,
  type ProcessId,
} from '../../../simulator/index.ts';

function* sequences(maxLength: number): Generator<ProcessId[]> {
  for (let len = 1; len <= maxLength; len++) {
    const idx = new Array(len).fill(0);
    while (true) {
      yield idx.map((i) => PROCESS_IDS[i]!);
      let k = len - 1;
      while (k >= 0 && idx[k] === PROCESS_IDS.length - 1) idx[k--] = 0;
      if (k < 0) break;
      idx[k]++;
    }
  }
}

describe('the USM model', () => {
  it('has five processes, five call types and eight workflows', () => {
    expect(PROCESS_IDS).toEqual(['agree', 'change', 'recover', 'operate', 'improve']);
    expect(Object.keys(CALL_TYPES)).toHaveLength(5);
    expect(WORKFLOWS.map((w) => w.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('workflowOf returns 1–8 for exactly the 8 routes and null for every other sequence of up to 5 processes', () => {
    const found = new Map<number, string>();
    let count = 0;
    for (const seq of sequences(5)) {
      count++;
      const n = workflowOf(seq);
      if (n !== null) {
        expect(found.has(n), `workflow ${n} matched twice`).toBe(false);
        found.set(n, seq.join('>'));
      }
    }
    expect(count).toBe(5 + 25 + 125 + 625 + 3125);
    expect(Object.fromEntries(found)).toEqual({
      1: 'agree>change>operate',
      2: 'change>operate',
      3: 'recover>change>operate',
      4: 'recover>operate',
      5: 'operate',
      6: 'improve>agree>change>operate',
      7: 'improve>change>operate',
      8: 'improve>operate',
    });
    expect(workflowOf([])).toBeNull();
    expect(workflowOf(['recover', 'change', 'operate', 'operate'])).toBeNull();
  });

  it("starts each workflow at its call type's entry process", () => {
    for (const w of WORKFLOWS) expect(w.route[0], `workflow ${w.number}`).toBe(entryProcessOf(w.callType));
    expect(workflowsForCallType('incident')).toEqual([3, 4]);
    expect(workflowsForCallType('risk')).toEqual([6, 7, 8]);
  });

  it('builds every workflow only from allowed forks, each ending in Operate', () => {
    for (const w of WORKFLOWS) {
      for (let i = 1; i < w.route.length; i++)
        expect(forkArtifact(w.route[i - 1]!, w.route[i]!), `workflow ${w.number} step ${i}`).not.toBeNull();
      expect(w.route.at(-1)).toBe('operate');
    }
  });

  it('encodes the fork rules: Operate triggers nothing, Change only Operate, Recover never Agree', () => {
    expect(FORKS.operate.artifacts).toEqual([]);
    expect(forkArtifact('change', 'operate')).toBe('service-request');
    expect(forkArtifact('agree', 'change')).toBe('rfc');
    expect(forkArtifact('recover', 'agree')).toBeNull();
    expect(forkArtifact('improve', 'agree')).toBe('wish');
    for (const p of PROCESS_IDS) expect(PROCESSES[p].steps.filter((s) => s.fork).length).toBe(p === 'operate' ? 0 : 1);
  });
});
