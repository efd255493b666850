import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  FORKS,
  PROCESSES,
  PROCESS_IDS,
  WORKFLOWS,
  callMachine,
  grade,
  parseScenario,
  processStack,
  solutionEvents,
  triggerableFrom,
  type LearnerEvent,
  type ProcessId,
  type Scenario,
} from '../../../simulator/index.ts';
import {
  arrivingFrame,
  attemptOfFrame,
  boardOf,
  boardOrder,
  choicesOf,
  replayFrames,
  undoEvents,
  type PathSegment,
} from '../../../simulator/board.ts';
import { replay } from '../../../simulator/board-replay.ts';
import { activeIds, statechartOf } from '../../../simulator/statechart.ts';
import { debriefOf, expectedEvents, handoverStep } from '../../../simulator/board-debrief.ts';
import { narrate } from '../../../simulator/board-log.ts';
import { english } from '../../../simulator/messages-en.ts';
import type { Param } from '../../../simulator/messages.ts';

/** A narration's value in English (names come as term messages, worded by the catalog). */
const inEnglish = (v: Param | undefined) => (typeof v === 'object' ? english(v) : v);

function libraryScenarios(): Scenario[] {
  const out: Scenario[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.yaml')) {
        const r = parseScenario(readFileSync(p, 'utf8'), p);
        if (r.ok) out.push(r.scenario);
      }
    }
  };
  walk(join(import.meta.dirname, '../../../content/scenarios'));
  return out;
}

const stepIndex = (p: ProcessId, pred: (s: { id: string; fork?: true }) => boolean) =>
  PROCESSES[p].steps.findIndex(pred);
const forkOf = (p: ProcessId) => stepIndex(p, (s) => s.fork === true);
const reviewOf = (p: ProcessId) => stepIndex(p, (s) => s.id === 'review');

/**
 * What the board must show after each event of a route's reference solution, worked out from the
 * route and the steps in usm.ts alone: the innermost active process, its step, and the stack depth.
 */
function expectedMoments(route: readonly ProcessId[]): ({ top: ProcessId; step: number; depth: number } | null)[] {
  const out: ({ top: ProcessId; step: number; depth: number } | null)[] = [
    null,
    null,
    { top: route[0]!, step: 0, depth: 1 },
  ];
  route.forEach((p, i) => {
    if (i < route.length - 1)
      out.push({ top: p, step: forkOf(p), depth: i + 1 }, { top: route[i + 1]!, step: 0, depth: i + 2 });
  });
  const last = route.at(-1)!;
  out.push({ top: last, step: reviewOf(last), depth: route.length });
  for (let i = route.length - 2; i >= 0; i--) out.push({ top: route[i]!, step: reviewOf(route[i]!), depth: i + 1 });
  out.push(null);
  return out;
}

/** The active state ids read straight from the snapshot and the actor tree. */
function snapshotActiveIds(
  snapshot: ReturnType<ReturnType<typeof createActor<typeof callMachine>>['getSnapshot']>,
): string[] {
  const v = snapshot.value;
  if (typeof v === 'string') return [`call.${v}`];
  const ids = ['call.processing'];
  let prefix: string | null = null;
  for (const p of processStack(snapshot)) {
    // The entry process is a state of the call machine; each process machine hangs under its caller's state.
    const own: string = prefix ?? `call.processing.${p.process}`;
    if (prefix === null) ids.push(own);
    const state = `${own}/${p.process}.${p.state}`;
    ids.push(state);
    prefix = state;
  }
  return ids;
}

describe('the board model', () => {
  const scenarios = libraryScenarios();

  it('orders the lanes so every fork points down the board', () => {
    const order = boardOrder();
    expect([...order].sort()).toEqual([...PROCESS_IDS].sort());
    for (const p of PROCESS_IDS)
      for (const t of triggerableFrom(p)) expect(order.indexOf(t), `${p} → ${t}`).toBeGreaterThan(order.indexOf(p));
  });

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: the reference route shows the board shows the right process and step at every event (start, classify, send, …)',
    (_, s) => {
      const route = WORKFLOWS[s.expected.workflow - 1]!.route;
      const events = solutionEvents(s.expected.callType, s.expected.workflow);
      const frames = replay(events);
      const expected = expectedMoments(route);
      expect(
        frames.map((f) =>
          f.board.top ? { top: f.board.top.process, step: f.board.top.step, depth: f.board.stack.length } : null,
        ),
      ).toEqual(expected);
      const last = frames.at(-1)!.board;
      expect(last.fulfilled).toBe(true);
      expect(last.route).toEqual([...route]);
      expect(
        last.lanes
          .filter((l) => l.status === 'fulfilled')
          .map((l) => l.process)
          .sort(),
      ).toEqual([...route].sort());
      // Each nested process names its caller: the process before it on the route.
      for (const f of frames) f.board.stack.forEach((e, i) => expect(e.caller).toBe(i === 0 ? null : route[i - 1]));
    },
  );

  it.each(scenarios.map((s) => [s.id, s] as const))(
    "%s: the statechart view lights exactly the snapshot's active states",
    (_, s) => {
      const events = solutionEvents(s.expected.callType, s.expected.workflow);
      const actor = createActor(callMachine, { input: {} }).start();
      let before: Set<string> | null = null;
      for (const e of [null, ...events]) {
        if (e) actor.send(e);
        const chart = statechartOf(actor.getSnapshot(), before);
        const ids = activeIds(chart);
        expect([...ids].sort()).toEqual(snapshotActiveIds(actor.getSnapshot()).sort());
        before = ids;
      }
    },
  );

  it('draws the path: enter, move along the steps, trigger down, return up', () => {
    const path = replay(solutionEvents('incident', 3)).at(-1)!.path;
    const kinds = path.map(
      (p: PathSegment) =>
        `${p.kind}:${'from' in p ? `${p.from.process}${p.from.step}` : ''}>${p.to.process}${p.to.step}`,
    );
    const [rf, cf] = [forkOf('recover'), forkOf('change')];
    expect(kinds).toEqual([
      'enter:>recover0',
      `move:recover0>recover${rf}`,
      `trigger:recover${rf}>change0`,
      `move:change0>change${cf}`,
      `trigger:change${cf}>operate0`,
      `move:operate0>operate${reviewOf('operate')}`,
      `move:operate${reviewOf('operate')}>operate${PROCESSES.operate.steps.length - 1}`,
      `return:operate${PROCESSES.operate.steps.length - 1}>change${reviewOf('change')}`,
      `move:change${reviewOf('change')}>change${PROCESSES.change.steps.length - 1}`,
      `return:change${PROCESSES.change.steps.length - 1}>recover${reviewOf('recover')}`,
      `move:recover${reviewOf('recover')}>recover${PROCESSES.recover.steps.length - 1}`,
    ]);
  });

  it('offers every process at intake and at a fork, marking the ones USM allows', () => {
    const frames = replay([
      { type: 'CLASSIFY', callType: 'incident' },
      { type: 'SEND_TO', process: 'recover' },
      { type: 'ADVANCE' },
    ]);
    expect(choicesOf(frames[1]!.board).sendTo.sort()).toEqual([...PROCESS_IDS].sort());
    const working = choicesOf(frames[2]!.board);
    expect(working).toMatchObject({ advance: 'recover', finish: null, trigger: [] });
    const fork = choicesOf(frames[3]!.board);
    expect(fork.advance).toBeNull();
    expect(fork.finish).toBe('recover');
    expect(
      fork.trigger
        .filter((t) => t.allowed)
        .map((t) => t.process)
        .sort(),
    ).toEqual(['change', 'operate']);
    expect(fork.trigger.map((t) => t.process)).not.toContain('recover');
  });

  it('records a refused move with its reason, who refused it and where it was tried', () => {
    const frames = replay([
      { type: 'CLASSIFY', callType: 'incident' },
      { type: 'SEND_TO', process: 'change' },
      { type: 'SEND_TO', process: 'recover' },
      { type: 'ADVANCE' },
      { type: 'TRIGGER', process: 'agree' },
    ]);
    expect(frames[2]).toMatchObject({ accepted: false, refusedBy: 'call' });
    expect(frames[2]!.reason).toMatch(/starts Recover/);
    expect(frames[5]).toMatchObject({ accepted: false, refusedBy: 'recover', at: 'recover' });
    expect(frames[5]!.board.top).toMatchObject({ process: 'recover', activity: 'at-fork' });
  });

  it('replay frames leave out reveals and hints but keep refusals', () => {
    const events: LearnerEvent[] = [
      { type: 'REVEAL_FACT', index: 0 },
      { type: 'CLASSIFY', callType: 'rfc' },
      { type: 'HINT' },
      { type: 'SEND_TO', process: 'agree' },
      { type: 'SEND_TO', process: 'change' },
    ];
    expect(replayFrames(replay(events)).map((f) => f.event?.type ?? 'start')).toEqual([
      'start',
      'CLASSIFY',
      'SEND_TO',
      'SEND_TO',
    ]);
  });

  it('lane steps: done before the current step, current, then to do', () => {
    const b = replay(solutionEvents('incident', 3).slice(0, 4)).at(-1)!.board; // Recover triggered Change
    const recover = b.lanes.find((l) => l.process === 'recover')!;
    const change = b.lanes.find((l) => l.process === 'change')!;
    expect(recover.status).toBe('waiting');
    expect(recover.steps.map((s) => s.state).indexOf('current')).toBe(forkOf('recover'));
    expect(change).toMatchObject({ status: 'active', depth: 1, caller: 'recover' });
    expect(change.steps[0]!.state).toBe('current');
    expect(b.lanes.find((l) => l.process === 'operate')!.status).toBe('idle');
  });
});

describe('the debrief on the board', () => {
  const scenario = { expected: { callType: 'incident' as const, workflow: 3 } };

  it('pins a wrong fork to the fork of the process that triggered, with its rule', () => {
    const route = ['recover', 'operate'];
    const result = grade(scenario, { callType: 'incident', route });
    const d = debriefOf(result, 'incident', route);
    expect(d.expectedRoute).toEqual(['recover', 'change', 'operate']);
    expect(d.pins[0]).toMatchObject({ step: 2, at: { process: 'recover', step: forkOf('recover') } });
    expect(d.pins[0]!.diff.rule).toBeTruthy();
    expect(d.pins.every((p) => !p.diff.ok)).toBe(true);
    // The ghost is the reference solution's path: it passes through Change.
    expect(d.expectedPath.some((s) => s.kind === 'trigger' && s.to.process === 'change')).toBe(true);
  });

  it('pins a wrong entry to the process it was sent to, and a wrong call type to the card', () => {
    const route = ['change', 'operate'];
    const d = debriefOf(grade(scenario, { callType: 'rfc', route }), 'incident', route);
    expect(d.pins[0]).toMatchObject({ step: 1, at: { process: 'change', step: 0 } });
    expect(d.cardIssues.map((c) => c.id)).toEqual(['callType']);
  });

  it('a correct route has no pins', () => {
    const route = ['recover', 'change', 'operate'];
    expect(debriefOf(grade(scenario, { callType: 'incident', route }), 'incident', route).pins).toEqual([]);
  });

  it('ghosts an expected early close: the engine ends the call there, and the ghost is the path a right play draws', () => {
    const early = libraryScenarios().filter((s) => (s.expected.outcome ?? 'fulfilled') !== 'fulfilled');
    expect(early.length).toBeGreaterThan(0);
    for (const s of early) {
      const events = expectedEvents(s.expected.callType, s.expected.workflow, s.expected.outcome!);
      const last = replay(events).at(-1)!;
      // The machine itself accepts every event and closes the call with the expected outcome.
      expect(last.board.fulfilled, s.id).toBe(true);
      expect(last.context.outcome, s.id).toBe(s.expected.outcome);
      const route = [...last.context.route];
      const result = grade(s, { callType: s.expected.callType, route });
      const d = debriefOf(result, s.expected.callType, route);
      expect(d.expectedPath.length, s.id).toBeGreaterThan(0);
      expect(d.expectedPath, s.id).toEqual(last.path);
      // Only the early route's processes are ghosted (Agree alone for no agreement), never the full workflow's.
      const ghosted = new Set(d.expectedPath.map((seg) => seg.to.process));
      expect([...ghosted], s.id).toEqual(d.expectedRoute);
      // A learner who went on to trigger Change sees the early close ghosted beside their route, and the pin.
      const wrong = ['agree', 'change', 'operate'];
      const w = debriefOf(grade(s, { callType: s.expected.callType, route: wrong }), s.expected.callType, wrong);
      expect(w.expectedPath, s.id).toEqual(last.path);
      expect(w.pins.length, s.id).toBeGreaterThan(0);
    }
  });

  it('has no early-close solution the model does not allow', () => {
    expect(expectedEvents('incident', 3, 'no-agreement')).toEqual([]);
  });

  it('hands over at the fork, or at the last step of a process without one', () => {
    for (const p of PROCESS_IDS)
      expect(handoverStep(p)).toBe(FORKS[p].artifacts.length ? forkOf(p) : PROCESSES[p].steps.length - 1);
  });
});

describe("the log in the learner's words", () => {
  it('narrates every event of every workflow without engine ids', () => {
    const engineWords = /running_|atFork|ADVANCE|TRIGGER|SEND_TO|CLASSIFY|working|closing/;
    for (const w of WORKFLOWS) {
      const frames = replay(solutionEvents(w.callType, w.number));
      const lines = frames.map((f, i) => narrate(f, frames[i - 1] ?? null));
      expect(lines[0]!.code).toBe('arrived');
      expect(lines.at(-1)!.code).toBe('workflow-fulfilled');
      expect(lines.filter((l) => l.code === 'process-fulfilled')).toHaveLength(w.route.length - 1);
      expect(lines.filter((l) => l.code === 'triggered').map((l) => inEnglish(l.vars.to))).toEqual(
        w.route.slice(1).map((p) => PROCESSES[p].name),
      );
      for (const l of lines) expect(JSON.stringify(Object.values(l.vars).map(inEnglish))).not.toMatch(engineWords);
    }
  });

  it('names refused moves by what was tried', () => {
    const frames = replay([
      { type: 'CLASSIFY', callType: 'incident' },
      { type: 'SEND_TO', process: 'change' },
    ]);
    const line = narrate(frames[2]!, frames[1]!);
    expect(line).toMatchObject({ code: 'refused-send', accepted: false });
    expect(inEnglish(line.vars.process)).toBe('Change');
  });

  it('the board of a fresh call is at intake with every lane idle', () => {
    const b = boardOf(createActor(callMachine, { input: {} }).start().getSnapshot());
    expect(b.phase).toBe('intake');
    expect(b.lanes.every((l) => l.status === 'idle')).toBe(true);
  });
});

describe('where a refusal is shown', () => {
  it('at the lane the move aimed at, at the process asked to move, or on the card', async () => {
    const { refusalPlace } = await import('../../../simulator/board.ts');
    const frames = replay([
      { type: 'SEND_TO', process: 'recover' },
      { type: 'CLASSIFY', callType: 'incident' },
      { type: 'SEND_TO', process: 'change' },
      { type: 'SEND_TO', process: 'recover' },
      { type: 'TRIGGER', process: 'agree' },
      { type: 'ADVANCE' },
      { type: 'FINISH' },
    ]);
    expect(frames.map(refusalPlace)).toEqual([null, 'recover', null, 'change', null, 'agree', null, 'recover']);
  });
});

describe('before the engine loads', () => {
  it("the arriving frame is the machine's first frame, without the statechart", () => {
    const first = replay([], { mode: 'assessment', scenarioId: 'x' })[0]!;
    const { chart, ...rest } = arrivingFrame('assessment', 'x');
    expect(chart).toBeNull();
    const { chart: firstChart, ...firstRest } = first;
    expect(firstChart).not.toBeNull();
    expect(rest).toEqual(firstRest);
  });

  it('grades from the last frame what attemptOf reads from the snapshot', () => {
    const frames = replay([
      ...solutionEvents('incident', 3).slice(0, 1),
      { type: 'SET_PRIORITY', impact: 'high', urgency: 'low' },
      { type: 'HINT' },
      { type: 'SEND_TO', process: 'change' },
      ...solutionEvents('incident', 3).slice(1),
    ]);
    expect(attemptOfFrame(frames.at(-1)!)).toEqual({
      callType: 'incident',
      route: ['recover', 'change', 'operate'],
      impact: 'high',
      urgency: 'low',
      illegalMoves: 1,
      hintsUsed: 1,
    });
  });

  it('undo drops the last accepted decision and the refused moves after it, but not reveals and hints', () => {
    const events: LearnerEvent[] = [
      { type: 'CLASSIFY', callType: 'incident' },
      { type: 'SEND_TO', process: 'recover' },
      { type: 'HINT' },
      { type: 'TRIGGER', process: 'agree' },
    ];
    expect(undoEvents(replay(events), events)).toEqual(events.slice(0, 1));
    expect(undoEvents(replay([]), [])).toBeNull();
    expect(undoEvents(replay([{ type: 'HINT' }]), [{ type: 'HINT' }])).toBeNull();
  });
});
