/** The coach creates a workshop: calls, mode and seed → a join code (and QR code) for the room. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createWorkshop, joinCode, shiftJoinCode, type WorkshopMode, WorkshopError } from '#engine/model';
import { island, useLang, useT } from '../../i18n/context.tsx';
import { localePath } from '../../lib/languages.ts';
import { format } from '../../i18n/format.ts';
import type { SharedCall } from '#engine/author';
import CopyButton from '../CopyButton.tsx';
import PackLoader from './PackLoader.tsx';
import QrCode from './QrCode.tsx';

export interface ScenarioSummary {
  id: string;
  title: string;
  workflow: number;
  domain: string;
}

function CoachSetup({ scenarios, shifts }: { scenarios: ScenarioSummary[]; shifts: { id: string; title: string }[] }) {
  const t = useT();
  // Links stay in the coach's language (codes are language-independent: a participant may switch).
  const lang = useLang();
  const here = (path: string) => localePath(lang, path);
  const ids = scenarios.map((s) => s.id);
  const [picked, setPicked] = useState<string[]>([]);
  /** Custom calls loaded from a pack; choosing one makes the join code a W2 code that carries it. */
  const [custom, setCustom] = useState<SharedCall[]>([]);
  const [mode, setMode] = useState<WorkshopMode>('practice');
  const [seed, setSeed] = useState(() => String(Math.floor(Math.random() * 9000) + 1000));
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [shift, setShift] = useState(shifts[0]?.id ?? '');
  const [shiftCode, setShiftCode] = useState('');
  const codeTitle = useRef<HTMLHeadingElement>(null);
  const [created, setCreated] = useState(0);
  const create = (e: Event) => {
    e.preventDefault();
    if (picked.length === 0) return setError(t('coach.none'));
    if (custom.some((c) => picked.includes(c.scenario.id))) {
      void import('#engine/author').then(async ({ customJoinCode }) => {
        const r = await customJoinCode(ids, custom, picked, mode, Number(seed) || 0);
        if (!r.ok) return setError(t('coach.error', { error: format(t, r.message) }));
        setCode(r.value);
        setError('');
        setCreated((n) => n + 1);
      });
      return;
    }
    try {
      setCode(joinCode(createWorkshop(ids, picked, mode, Number(seed) || 0), ids));
      setError('');
      setCreated((n) => n + 1);
    } catch (err) {
      setError(
        t('coach.error', {
          error: err instanceof WorkshopError ? format(t, err.engineMessage) : String((err as Error).message),
        }),
      );
    }
  };
  // The join code appears below the form: bring it into view and move the focus there.
  useEffect(() => {
    if (!created || !codeTitle.current) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    codeTitle.current.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    codeTitle.current.focus({ preventScroll: true });
  }, [created]);
  const origin = typeof location === 'undefined' ? '' : location.origin;
  const joinUrl = `${origin}${here('/coach/join/')}`;
  const shiftUrl = `${origin}${here('/shift/')}`;
  return (
    <div class="coach not-content">
      <form onSubmit={create}>
        <PackLoader
          library={ids}
          onLoad={(calls) => {
            setCustom(calls);
            setPicked(picked.filter((id) => ids.includes(id)));
          }}
        />
        <fieldset>
          <legend>{t('coach.pick')}</legend>
          <div class="coach-picks">
            {[
              ...custom.map((c) => ({
                id: c.scenario.id,
                title: c.scenario.title,
                workflow: c.scenario.expected.workflow,
                domain: `${c.scenario.domain}, ${t('builder.coach.custom')}`,
              })),
              ...scenarios,
            ].map((s) => (
              <label class="question-option" key={s.id}>
                <input
                  type="checkbox"
                  checked={picked.includes(s.id)}
                  onChange={() =>
                    setPicked(picked.includes(s.id) ? picked.filter((x) => x !== s.id) : [...picked, s.id])
                  }
                />
                {s.title}{' '}
                <small>
                  (workflow {s.workflow}, {s.domain})
                </small>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('coach.mode')}</legend>
          {(['practice', 'assessment'] as const).map((m) => (
            <label class="question-option" key={m}>
              <input type="radio" name="coach-mode" checked={mode === m} onChange={() => setMode(m)} />{' '}
              {t(`sim.mode.${m}`)}
            </label>
          ))}
        </fieldset>
        <p>
          <label>
            {t('coach.seed')}{' '}
            <input type="number" min="0" value={seed} onInput={(e) => setSeed((e.target as HTMLInputElement).value)} />
          </label>
        </p>
        <p>
          <button type="submit" class="usm-button">
            {t('coach.create')}
          </button>
        </p>
        <p role="status" data-testid="coach-error">
          {error}
        </p>
      </form>
      {code && (
        <section aria-labelledby="coach-code-title" class="coach-code">
          <h2 id="coach-code-title" tabIndex={-1} ref={codeTitle}>
            {t('coach.code')}
          </h2>
          <p class="coach-code-text" id="coach-join-code" data-testid="join-code">
            {code}
          </p>
          <p>
            <CopyButton
              text={code}
              label={t('coach.copy.code')}
              done={t('coach.copied')}
              failed={t('coach.copyFailed')}
              selectId="coach-join-code"
            />
          </p>
          <p>{t('coach.code.help', { url: joinUrl })}</p>
          <figure>
            <QrCode url={`${joinUrl}?code=${encodeURIComponent(code)}`} />
          </figure>
          <p>{t('coach.links')}</p>
          <p>
            <a class="usm-button" href={`${here('/coach/projector/')}?code=${encodeURIComponent(code)}`}>
              {t('coach.projector')}
            </a>{' '}
            <a class="usm-button secondary" href={`${here('/coach/room/')}?code=${encodeURIComponent(code)}`}>
              {t('coach.room')}
            </a>
          </p>
        </section>
      )}
      <section aria-labelledby="coach-shift-title">
        <h2 id="coach-shift-title">{t('coach.shift.title')}</h2>
        <p>{t('coach.shift.intro')}</p>
        <fieldset>
          <legend>{t('shift.choose')}</legend>
          {shifts.map((s) => (
            <label class="question-option" key={s.id}>
              <input type="radio" name="coach-shift" checked={shift === s.id} onChange={() => setShift(s.id)} />{' '}
              {s.title}
            </label>
          ))}
        </fieldset>
        <p>
          <button
            type="button"
            class="usm-button"
            onClick={() => setShiftCode(shiftJoinCode({ shift, seed: Number(seed) || 0 }))}
          >
            {t('coach.shift.create')}
          </button>
        </p>
        {shiftCode && (
          <div class="coach-code">
            <p class="coach-code-text" id="coach-shift-code" data-testid="shift-join-code">
              {shiftCode}
            </p>
            <p>
              <CopyButton
                text={shiftCode}
                label={t('coach.copy.code')}
                done={t('coach.copied')}
                failed={t('coach.copyFailed')}
                selectId="coach-shift-code"
              />
            </p>
            <p>
              {t('coach.shift.open')}{' '}
              <a href={`${here('/shift/')}?code=${encodeURIComponent(shiftCode)}`}>{`${shiftUrl}?code=${shiftCode}`}</a>
            </p>
            <QrCode url={`${shiftUrl}?code=${encodeURIComponent(shiftCode)}`} />
            <p>
              <a class="usm-button secondary" href={`${here('/coach/room/')}?code=${encodeURIComponent(shiftCode)}`}>
                {t('coach.room')}
              </a>
            </p>
          </div>
        )}
      </section>
    </div>
  );
}

export default island(CoachSetup);
