/**
 * The statechart view: the running machines drawn from their definitions (simulator/statechart.ts) as
 * nested states, the call machine outermost and each invoked process machine inside the state that runs
 * it. Active states are lit, states the last move entered are marked. The drawing is a tree
 * (role="tree", "Statechart") that screen readers walk with the arrow keys; the log below it says what
 * happened in the learner's words, and the newest line is announced politely.
 */
import type { ChartMachine, ChartNode, Frame } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import type { T } from '../../i18n/translate.ts';
import type { UiKey } from '../../i18n/keys.ts';
import { usmNames } from '../../i18n/usm-names.ts';
import { stackWords } from './Board.tsx';
import EventLog from './EventLog.tsx';

function label(t: T, n: ChartNode): string {
  if (n.invokes)
    return n.machine === 'call'
      ? t('sim.sc.runs', { process: usmNames(t).process(n.invokes) })
      : t('sim.sc.waits', { process: usmNames(t).process(n.invokes) });
  if (n.final && n.machine !== 'call') return t('sim.status.process');
  // Every state the machines define has its name in the dictionary (test/unit/i18n/statechart-names.test.ts).
  return t(`sim.sc.state.${n.key}` as UiKey);
}

/** Moves focus between the tree's items with the arrow keys, Home and End (all items stay expanded). */
function onKey(e: KeyboardEvent) {
  const tree = e.currentTarget as HTMLElement;
  const items = [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')];
  const i = items.indexOf(document.activeElement as HTMLElement);
  const go = (j: number) => {
    const next = items[Math.max(0, Math.min(items.length - 1, j))];
    if (!next) return;
    e.preventDefault();
    items.forEach((x) => x.setAttribute('tabindex', '-1'));
    next.setAttribute('tabindex', '0');
    next.focus();
  };
  if (e.key === 'ArrowDown') go(i + 1);
  else if (e.key === 'ArrowUp') go(i - 1);
  else if (e.key === 'Home') go(0);
  else if (e.key === 'End') go(items.length - 1);
}

function Node({ n, first }: { n: ChartNode; first: boolean }) {
  const t = useT();
  const kids = [...n.children];
  const sub = n.child;
  const has = kids.length > 0 || sub !== null;
  return (
    <li
      role="treeitem"
      tabIndex={first ? 0 : -1}
      aria-expanded={has ? true : undefined}
      aria-current={n.active ? 'true' : undefined}
      class={`sc-node${n.active ? ' is-active' : ''}${n.entered ? ' is-entered' : ''}${n.final ? ' is-final' : ''}`}
      data-key={n.key}
    >
      <span class="sc-label">
        {label(t, n)}
        {n.entered && <span class="sc-entered"> · {t('sim.sc.entered')}</span>}
      </span>
      {has && (
        <ul role="group">
          {kids.map((k) => (
            <Node key={k.id} n={k} first={false} />
          ))}
          {sub && <MachineItem m={sub} />}
        </ul>
      )}
    </li>
  );
}

function MachineItem({ m }: { m: ChartMachine }) {
  const t = useT();
  return (
    <li role="treeitem" tabIndex={-1} aria-expanded={true} class="sc-machine" data-machine={m.machine}>
      <span class="sc-machine-name">
        {m.machine === 'call' ? t('sim.sc.machine.call') : usmNames(t).process(m.machine)}
      </span>
      <ul role="group">
        {m.states.map((n) => (
          <Node key={n.id} n={n} first={false} />
        ))}
      </ul>
    </li>
  );
}

interface Props {
  frames: readonly Frame[];
  /** The frame shown (the last one while playing; the replay's position afterwards). */
  at: number;
  id: string;
}

export default function StatechartView({ frames, at, id }: Props) {
  const t = useT();
  const frame = frames[at]!;
  const chart = frame.chart;
  // The statechart comes with the engine, which loads as soon as the view opens.
  if (!chart) return null;
  return (
    <section class="sc-view" aria-labelledby={`${id}-sc`} data-testid="statechart-panel">
      <h2 id={`${id}-sc`}>{t('sim.sc.title')}</h2>
      {frame.board.stack.length > 0 && (
        <p class="sc-now">{frame.board.stack.map((e) => stackWords(t, e)).join(' › ')}</p>
      )}
      <ul role="tree" aria-label={t('sim.sc.title')} class="sc-tree" onKeyDown={onKey}>
        <li role="treeitem" tabIndex={0} aria-expanded={true} class="sc-machine" data-machine="call">
          <span class="sc-machine-name">{t('sim.sc.machine.call')}</span>
          <ul role="group">
            {chart.states.map((n) => (
              <Node key={n.id} n={n} first={false} />
            ))}
          </ul>
        </li>
      </ul>
      <EventLog frames={frames.slice(0, at + 1)} id={id} />
    </section>
  );
}
