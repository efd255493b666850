import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  FORKS,
  PROCESS_IDS,
  WORKFLOWS,
  callMachine,
  forkArtifact,
  processStack,
  routeSoFar,
  solutionEvents,
  workflowOf,
  type LearnerEvent,
  type ProcessId,
} from '../../../simulator/index.ts';

const play = (events: LearnerEvent[]) => {
  const actor = createActor(callMachine, { input: { mode: 'practice' } }).start();
  for (const e of events) actor.send(e);
  return actor;
};

/** Puts a call at the fork of `process` (reached through the shortest workflow that contains it). */
function atForkOf(process: ProcessId) {
  const w = WORKFLOWS.find((x) => x.route.includes(process) && x.route.indexOf(process) < x.route.length - 1)!;
  const events = solutionEvents(w.callType, w.number);
  const upto = 2 + 2 * w.route.indexOf(process) + 1; // CLASSIFY, SEND_TO, then ADVANCE/TRIGGER pairs, then ADVANCE
  return play(events.slice(0, upto));
}

describe('the call machine', () => {
  it.each(WORKFLOWS.map((w) => [w.number, w] as const))(
    'plays workflow %i to "workflow fulfilled" with its route',
    (_, w) => {
      const actor = play(solutionEvents(w.callType, w.number));
      const s = actor.getSnapshot();
      expect(s.status).toBe('done');
      expect(s.output).toMatchObject({
        callType: w.callType,
        route: [...w.route],
        workflow: w.number,
        illegalMoves: 0,
      });
      expect(workflowOf(s.output!.route)).toBe(w.number);
    },
  );

  it('shows the nesting as a stack of active processes, and resumes callers innermost first', () => {
    const events = solutionEvents('risk', 6);
    const actor = play([]);
    const stacks: string[] = [];
    for (const e of events) {
      actor.send(e);
      stacks.push(
        processStack(actor.getSnapshot())
          .map((p) => `${p.process}:${p.state}`)
          .join(' > '),
      );
    }
    expect(stacks).toContain('improve:running_agree > agree:running_change > change:running_operate > operate:working');
    const closing = stacks.filter((s) => s.endsWith(':closing'));
    expect(closing).toEqual([
      'improve:running_agree > agree:running_change > change:running_operate > operate:closing',
      'improve:running_agree > agree:running_change > change:closing',
      'improve:running_agree > agree:closing',
      'improve:closing',
    ]);
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('reports the route so far while processes are still running', () => {
    const events = solutionEvents('incident', 3);
    const routes: string[] = [];
    const actor = play([]);
    for (const e of events) {
      actor.send(e);
      if (actor.getSnapshot().status === 'active') routes.push(routeSoFar(processStack(actor.getSnapshot())).join('>'));
    }
    expect([...new Set(routes)]).toEqual(['', 'recover', 'recover>change', 'recover>change>operate']);
  });

  it('refuses to route before the call is classified, and sends each call type only to its entry process', () => {
    const actor = play([{ type: 'SEND_TO', process: 'recover' }]);
    expect(actor.getSnapshot().context.refusals[0]!.reason).toMatch(/Classify the call first/);
    actor.send({ type: 'CLASSIFY', callType: 'wish' });
    actor.send({ type: 'SEND_TO', process: 'change' });
    const s = actor.getSnapshot();
    expect(s.value).toBe('intake');
    expect(s.context.illegalMoves).toBe(2);
    expect(s.context.refusals[1]).toMatchObject({
      misconception: 'wrong-entry-process',
      reason: expect.stringMatching(/^A wish starts Agree, not Change\./),
    });
  });

  const forkPairs = PROCESS_IDS.filter((p) => FORKS[p].artifacts.length > 0).flatMap((from) =>
    PROCESS_IDS.map((to) => [from, to] as const),
  );
  it.each(forkPairs)('at the fork of %s, triggering %s is allowed only where USM has that fork', (from, to) => {
    const actor = atForkOf(from);
    const before = processStack(actor.getSnapshot());
    expect(before.at(-1)).toMatchObject({ process: from, state: 'atFork' });
    actor.send({ type: 'TRIGGER', process: to });
    const s = actor.getSnapshot();
    const top = processStack(s).at(-1)!;
    if (forkArtifact(from, to)) {
      expect(top).toMatchObject({ process: to, state: 'working' });
      expect(s.context.illegalMoves).toBe(0);
    } else {
      expect(top).toMatchObject({ process: from, state: 'atFork' });
      expect(s.context.illegalMoves).toBe(1);
      expect(s.context.refusals[0]!.reason).toMatch(new RegExp(`cannot trigger`));
      expect(s.context.log.at(-1)).toMatchObject({
        event: { type: 'TRIGGER', process: to },
        accepted: false,
        reason: s.context.refusals[0]!.reason,
      });
    }
  });

  it.each(PROCESS_IDS.filter((p) => FORKS[p].required))('refuses to let %s close without its fork', (p) => {
    const actor = atForkOf(p);
    actor.send({ type: 'FINISH' });
    const s = actor.getSnapshot();
    expect(processStack(s).at(-1)).toMatchObject({ process: p, state: 'atFork' });
    expect(s.context.refusals[0]!.misconception).toBeDefined();
  });

  it('refuses any trigger from Operate, naming the rule', () => {
    const actor = play([
      { type: 'CLASSIFY', callType: 'service-request' },
      { type: 'SEND_TO', process: 'operate' },
    ]);
    for (const to of PROCESS_IDS) actor.send({ type: 'TRIGGER', process: to });
    actor.send({ type: 'ADVANCE' });
    actor.send({ type: 'TRIGGER', process: 'change' });
    const s = actor.getSnapshot();
    expect(s.context.illegalMoves).toBe(6);
    expect(new Set(s.context.refusals.map((r) => r.misconception))).toEqual(new Set(['operate-hands-on']));
    expect(s.context.refusals[0]!.reason).toMatch(/Operate triggers no process/);
  });

  it('keeps a log of every event with whether it was accepted', () => {
    const actor = play([
      { type: 'CLASSIFY', callType: 'incident' },
      { type: 'SEND_TO', process: 'operate' },
      { type: 'SEND_TO', process: 'recover' },
      { type: 'HINT' },
    ]);
    expect(actor.getSnapshot().context.log.map((l) => [l.event.type, l.accepted])).toEqual([
      ['CLASSIFY', true],
      ['SEND_TO', false],
      ['SEND_TO', true],
      ['HINT', true],
    ]);
    expect(actor.getSnapshot().context.hintsUsed).toBe(1);
  });
});
