/** The coach's room view: merge participants' result codes and see how the room routed each call. */
import { useEffect, useState } from 'preact/hooks';
import { readJoinCode, readResultCode, readShiftResultCode, roomView, type ParticipantResult } from '../../../simulator/workshop.ts';
import type { Kpis } from '../../../simulator/shift.ts';
import type { Scenario } from '../../../simulator/scenario.ts';
import { CALL_TYPES, WORKFLOWS, type CallTypeId } from '../../../simulator/usm.ts';
import { tCoach as t } from '../../i18n/en.ts';

export default function RoomView({ scenarios }: { scenarios: Scenario[] }) {
  const ids = scenarios.map((s) => s.id);
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const [join, setJoin] = useState('');
  const [text, setText] = useState('');
  const [merged, setMerged] = useState<ParticipantResult[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [shiftResults, setShiftResults] = useState<{ participant: string; kpis: Kpis }[]>([]);
  const isShift = join.trim().startsWith('S1.');
  useEffect(() => {
    const c = new URLSearchParams(location.search).get('code');
    if (c) setJoin(c);
  }, []);
  const w = readJoinCode(join, ids);
  const add = async (files: File[] = []) => {
    if (isShift) {
      const errs: string[] = [];
      const next = [...shiftResults];
      const lines = [...text.split('\n'), ...(await Promise.all(files.map((f) => f.text())))].map((l) => l.trim()).filter(Boolean);
      lines.forEach((line, i) => {
        const r = readShiftResultCode(line, join, `Line ${i + 1}`);
        if (!r.ok) errs.push(r.error);
        else if (!next.some((x) => x.participant === r.value.participant && JSON.stringify(x.kpis) === JSON.stringify(r.value.kpis))) next.push(r.value);
      });
      setShiftResults(next);
      setErrors(errs);
      setText('');
      return;
    }
    if (!w.ok) return setErrors([w.error]);
    const sources = [
      ...text.split('\n').map((l, i) => ({ src: `Line ${i + 1}`, text: l.trim() })).filter((x) => x.text),
      ...(await Promise.all(files.map(async (f) => ({ src: f.name, text: (await f.text()).trim() })))),
    ];
    const errs: string[] = [];
    const next = [...merged];
    for (const s of sources) {
      const r = readResultCode(s.text, join, w.value.scenarios.length, s.src);
      if (!r.ok) errs.push(r.error);
      else if (next.some((m) => m.participant === r.value.participant && JSON.stringify(m.calls) === JSON.stringify(r.value.calls))) errs.push(`${s.src}: already in the room.`);
      else next.push(r.value);
    }
    setMerged(next);
    setErrors(errs);
    setText('');
  };
  const view = w.ok ? roomView(w.value, byId, merged) : null;
  return (
    <div class="coach not-content">
      <p><label for="room-join">{t('room.join')}</label><br /><input id="room-join" type="text" size={48} value={join} onInput={(e) => setJoin((e.target as HTMLInputElement).value)} /></p>
      <p><label for="room-codes">{t('room.results')}</label><br /><textarea id="room-codes" rows={5} class="vmm-code" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} /></p>
      <p><label for="room-files">{t('room.files')}</label> <input id="room-files" type="file" multiple accept=".txt,text/plain" onChange={(e) => add([...((e.target as HTMLInputElement).files ?? [])])} /></p>
      <p><button type="button" class="usm-button" onClick={() => add()}>{t('room.add')}</button></p>
      <div role="status" aria-live="polite">
        <p data-testid="room-count">{t('room.added', { n: isShift ? shiftResults.length : merged.length })}</p>
        {errors.length > 0 && <div class="question-feedback is-wrong" data-testid="room-errors"><p>{t('room.rejected')}:</p><ul>{errors.map((e, i) => <li key={i}>{e}</li>)}</ul></div>}
      </div>
      {isShift && shiftResults.length > 0 && (
        <table data-testid="room-kpis">
          <caption>{t('room.kpis')}</caption>
          <thead><tr><th scope="col">{t('join.name')}</th><th scope="col">{t('shift.kpi.incidents')}</th><th scope="col">{t('shift.kpi.backlog')}</th><th scope="col">{t('shift.kpi.changes')}</th><th scope="col">{t('shift.kpi.risks')}</th><th scope="col">{t('shift.kpi.score')}</th></tr></thead>
          <tbody>{shiftResults.map((r, i) => <tr key={i}><td>{r.participant}</td><td>{r.kpis.incidentsWithinTarget} / {r.kpis.incidents}</td><td>{r.kpis.backlog}</td><td>{r.kpis.changesDeployed}</td><td>{r.kpis.risksHandled} / {r.kpis.risksArrived}</td><td>{r.kpis.averageScore ?? '—'}</td></tr>)}</tbody>
        </table>
      )}
      {!isShift && view && merged.length > 0 && (
        <>
          {view.calls.map((c, i) => {
            const sc = byId.get(c.scenario)!;
            const max = Math.max(1, ...Object.values(c.workflows).map((n) => n ?? 0));
            return (
              <section key={c.scenario} class="room-call" aria-labelledby={`room-call-${i}`} data-testid={`room-call-${i}`}>
                <h2 id={`room-call-${i}`}>{t('room.call', { n: i + 1, title: sc.title })}</h2>
                <p>{t('room.expected', { callType: CALL_TYPES[sc.expected.callType].name.toLowerCase(), workflow: sc.expected.workflow })} · {c.passed} / {c.played} {t('sim.debrief.passed').toLowerCase()}</p>
                <h3>{t('room.classified')}</h3>
                <p>{Object.entries(c.callTypes).map(([k, n]) => `${k === 'none' ? '—' : CALL_TYPES[k as CallTypeId].name}: ${n}`).join(' · ')}</p>
                <h3>{t('room.executed')}</h3>
                <table class="room-bars">
                  <tbody>
                    {Object.entries(c.workflows).map(([k, n]) => (
                      <tr key={k} data-testid={`room-wf-${i}-${k}`}>
                        <th scope="row">{k === 'none' ? t('sim.debrief.none') : `${k}: ${WORKFLOWS[Number(k) - 1]!.name}`}</th>
                        <td><span class="room-bar" style={{ width: `${((n ?? 0) / max) * 100}%` }} aria-hidden="true" /> {n}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {c.wrongTurns.length > 0 && (
                  <>
                    <h3>{t('room.turns')}</h3>
                    <ul>{c.wrongTurns.map((wt) => <li key={wt.misconception}><strong>{wt.count}×</strong> {wt.rule}</li>)}</ul>
                  </>
                )}
              </section>
            );
          })}
          <h2>{t('room.people')}</h2>
          <table>
            <thead><tr><th scope="col">{t('join.name')}</th><th scope="col">{t('room.score')}</th><th scope="col">{t('room.passed')}</th></tr></thead>
            <tbody>{view.participants.map((p, i) => <tr key={i}><td>{p.name}</td><td>{p.total}</td><td>{p.passed} / {p.played}</td></tr>)}</tbody>
          </table>
        </>
      )}
    </div>
  );
}
