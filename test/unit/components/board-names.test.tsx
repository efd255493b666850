// @vitest-environment happy-dom
/**
 * Issue 18: every Dutch step and workflow name the board, the statechart view and the debrief show equals the
 * terminology table (simulator/usm-nl.ts), and no English USM name is left on a Dutch board; on English pages
 * the board keeps its contract (issue 15): a region "Process board" with one group per process named Agree,
 * Change, Recover, Operate, Improve, and a tree "Statechart".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PROCESSES,
  PROCESSES_NL,
  PROCESS_IDS,
  STEPS_NL,
  WORKFLOWS,
  WORKFLOWS_NL,
  grade,
  solutionEvents,
  type Frame,
  type ProcessId,
} from '#engine/model';
import { debriefOf, replay } from '#engine/machines';
import { parseScenario } from '#engine/build';
import { I18nProvider } from '../../../src/i18n/context.tsx';
import { islandStrings, tFor } from '../../../src/i18n/dictionaries.ts';
import type { Lang } from '../../../src/i18n/keys.ts';
import Board from '../../../src/components/sim/Board.tsx';
import StatechartView from '../../../src/components/sim/StatechartView.tsx';
import Debrief from '../../../src/components/sim/Debrief.tsx';
import PinList from '../../../src/components/sim/PinList.tsx';
import PracticeTools from '../../../src/components/sim/PracticeTools.tsx';
import type { ComponentChildren } from 'preact';

afterEach(cleanup);

/** Rendered as the Simulator island renders it: the page's language and exactly the areas the page passes. */
const inIsland = (lang: Lang, ui: ComponentChildren) =>
  render(<I18nProvider {...islandStrings(lang, 'Simulator')}>{ui}</I18nProvider>);

const stepNl = (p: ProcessId, i: number) => STEPS_NL[p][PROCESSES[p].steps[i]!.id]!.nl;
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');

/** English USM names that differ from every Dutch one (so finding one on a Dutch board is a leftover). */
const dutchNames = new Set([
  ...Object.values(PROCESSES_NL).map((t) => t.nl),
  ...Object.values(STEPS_NL).flatMap((s) => Object.values(s).map((t) => t.nl)),
]);
const englishOnly = [
  ...PROCESS_IDS.flatMap((p) => [PROCESSES[p].name, ...PROCESSES[p].steps.map((s) => s.name)]),
  ...WORKFLOWS.map((w) => w.name),
].filter((name) => !dutchNames.has(name));

const call = { from: 'Ploegleider', channel: 'radio', text: 'De posities van de dumpers zijn weg.' };

function board(lang: Lang, frames: Frame[], at: number) {
  return inIsland(
    lang,
    <>
      <Board
        frame={frames[at]!}
        live
        send={() => {}}
        call={call}
        askPriority={false}
        impact={null}
        urgency={null}
        explainRefusals
        debrief={null}
        id="b"
      />
      <StatechartView frames={frames} at={at} id="b" />
    </>,
  );
}

describe('the Dutch board names USM as the terminology table does', () => {
  const nl = tFor('nl');

  for (const w of WORKFLOWS) {
    it(`workflow ${w.number} (${WORKFLOWS_NL[w.number].nl}), played move by move`, () => {
      const frames = replay(solutionEvents(w.callType, w.number));
      for (let at = 0; at < frames.length; at++) {
        const { container, unmount } = board('nl', frames, at);
        const b = frames[at]!.board;
        // Lanes: the process names and every step, in order, from the table.
        expect(texts(container, '.lane-name')).toEqual(b.lanes.map((l) => PROCESSES_NL[l.process].nl));
        for (const lane of container.querySelectorAll<HTMLElement>('.lane')) {
          const p = lane.dataset.process as ProcessId;
          expect(texts(lane, '.lane-step-name')).toEqual(PROCESSES[p].steps.map((_, i) => stepNl(p, i)));
        }
        // The card says where it is, and the stack what each active process does, in the table's words.
        const top = b.top;
        if (top)
          expect(texts(container, '.call-token-where')).toContain(
            nl('sim.board.card.step', { process: PROCESSES_NL[top.process].nl, step: stepNl(top.process, top.step) }),
          );
        expect(texts(container, '.board-stack > li')).toEqual(
          b.stack.map((e) =>
            nl(`sim.sc.line.${e.activity}`, {
              process: PROCESSES_NL[e.process].nl,
              step: stepNl(e.process, e.step),
              other: e.waitingFor ? PROCESSES_NL[e.waitingFor].nl : '',
            }),
          ),
        );
        // The statechart: each invoked process machine is named by the table.
        for (const m of container.querySelectorAll<HTMLElement>('.sc-machine[data-machine]')) {
          const id = m.dataset.machine!;
          if (id !== 'call')
            expect(m.querySelector('.sc-machine-name')!.textContent).toBe(PROCESSES_NL[id as ProcessId].nl);
        }
        const shown = container.textContent ?? '';
        expect(
          englishOnly.filter((name) => shown.includes(name)),
          `English names at move ${at}`,
        ).toEqual([]);
        unmount();
      }
    });
  }
});

describe('the Dutch debrief names USM as the terminology table does', () => {
  const root = join(import.meta.dirname, '../../..');
  const parsed = parseScenario(
    readFileSync(join(root, 'content/nl/scenarios/mining/mining-telemetry-outage.yaml'), 'utf8'),
    'mining-telemetry-outage.yaml',
  );
  if (!parsed.ok) throw new Error('the Dutch flagship does not parse');
  const scenario = parsed.scenario;
  // A wrong turn: Recover → Operate instead of Recover → Change → Operate.
  const route = ['recover', 'operate'];
  const result = grade(scenario, {
    callType: 'incident',
    route,
    impact: 'high',
    urgency: 'high',
    illegalMoves: 0,
    hintsUsed: 0,
  });

  it('shows the workflows, the route table and the pins in Dutch', () => {
    const { getByTestId, getAllByTestId, container } = inIsland(
      'nl',
      <>
        <Debrief result={result} lessons={[]} id="d" />
        <PinList debrief={debriefOf(result, 'incident', route)} route={route} />
      </>,
    );
    expect(getByTestId('workflow-expected').textContent).toBe(`3: ${WORKFLOWS_NL[3].nl}`);
    expect(getByTestId('workflow-chosen').textContent).toBe(`4: ${WORKFLOWS_NL[4].nl}`);
    const cells = texts(container, 'tbody td:nth-child(2), tbody td:nth-child(3)').filter((c) => c !== '—');
    expect(cells.length).toBeGreaterThan(3);
    for (const c of cells) expect(Object.values(PROCESSES_NL).map((t) => t.nl)).toContain(c);
    const nlRoute = (ps: ProcessId[]) => ps.map((p) => PROCESSES_NL[p].nl).join(' → ');
    expect(getByTestId('board-debrief').textContent).toContain(nlRoute(['recover', 'change', 'operate']));
    expect(getAllByTestId('pin-item')[0]!.textContent).toContain(
      `${PROCESSES_NL.recover.nl} (${STEPS_NL.recover.recover!.nl})`,
    );
    const shown = container.textContent ?? '';
    expect(englishOnly.filter((name) => shown.includes(name))).toEqual([]);
  });

  it('the practice solution names the workflow and the route from the table', () => {
    const { getByRole, getByTestId } = inIsland(
      'nl',
      <PracticeTools
        scenario={scenario}
        hintsUsed={0}
        hint={() => {}}
        canUndo={false}
        undo={() => {}}
        reset={() => {}}
      />,
    );
    fireEvent.click(getByRole('button', { name: tFor('nl')('sim.solution') }));
    const text = getByTestId('solution').textContent!;
    expect(text).toContain(WORKFLOWS_NL[3].nl);
    expect(text).toContain(['recover', 'change', 'operate'].map((p) => PROCESSES_NL[p as ProcessId].nl).join(' → '));
  });
});

describe('the English board keeps its contract', () => {
  it('a region "Process board" with one group per process, and a tree "Statechart"', () => {
    const frames = replay(solutionEvents('incident', 3));
    const { getByRole } = board('en', frames, 4);
    const region = getByRole('region', { name: 'Process board' });
    for (const name of ['Agree', 'Change', 'Recover', 'Operate', 'Improve'])
      expect(within(region).getByRole('group', { name })).toBeTruthy();
    expect(getByRole('tree', { name: 'Statechart' })).toBeTruthy();
  });
});
