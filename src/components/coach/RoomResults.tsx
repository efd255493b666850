/** The room's results: per call how the room classified and routed it, then per person. */
import type { RoomView, Scenario } from '#engine/model';
import { MAX_CALL_SCORE, WEIGHTS, type CallTypeId, type WorkflowNumber } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { format } from '../../i18n/format.ts';
import { useUsmNames } from '../../i18n/usm-names.ts';

export default function RoomResults({
  view,
  byId,
  practice,
}: {
  view: RoomView;
  byId: ReadonlyMap<string, Scenario>;
  practice: boolean;
}) {
  const t = useT();
  const names = useUsmNames();
  return (
    <>
      {view.calls.map((c, i) => {
        const sc = byId.get(c.scenario)!;
        const max = Math.max(1, ...Object.values(c.workflows).map((n) => n ?? 0));
        return (
          <section key={c.scenario} class="room-call" aria-labelledby={`room-call-${i}`} data-testid={`room-call-${i}`}>
            <h2 id={`room-call-${i}`}>{t('room.call', { n: i + 1, title: sc.title })}</h2>
            <p>
              {t('room.expected', {
                callType: names.callTypeInText(sc.expected.callType),
                workflow: sc.expected.workflow,
              })}{' '}
              · {c.passed} / {c.played} {t('sim.debrief.passed').toLowerCase()}
            </p>
            {c.solutionShown > 0 && (
              <p data-testid={`room-solutions-${i}`}>{t('room.solutions.call', { n: c.solutionShown })}</p>
            )}
            <h3>{t('room.classified')}</h3>
            <p>
              {Object.entries(c.callTypes)
                .map(([k, n]) => `${k === 'none' ? '—' : names.callType(k as CallTypeId)}: ${n}`)
                .join(' · ')}
            </p>
            <h3>{t('room.executed')}</h3>
            <table class="room-bars">
              <tbody>
                {Object.entries(c.workflows).map(([k, n]) => (
                  <tr key={k} data-testid={`room-wf-${i}-${k}`}>
                    <th scope="row">
                      {k === 'none' ? t('sim.debrief.none') : `${k}: ${names.workflow(Number(k) as WorkflowNumber)}`}
                    </th>
                    <td>
                      <span class="room-bar" style={{ width: `${((n ?? 0) / max) * 100}%` }} aria-hidden="true" /> {n}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {c.wrongTurns.length > 0 && (
              <>
                <h3>{t('room.turns')}</h3>
                <ul>
                  {c.wrongTurns.map((wt) => (
                    <li key={wt.misconception}>
                      <strong>{wt.count}×</strong> {format(t, wt.message)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
      <h2 id="room-people">{t('room.people')}</h2>
      <p id="room-score-help">
        {t('room.score.help', {
          max: MAX_CALL_SCORE,
          callType: WEIGHTS.callType,
          entry: WEIGHTS.entry,
          forks: WEIGHTS.forks,
          priority: WEIGHTS.priority,
          illegal: WEIGHTS.illegalMove,
          illegalCap: WEIGHTS.illegalMoveCap,
          hint: WEIGHTS.hint,
          hintCap: WEIGHTS.hintCap,
        })}
      </p>
      {practice && <p>{t('room.solutions.help')}</p>}
      <table aria-labelledby="room-people" data-testid="room-people">
        <thead>
          <tr>
            <th scope="col">{t('room.participant')}</th>
            <th scope="col" aria-describedby="room-score-help">
              {t('room.score')}
            </th>
            <th scope="col">{t('room.passed')}</th>
            {practice && <th scope="col">{t('room.solutions')}</th>}
          </tr>
        </thead>
        <tbody>
          {view.participants.map((p, i) => (
            <tr key={i}>
              <td>{p.name}</td>
              <td>{t('room.scoreOf', { total: p.total, max: p.played * MAX_CALL_SCORE })}</td>
              <td>
                {p.passed} / {p.played}
              </td>
              {practice && <td>{p.solutions ?? 0}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
