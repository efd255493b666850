/**
 * The statechart view names every state from the machines' own definitions (`machine.root`), never from a
 * list of state names in the view: so every state the call machine and the process machines define, other
 * than those that run a process or end one, needs its learner's name `sim.sc.state.<key>` in the dictionary.
 */
import { describe, expect, it } from 'vitest';
import { callMachine, processMachines } from '#engine/machines';
import { en } from '../../../src/i18n/en.ts';

interface Def {
  key: string;
  type: string;
  invoke: unknown[];
  states: Record<string, Def>;
}

function named(def: Def, isCall: boolean): string[] {
  return Object.values(def.states).flatMap((n) => [
    // A state that runs a process is labelled by that process; a process's final state is 'process fulfilled'.
    ...(n.invoke.length > 0 || (n.type === 'final' && !isCall) ? [] : [n.key]),
    ...named(n, isCall),
  ]);
}

describe('the statechart view’s state names', () => {
  const machines: [string, Def, boolean][] = [
    ['call', callMachine.root as unknown as Def, true],
    ...Object.entries(processMachines()).map(([p, m]): [string, Def, boolean] => [
      p,
      (m as { root: unknown }).root as Def,
      false,
    ]),
  ];

  it('come from every machine’s definition, each with a name in the dictionary', () => {
    const missing = machines.flatMap(([m, root, isCall]) =>
      named(root, isCall)
        .filter((k) => !(`sim.sc.state.${k}` in en))
        .map((k) => `${m}: ${k}`),
    );
    expect(missing).toEqual([]);
  });

  it('are all used: no name in the dictionary for a state no machine has', () => {
    const keys = new Set(machines.flatMap(([, root, isCall]) => named(root, isCall)));
    expect(keys.size).toBeGreaterThan(3);
    expect(
      Object.keys(en).filter((k) => k.startsWith('sim.sc.state.') && !keys.has(k.slice('sim.sc.state.'.length))),
    ).toEqual([]);
  });
});
