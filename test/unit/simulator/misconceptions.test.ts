/**
 * The misconceptions table against the model: every wrong choice a learner can make at a fork of FORKS
 * (where the route so far was right), at the end of a workflow and at an early close has a row, and every
 * trigger a fork refuses has the belief behind it.
 */
import { describe, expect, it } from 'vitest';
import {
  EARLY_CLOSES,
  FORKS,
  PROCESS_IDS,
  WORKFLOWS,
  triggerableFrom,
  type ProcessId,
} from '../../../simulator/usm.ts';
import {
  FORK_MISCONCEPTIONS,
  MISCONCEPTIONS,
  REFUSED_TRIGGER_MISCONCEPTIONS,
  earlyCloseMisconception,
  misconceptionAt,
  refusedTriggerMisconception,
  type ForkKey,
  type ForkMove,
} from '../../../simulator/misconceptions.ts';

/** What a learner can do at `from`'s fork: trigger any process, trigger nothing, or close early where allowed. */
const choices = (from: ProcessId): ForkMove[] => [
  ...PROCESS_IDS,
  'none',
  ...(EARLY_CLOSES.some((c) => c.process === from) ? (['close'] as const) : []),
];

/** Every reachable (from, expected) pair: each fork pair of FORKS, each process that ends a workflow, each early close. */
function reachablePairs(): [ProcessId, ForkMove][] {
  const pairs: [ProcessId, ForkMove][] = [];
  for (const from of PROCESS_IDS) for (const to of triggerableFrom(from)) pairs.push([from, to]);
  for (const w of WORKFLOWS) pairs.push([w.route.at(-1)!, 'none']);
  for (const c of EARLY_CLOSES) pairs.push([c.process, 'close']);
  return pairs.filter(([f, e], i) => pairs.findIndex(([f2, e2]) => f2 === f && e2 === e) === i);
}

describe('misconceptions table', () => {
  it('has a row for every wrong choice at every fork pair of FORKS, at every end of a workflow and at every early close', () => {
    const missing: string[] = [];
    const pairs = reachablePairs();
    expect(pairs.length).toBeGreaterThanOrEqual(Object.values(FORKS).reduce((n, f) => n + f.artifacts.length, 0) + 1);
    for (const [from, expected] of pairs) {
      for (const chosen of choices(from)) {
        if (chosen === expected) continue;
        // Closing where the fork is required ends the workflow only if the fork is optional: not a wrong turn of its own.
        if (expected === 'none' && chosen === 'none') continue;
        if (!FORK_MISCONCEPTIONS[`${from}>${expected}>${chosen}` as ForkKey])
          missing.push(`${from}>${expected}>${chosen}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names only misconceptions that exist, each row reachable from the model', () => {
    for (const [key, m] of Object.entries(FORK_MISCONCEPTIONS)) {
      expect(MISCONCEPTIONS[m!], key).toBeDefined();
      const [from, expected] = key.split('>') as [ProcessId, ForkMove];
      expect(
        reachablePairs().some(([f, e]) => f === from && e === expected),
        key,
      ).toBe(true);
    }
  });

  it('has the belief behind every trigger a fork refuses', () => {
    for (const from of PROCESS_IDS) {
      for (const to of PROCESS_IDS) {
        const allowed = triggerableFrom(from).includes(to);
        expect(REFUSED_TRIGGER_MISCONCEPTIONS[`${from}>${to}`] === undefined, `${from}>${to}`).toBe(allowed);
      }
    }
    expect(refusedTriggerMisconception('operate', 'change')).toBe('operate-hands-on');
    expect(refusedTriggerMisconception('recover', 'agree')).toBe('recover-renegotiates');
  });

  it('reads the early-close misconceptions from the table', () => {
    expect(earlyCloseMisconception(true)).toBe('wish-always-realized');
    expect(earlyCloseMisconception(false)).toBe('closed-despite-agreement');
    expect(misconceptionAt('agree', 'close', 'change')).toBe('wish-always-realized');
    expect(misconceptionAt('agree', 'change', 'close')).toBe('closed-despite-agreement');
  });

  it('gives every key outside the table its documented default (a misconception that exists, never undefined)', () => {
    const moves: ForkMove[] = [...PROCESS_IDS, 'none', 'close'];
    for (const from of PROCESS_IDS)
      for (const e of moves)
        for (const c of moves)
          if (e !== c) expect(MISCONCEPTIONS[misconceptionAt(from, e, c)], `${from}>${e}>${c}`).toBeDefined();
    // After a wrong entry: the learner's Agree triggered Change where Operate came next (workflow 8).
    expect(misconceptionAt('agree', 'operate', 'change')).toBe('temporary-action-is-change');
    expect(misconceptionAt('recover', 'none', 'agree')).toBe('last-process-closes');
  });
});
