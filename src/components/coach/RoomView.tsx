/**
 * The coach's room view: merge participants' result codes and see how the room routed each call. The room
 * (its join code and the accepted codes) is kept in the store per workshop until the coach clears it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  codeKind,
  readResultCode,
  readShiftResultCode,
  roomView,
  type ParticipantResult,
  type ResultContext,
} from '#engine/model';
import type { EngineMessage, Kpis, Scenario } from '#engine/model';
import { island, useT } from '../../i18n/context.tsx';
import { format } from '../../i18n/format.ts';
import RoomResults from './RoomResults.tsx';
import { useWorkshopCode } from './workshop-code.ts';
import { clearRoom, lastRoomJoin, loadRoom, saveRoom } from './room-store.ts';

type Read =
  | { ok: true; value: ParticipantResult | { participant: string; kpis: Kpis } }
  | { ok: false; error: string; message?: EngineMessage };

function RoomView({ scenarios }: { scenarios: Scenario[] }) {
  const t = useT();
  const library = useMemo(() => new Map(scenarios.map((s) => [s.id, s])), [scenarios]);
  const [join, setJoin] = useState('');
  const [text, setText] = useState('');
  const [codes, setCodes] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const isShift = codeKind(join) === 'shift';
  // A workshop's calls: the library's, plus the custom calls a W2 join code carries (read by the builder's checker).
  const w = useWorkshopCode(isShift ? '' : join, scenarios);
  const byId = w?.ok ? w.value.scenarios : library;
  const ctx: ResultContext | null = w?.ok ? { workshop: w.value.workshop, scenarios: byId } : null;
  const read = (code: string, source: string): Read =>
    isShift
      ? readShiftResultCode(code, join, source)
      : ctx
        ? readResultCode(code, join, ctx, source)
        : { ok: false, error: w && !w.ok ? format(t, w.message) : t('room.joinFirst') };

  useEffect(() => {
    const c = new URLSearchParams(location.search).get('code') ?? lastRoomJoin();
    if (c) setJoin(c);
  }, []);
  // Each workshop has its own room: changing the join code shows that workshop's saved results.
  useEffect(() => {
    setCodes(loadRoom(join));
    setErrors([]);
  }, [join]);

  const accepted = codes
    .map((c) => read(c, ''))
    .filter((r): r is Extract<Read, { ok: true }> => r.ok)
    .map((r) => r.value);
  const add = async (files: File[] = []) => {
    const sources = [
      ...text
        .split('\n')
        .map((l, i) => ({ src: t('room.line', { n: i + 1 }), text: l.trim() }))
        .filter((x) => x.text),
      ...(await Promise.all(
        files.map(async (f) => ({ src: f.name.slice(0, 60), text: (await f.text()).slice(0, 20_000).trim() })),
      )),
    ];
    const errs: string[] = [];
    const next = [...codes];
    const seen = accepted.map((v) => JSON.stringify(v));
    for (const s of sources) {
      const r = read(s.text, s.src);
      if (!r.ok) {
        errs.push(r.message ? format(t, r.message) : r.error);
        continue;
      }
      const key = JSON.stringify(r.value);
      if (seen.includes(key)) {
        errs.push(t('room.duplicate', { source: s.src }));
        continue;
      }
      seen.push(key);
      next.push(s.text);
    }
    if (next.length !== codes.length) saveRoom(join, next);
    setCodes(next);
    setErrors(errs);
    setNotice('');
    setText('');
  };
  const clear = () => {
    clearRoom(join);
    setCodes([]);
    setErrors([]);
    setNotice(t('room.cleared'));
  };

  const shiftResults = isShift ? (accepted as { participant: string; kpis: Kpis }[]) : [];
  const merged = isShift ? [] : (accepted as ParticipantResult[]);
  const view = ctx ? roomView(ctx.workshop, byId, merged) : null;
  return (
    <div class="coach not-content">
      <p>
        <label for="room-join">{t('room.join')}</label>
        <br />
        <input
          id="room-join"
          type="text"
          size={48}
          value={join}
          onInput={(e) => setJoin((e.target as HTMLInputElement).value)}
        />
      </p>
      {w && !w.ok && (
        <p role="alert" class="question-feedback is-wrong" data-testid="room-join-error">
          {t('room.joinInvalid', { error: format(t, w.message) })}
        </p>
      )}
      <p>
        <label for="room-codes">{t('room.results')}</label>
        <br />
        <textarea
          id="room-codes"
          rows={5}
          class="vmm-code"
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
      </p>
      <p>
        <label for="room-files">{t('room.files')}</label>{' '}
        <input
          id="room-files"
          type="file"
          multiple
          accept=".txt,text/plain"
          onChange={(e) => add([...((e.target as HTMLInputElement).files ?? [])])}
        />
      </p>
      <p>
        <button type="button" class="usm-button" onClick={() => add()}>
          {t('room.add')}
        </button>{' '}
        {codes.length > 0 && (
          <button type="button" class="usm-button secondary" onClick={clear}>
            {t('room.clear')}
          </button>
        )}
      </p>
      <div role="status" aria-live="polite">
        <p data-testid="room-count">{t('room.added', { n: accepted.length })}</p>
        {codes.length > 0 && <p class="room-saved">{t('room.saved')}</p>}
        {notice && <p>{notice}</p>}
        {errors.length > 0 && (
          <div class="question-feedback is-wrong" data-testid="room-errors">
            <p>{t('room.rejected')}:</p>
            <ul>
              {errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {isShift && shiftResults.length > 0 && (
        <table data-testid="room-kpis">
          <caption>{t('room.kpis')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('room.participant')}</th>
              <th scope="col">{t('shift.kpi.incidents')}</th>
              <th scope="col">{t('shift.kpi.backlog')}</th>
              <th scope="col">{t('shift.kpi.changes')}</th>
              <th scope="col">{t('shift.kpi.risks')}</th>
              <th scope="col">{t('shift.kpi.score')}</th>
            </tr>
          </thead>
          <tbody>
            {shiftResults.map((r, i) => (
              <tr key={i}>
                <td>{r.participant}</td>
                <td>
                  {r.kpis.incidentsWithinTarget} / {r.kpis.incidents}
                </td>
                <td>{r.kpis.backlog}</td>
                <td>{r.kpis.changesDeployed}</td>
                <td>
                  {r.kpis.risksHandled} / {r.kpis.risksArrived}
                </td>
                <td>{r.kpis.averageScore ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!isShift && view && ctx && merged.length > 0 && (
        <RoomResults view={view} byId={byId} practice={ctx.workshop.mode === 'practice'} />
      )}
    </div>
  );
}

export default island(RoomView);
