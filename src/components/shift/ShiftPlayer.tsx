/** The Shift island: the queue and KPIs beside the process board, the call played on the board, and the end-of-shift report. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  handleCall,
  isOver,
  justArrived,
  kpis,
  openCalls,
  priorityNow,
  shiftReport,
  startShift,
  waitForNext,
  type ShiftCall,
  type ShiftDefinition,
  type ShiftState,
} from '#engine/model';
import type { Scenario } from '#engine/model';
import { island, useT } from '../../i18n/context.tsx';
import { Simulator } from '../sim/Simulator.tsx';
import { format } from '../../i18n/format.ts';
import ShiftQueue from './ShiftQueue.tsx';

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function ShiftPlayer({ shifts, scenarios }: { shifts: ShiftDefinition[]; scenarios: Scenario[] }) {
  const t = useT();
  const library = useMemo(() => new Map(scenarios.map((s) => [s.id, s])), [scenarios]);
  const [shiftId, setShiftId] = useState(shifts[0]?.id ?? '');
  const [seed, setSeed] = useState('1');
  const [state, setState] = useState<ShiftState | null>(null);
  const [previous, setPrevious] = useState<ShiftState | null>(null);
  const update = (next: ShiftState) => {
    setPrevious(state);
    setState(next);
  };
  const [active, setActive] = useState<string | null>(null);
  const [ended, setEnded] = useState(false);
  const [workshop, setWorkshop] = useState<string | null>(null);
  const [player, setPlayer] = useState('');
  const [codeError, setCodeError] = useState('');
  // The workshop codes (reading the join code, writing the result code) load only for a workshop's link.
  const [codes, setCodes] = useState<typeof import('#engine/lazy/workshop') | null>(null);
  useEffect(() => {
    const p = new URLSearchParams(location.search);
    if (p.get('seed')) setSeed(p.get('seed')!);
    if (p.get('shift') && shifts.some((s) => s.id === p.get('shift'))) setShiftId(p.get('shift')!);
    const code = p.get('code');
    if (code) {
      void import('#engine/lazy/workshop').then((m) => {
        setCodes(m);
        const r = m.readShiftJoinCode(
          code,
          shifts.map((s) => s.id),
        );
        if (r.ok) {
          setShiftId(r.value.shift);
          setSeed(String(r.value.seed));
          setWorkshop(code);
        } else setCodeError(format(t, r.message));
      });
    }
  }, []);
  const def = shifts.find((s) => s.id === shiftId)!;

  if (!state) {
    return (
      <form
        class="shift not-content"
        onSubmit={(e) => {
          e.preventDefault();
          setState(startShift(def, library, Number(seed) || 0));
          setEnded(false);
        }}
      >
        <p>{t('shift.intro')}</p>
        {codeError && (
          <p role="alert" class="question-feedback is-wrong" data-testid="shift-code-error">
            {t('shift.joinInvalid', { error: codeError })}
          </p>
        )}
        {workshop && <p data-testid="shift-workshop">{t('shift.workshop', { title: def.title, seed })}</p>}
        <fieldset disabled={workshop !== null}>
          <legend>{t('shift.choose')}</legend>
          {shifts.map((s) => (
            <label class="question-option" key={s.id}>
              <input type="radio" name="shift" checked={s.id === shiftId} onChange={() => setShiftId(s.id)} />{' '}
              <strong>{s.title}</strong> — {s.description}
            </label>
          ))}
        </fieldset>
        <p>
          <label>
            {t('shift.seed')}{' '}
            <input
              type="number"
              min="0"
              value={seed}
              readOnly={workshop !== null}
              onInput={(e) => setSeed((e.target as HTMLInputElement).value)}
            />
          </label>
        </p>
        <p>
          <button type="submit" class="usm-button">
            {t('shift.start')}
          </button>
        </p>
      </form>
    );
  }

  const k = kpis(def, library, state);
  const board = (
    <section class="shift-kpis" aria-labelledby="kpi-title">
      <h2 id="kpi-title">{t('shift.kpi')}</h2>
      <p data-testid="shift-clock">{t('shift.clock', { time: hhmm(state.clock), end: hhmm(def.durationMinutes) })}</p>
      <dl>
        <div>
          <dt>{t('shift.kpi.incidents')}</dt>
          <dd data-testid="kpi-incidents">
            {k.incidentsWithinTarget} / {k.incidents}
          </dd>
        </div>
        <div>
          <dt>{t('shift.kpi.backlog')}</dt>
          <dd data-testid="kpi-backlog">{k.backlog}</dd>
        </div>
        <div>
          <dt>{t('shift.kpi.changes')}</dt>
          <dd>{k.changesDeployed}</dd>
        </div>
        <div>
          <dt>{t('shift.kpi.risks')}</dt>
          <dd>
            {k.risksHandled} / {k.risksArrived}
          </dd>
        </div>
        <div>
          <dt>{t('shift.kpi.score')}</dt>
          <dd data-testid="kpi-score">{k.averageScore ?? '—'}</dd>
        </div>
      </dl>
    </section>
  );

  if (ended || isOver(def, state)) {
    const report = shiftReport(def, library, state);
    return (
      <div class="shift not-content">
        <h2 id="shift-report" tabIndex={-1} ref={(el) => el?.focus()}>
          {t('shift.report')}
        </h2>
        {board}
        <h3>{t('shift.report.calls')}</h3>
        <table data-testid="shift-report-calls">
          <thead>
            <tr>
              <th scope="col">{t('shift.report.call')}</th>
              <th scope="col">{t('shift.report.expected')}</th>
              <th scope="col">{t('shift.report.chosen')}</th>
              <th scope="col">{t('shift.report.score')}</th>
            </tr>
          </thead>
          <tbody>
            {report.calls.map((c) => (
              <tr key={c.id}>
                <td>
                  {c.title}
                  {c.source !== 'planned' ? ` (${t(`shift.report.source.${c.source}`)})` : ''}
                </td>
                <td>{c.expectedWorkflow}</td>
                <td>{c.status === 'handled' ? (c.chosenWorkflow ?? '—') : t(`shift.report.status.${c.status}`)}</td>
                <td>{c.score ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('shift.report.preventable')}</h3>
        {report.preventableMessages.length ? (
          <ul>
            {report.preventableMessages.map((p, i) => (
              <li key={i}>{format(t, p)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('shift.report.none')}</p>
        )}
        {workshop && codes && (
          <section aria-labelledby="shift-result-title">
            <h3 id="shift-result-title">{t('shift.result.code')}</h3>
            <p>
              <label>
                {t('shift.result.name')}{' '}
                <input
                  type="text"
                  maxLength={80}
                  value={player}
                  onInput={(e) => setPlayer((e.target as HTMLInputElement).value)}
                />
              </label>
            </p>
            <textarea
              readOnly
              rows={2}
              class="vmm-code"
              aria-labelledby="shift-result-title"
              data-testid="shift-result-code"
              value={codes.shiftResultCode(workshop, player, report.kpis)}
            />
          </section>
        )}
        <p>
          <button type="button" class="usm-button" onClick={() => setState(null)}>
            {t('shift.again')}
          </button>
        </p>
      </div>
    );
  }

  const call = active ? state.calls.find((c) => c.id === active) : null;
  const sc = call ? library.get(call.scenario)! : null;
  const open = openCalls(state);
  const title = (c: ShiftCall) => library.get(c.scenario)!.title;
  return (
    <div class="shift shift-floor not-content">
      <div class="shift-side">
        {board}
        <ShiftQueue
          state={state}
          open={open}
          title={title}
          priority={(c) => priorityNow(c, library)}
          active={call && call.status === 'open' ? call.id : null}
          fresh={justArrived(state, previous)}
          take={(id) => setActive(id)}
          hhmm={hhmm}
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
        <details>
          <summary>{t('shift.log')}</summary>
          <ol>
            {state.log.map((l, i) => (
              <li key={i}>
                {hhmm(l.at)} — {format(t, l.message)}
              </li>
            ))}
          </ol>
        </details>
      </div>
      <div class="shift-main">
        {call && sc ? (
          <>
            <h2>{sc.title}</h2>
            <Simulator
              key={call.id}
              scenario={sc}
              initialMode="assessment"
              fixedMode
              onFinish={(attempt) => {
                update(handleCall(def, library, state, call.id, attempt));
              }}
            />
            <p>
              <button type="button" class="usm-button secondary" onClick={() => setActive(null)}>
                {t('shift.back')}
              </button>
            </p>
          </>
        ) : (
          <p class="shift-pick">{t('shift.pick')}</p>
        )}
      </div>
    </div>
  );
}

export default island(ShiftPlayer);
