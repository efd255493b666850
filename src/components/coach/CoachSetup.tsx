/** The coach creates a workshop: calls, mode and seed → a join code (and QR code) for the room. */
import { useState } from 'preact/hooks';
import { renderSVG } from 'uqr';
import { createWorkshop, joinCode, shiftJoinCode, type WorkshopMode } from '../../../simulator/workshop.ts';
import { tCoach as t } from '../../i18n/en.ts';

export interface ScenarioSummary {
  id: string;
  title: string;
  workflow: number;
  domain: string;
}

export default function CoachSetup({ scenarios, shifts }: { scenarios: ScenarioSummary[]; shifts: { id: string; title: string }[] }) {
  const ids = scenarios.map((s) => s.id);
  const [picked, setPicked] = useState<string[]>([]);
  const [mode, setMode] = useState<WorkshopMode>('practice');
  const [seed, setSeed] = useState(() => String(Math.floor(Math.random() * 9000) + 1000));
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [shift, setShift] = useState(shifts[0]?.id ?? '');
  const [shiftCode, setShiftCode] = useState('');
  const create = (e: Event) => {
    e.preventDefault();
    if (picked.length === 0) return setError(t('coach.none'));
    setError('');
    setCode(joinCode(createWorkshop(ids, picked, mode, Number(seed) || 0), ids));
  };
  const joinUrl = typeof location === 'undefined' ? '/coach/join/' : `${location.origin}/coach/join/`;
  const shiftUrl = typeof location === 'undefined' ? '/shift/' : `${location.origin}/shift/`;
  return (
    <div class="coach not-content">
      <form onSubmit={create}>
        <fieldset>
          <legend>{t('coach.pick')}</legend>
          <div class="coach-picks">
            {scenarios.map((s) => (
              <label class="question-option" key={s.id}>
                <input type="checkbox" checked={picked.includes(s.id)} onChange={() => setPicked(picked.includes(s.id) ? picked.filter((x) => x !== s.id) : [...picked, s.id])} />
                {s.title} <small>(workflow {s.workflow}, {s.domain})</small>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('coach.mode')}</legend>
          {(['practice', 'assessment'] as const).map((m) => (
            <label class="question-option" key={m}><input type="radio" name="coach-mode" checked={mode === m} onChange={() => setMode(m)} /> {t(`sim.mode.${m}`)}</label>
          ))}
        </fieldset>
        <p><label>{t('coach.seed')} <input type="number" min="0" value={seed} onInput={(e) => setSeed((e.target as HTMLInputElement).value)} /></label></p>
        <p><button type="submit" class="usm-button">{t('coach.create')}</button></p>
        <p role="status">{error}</p>
      </form>
      {code && (
        <section aria-labelledby="coach-code-title" class="coach-code">
          <h2 id="coach-code-title">{t('coach.code')}</h2>
          <p class="coach-code-text" data-testid="join-code">{code}</p>
          <p>{t('coach.code.help', { url: joinUrl })}</p>
          <figure>
            <div role="img" aria-label={t('coach.qr')} class="coach-qr" dangerouslySetInnerHTML={{ __html: renderSVG(`${joinUrl}?code=${encodeURIComponent(code)}`) }} />
          </figure>
          <p>{t('coach.links')}</p>
          <p>
            <a class="usm-button" href={`/coach/projector/?code=${encodeURIComponent(code)}`}>{t('coach.projector')}</a>{' '}
            <a class="usm-button secondary" href={`/coach/room/?code=${encodeURIComponent(code)}`}>{t('coach.room')}</a>
          </p>
        </section>
      )}
      <section aria-labelledby="coach-shift-title">
        <h2 id="coach-shift-title">{t('coach.shift.title')}</h2>
        <p>{t('coach.shift.intro')}</p>
        <fieldset>
          <legend>{t('shift.choose')}</legend>
          {shifts.map((s) => (
            <label class="question-option" key={s.id}><input type="radio" name="coach-shift" checked={shift === s.id} onChange={() => setShift(s.id)} /> {s.title}</label>
          ))}
        </fieldset>
        <p><button type="button" class="usm-button" onClick={() => setShiftCode(shiftJoinCode({ shift, seed: Number(seed) || 0 }))}>{t('coach.shift.create')}</button></p>
        {shiftCode && (
          <div class="coach-code">
            <p class="coach-code-text" data-testid="shift-join-code">{shiftCode}</p>
            <p>{t('coach.shift.open')} <a href={`/shift/?code=${encodeURIComponent(shiftCode)}`}>{`${shiftUrl}?code=${shiftCode}`}</a></p>
            <div role="img" aria-label={t('coach.qr')} class="coach-qr" dangerouslySetInnerHTML={{ __html: renderSVG(`${shiftUrl}?code=${encodeURIComponent(shiftCode)}`) }} />
            <p><a class="usm-button secondary" href={`/coach/room/?code=${encodeURIComponent(shiftCode)}`}>{t('coach.room')}</a></p>
          </div>
        )}
      </section>
    </div>
  );
}
