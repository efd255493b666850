/** The Shift's KPI board: the clock and the key figures the engine computes (simulator/shift-kpis.ts). */
import { kpis, type ShiftDefinition, type ShiftLibrary, type ShiftState } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { hhmm } from './hhmm.ts';

interface Props {
  def: ShiftDefinition;
  library: ShiftLibrary;
  state: ShiftState;
}

export default function ShiftKpis({ def, library, state }: Props) {
  const t = useT();
  const k = kpis(def, library, state);
  return (
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
}
