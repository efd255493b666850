import { describe, expect, it } from 'vitest';
import {
  STRATEGIES,
  absolutesOnlyInDistractors,
  contentWords,
  expectedScore,
  hasCatchAllOption,
  keyLengthRatio,
  keyStrictlyLongest,
  nearDuplicates,
  positionCounts,
  similarity,
  type SingleItem,
} from '../../../simulator/bank-quality.ts';

const item = (id: string, stem: string, options: string[], answer: number): SingleItem => ({
  id,
  topic: 'calls',
  type: 'single',
  stem,
  options,
  answer,
  explanation: 'x',
  lesson: 'x',
  source: '§3',
});

describe('bank quality measures', () => {
  it('normalise words: lower case, no stop words, no plural s', () => {
    expect([...contentWords('Which call types start the Improve process?')].sort()).toEqual([
      'call',
      'improve',
      'process',
      'start',
      'type',
    ]);
    expect(
      similarity('Which call type starts the Improve process?', 'Which type of call starts the Improve process?'),
    ).toBe(1);
    expect(similarity('Restoring the service', 'Planning operations')).toBe(0);
  });

  it('find the key strictly longest only when no distractor ties it', () => {
    expect(keyStrictlyLongest(item('a', 's', ['short', 'the longest one', 'mid size'], 1))).toBe(true);
    expect(keyStrictlyLongest(item('a', 's', ['abcd', 'efgh', 'ij'], 0))).toBe(false);
    expect(keyLengthRatio(item('a', 's', ['aaaaaa', 'bbb', 'ccc'], 0))).toBe(2);
  });

  it('count key positions', () => {
    expect(
      positionCounts([item('a', 's', ['x', 'y'], 1), item('b', 's', ['x', 'y'], 1), item('c', 's', ['x', 'y'], 0)]),
    ).toEqual([1, 2]);
  });

  it('flag absolute words that only distractors use, and catch-all options', () => {
    expect(absolutesOnlyInDistractors(item('a', 's', ['It always goes to Change', 'It goes to Operate'], 1))).toEqual([
      'always',
    ]);
    expect(
      absolutesOnlyInDistractors(item('a', 's', ['It always goes to Change', 'It always goes to Operate'], 1)),
    ).toEqual([]);
    const multiple = {
      ...item('m', 's', ['Only customers report risks', 'Staff report risks', 'Risks include opportunities'], 0),
      type: 'multiple' as const,
      answer: [1, 2],
    };
    expect(absolutesOnlyInDistractors(multiple)).toEqual(['only']);
    expect(hasCatchAllOption(item('a', 's', ['A wish', 'All of the above'], 0))).toBe(true);
    expect(hasCatchAllOption(item('a', 's', ['A wish', 'An incident'], 0))).toBe(false);
  });

  it('pair items with near-identical stems or long keys, but not a one-per-process set', () => {
    const bank = [
      item('calls-002', 'Which call type starts the Improve process?', ['A risk', 'A wish'], 0),
      item('improve-001', 'Which type of call starts the Improve process?', ['A wish', 'A risk'], 1),
      item('agree-001', 'Which type of call starts the Agree process?', ['A wish', 'A risk'], 0),
      item(
        'x-1',
        'What separates an RFC from a service request?',
        ['Whether it has a permanent effect on the managed infrastructure', 'Urgency'],
        0,
      ),
      item(
        'x-2',
        'Which criterion decides between the two call types?',
        ['Urgency', 'Whether it has a permanent effect on the managed infrastructure'],
        1,
      ),
    ];
    expect(nearDuplicates(bank).map((d) => `${d.a}~${d.b}:${d.on}`)).toEqual([
      'calls-002~improve-001:stem',
      'x-1~x-2:key',
    ]);
  });

  it('score guessing strategies by expectation, splitting ties', () => {
    const bank = [
      item('a', 'Which process restores the service?', ['Recover restores it', 'No', 'Maybe not'], 0),
      item('b', 'Pick one', ['same', 'also', 'ok'], 2),
    ];
    expect(expectedScore(bank, STRATEGIES.first!)).toBe(1);
    expect(expectedScore(bank, STRATEGIES.random!)).toBeCloseTo(2 / 3);
    expect(expectedScore(bank, STRATEGIES.longest!)).toBe(1);
    expect(expectedScore(bank, STRATEGIES.stemOverlap!)).toBeCloseTo(1 + 1 / 3);
  });
});
