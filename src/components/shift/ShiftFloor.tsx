/**
 * The Shift's floor (loaded when a shift starts): the queue and KPIs beside the process board, the call
 * played on the board, and the end-of-shift report. It holds the shift's state; the rules are the
 * engine's (simulator/shift.ts).
 */
import { useMemo, useState } from 'preact/hooks';
import {
  handleCall,
  isOver,
  justArrived,
  openCalls,
  priorityNow,
  startShift,
  waitForNext,
  type Scenario,
  type ShiftCall,
  type ShiftDefinition,
  type ShiftState,
} from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { hhmm } from './hhmm.ts';
import { loadBoard } from './load-board.ts';
import ShiftBoard from './ShiftBoard.tsx';
import ShiftEnd, { type Workshop } from './ShiftEnd.tsx';
import ShiftKpis from './ShiftKpis.tsx';
import ShiftLog from './ShiftLog.tsx';
import ShiftQueue from './ShiftQueue.tsx';

interface Props {
  def: ShiftDefinition;
  scenarios: Scenario[];
  seed: number;
  workshop: Workshop | null;
  /** Back to the start form. */
  again: () => void;
}

export default function ShiftFloor({ def, scenarios, seed, workshop, again }: Props) {
  const t = useT();
  const library = useMemo(() => new Map(scenarios.map((s) => [s.id, s])), [scenarios]);
  const [state, setState] = useState<ShiftState>(() => startShift(def, library, seed));
  const [previous, setPrevious] = useState<ShiftState | null>(null);
  const update = (next: ShiftState) => {
    setPrevious(state);
    setState(next);
  };
  const [active, setActive] = useState<string | null>(null);
  const [ended, setEnded] = useState(false);
  const kpis = <ShiftKpis def={def} library={library} state={state} />;

  if (ended || isOver(def, state))
    return <ShiftEnd def={def} library={library} state={state} kpis={kpis} workshop={workshop} again={again} />;

  const call = active ? state.calls.find((c) => c.id === active) : null;
  const sc = call ? library.get(call.scenario)! : null;
  const open = openCalls(state);
  const title = (c: ShiftCall) => library.get(c.scenario)!.title;
  const prepare = () => void loadBoard().catch(() => undefined);
  return (
    <div class="shift shift-floor not-content">
      <div class="shift-side">
        {kpis}
        <ShiftQueue
          state={state}
          open={open}
          title={title}
          priority={(c) => priorityNow(c, library)}
          active={call && call.status === 'open' ? call.id : null}
          fresh={justArrived(state, previous)}
          take={(id) => setActive(id)}
          hhmm={hhmm}
          prepare={prepare}
        />
        <p class="sim-actions">
          {open.length === 0 && (
            <button type="button" class="usm-button" onClick={() => update(waitForNext(def, library, state))}>
              {t('shift.wait')}
            </button>
          )}
          <button type="button" class="usm-button secondary" onClick={() => setEnded(true)}>
            {t('shift.end')}
          </button>
        </p>
        <ShiftLog log={state.log} />
      </div>
      <div class="shift-main">
        {call && sc ? (
          <ShiftBoard
            key={call.id}
            scenario={sc}
            finish={(attempt) => update(handleCall(def, library, state, call.id, attempt))}
            back={() => setActive(null)}
          />
        ) : (
          <p class="shift-pick">{t('shift.pick')}</p>
        )}
      </div>
    </div>
  );
}
