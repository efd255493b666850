/** A participant joins with the coach's code, plays the calls in order, and gets a result code. */
import { useEffect, useState } from 'preact/hooks';
import { resultCode, type CallResult, type Workshop, NAME_MAX } from '#engine/model';
import { readAnyWorkshopCode } from './workshop-code.ts';
import type { Scenario } from '#engine/model';
import { island, useT } from '../../i18n/context.tsx';
import { Simulator } from '../sim/Simulator.tsx';
import { format } from '../../i18n/format.ts';
import { download } from '../../lib/download.ts';
import CopyButton from '../CopyButton.tsx';

function JoinWorkshop({ scenarios }: { scenarios: Scenario[] }) {
  const t = useT();
  const [byId, setById] = useState(() => new Map(scenarios.map((s) => [s.id, s])));
  /** Ids of the custom calls the join code carries (from a coach's pack): played like the others, not saved as progress. */
  const [custom, setCustom] = useState<string[]>([]);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  const [index, setIndex] = useState(0);
  const [results, setResults] = useState<(CallResult | null)[]>([]);
  useEffect(() => {
    const c = new URLSearchParams(location.search).get('code');
    if (c) setCode(c);
  }, []);

  if (!workshop) {
    return (
      <form
        class="coach not-content"
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await readAnyWorkshopCode(code, scenarios);
          if (!r.ok) return setError(format(t, r.message));
          setById(r.value.scenarios);
          setCustom(r.value.custom);
          setWorkshop(r.value.workshop);
          setResults(r.value.workshop.scenarios.map(() => null));
        }}
      >
        <p>
          <label for="join-code">{t('join.code')}</label>
          <br />
          <input
            id="join-code"
            type="text"
            size={48}
            value={code}
            onInput={(e) => setCode((e.target as HTMLInputElement).value)}
          />
        </p>
        <p>
          <label for="join-name">{t('join.name')}</label>
          <br />
          <input
            id="join-name"
            type="text"
            maxLength={NAME_MAX}
            value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
        </p>
        <p>
          <button type="submit" class="usm-button">
            {t('join.start')}
          </button>
        </p>
        <p role="alert">{error}</p>
      </form>
    );
  }

  const total = workshop.scenarios.length;
  if (index >= total) {
    const out = resultCode(code, name, results);
    return (
      <section class="coach not-content" aria-labelledby="join-done">
        <h2 id="join-done" tabIndex={-1} ref={(el) => el?.focus()}>
          {t('join.done')}
        </h2>
        <textarea
          id="join-result"
          readOnly
          rows={3}
          class="vmm-code"
          value={out}
          data-testid="result-code"
          aria-labelledby="join-done"
        />
        <p>
          <CopyButton
            text={out}
            label={t('coach.copy.result')}
            done={t('coach.copied')}
            failed={t('coach.copyFailed')}
            selectId="join-result"
          />{' '}
          <button
            type="button"
            class="usm-button secondary"
            onClick={() =>
              download(
                `usm-workshop-result-${name.replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 40) || 'participant'}.txt`,
                out,
                'text/plain',
              )
            }
          >
            {t('join.download')}
          </button>
        </p>
      </section>
    );
  }

  const scenario = byId.get(workshop.scenarios[index]!)!;
  const finished = results[index] !== null;
  return (
    <div class="coach not-content">
      <h2>
        {t('join.call', { n: index + 1, total })}: {scenario.title}
      </h2>
      <section class="usm-card call-card">
        <p>
          <strong>{scenario.call.from}</strong>, by {scenario.call.channel}:
        </p>
        <blockquote>{scenario.call.text}</blockquote>
      </section>
      {custom.includes(scenario.id) && (
        <p class="usm-card" data-testid="custom-note">
          {t('builder.custom.note')}
        </p>
      )}
      <Simulator
        key={scenario.id}
        scenario={scenario}
        initialMode={workshop.mode}
        fixedMode
        saveProgress={!custom.includes(scenario.id)}
        onFinish={(attempt, result, solutionShown) => {
          const next = [...results];
          next[index] = {
            callType: (attempt.callType || null) as CallResult['callType'],
            route: attempt.route as CallResult['route'],
            score: result?.score ?? 0,
            hintsUsed: attempt.hintsUsed ?? 0,
            illegalMoves: attempt.illegalMoves ?? 0,
            ...(solutionShown ? { solutionShown } : {}),
          };
          setResults(next);
        }}
      />
      {finished && (
        <p>
          <button type="button" class="usm-button" onClick={() => setIndex(index + 1)}>
            {index + 1 < total ? t('join.next') : t('sim.debrief')}
          </button>
        </p>
      )}
    </div>
  );
}

export default island(JoinWorkshop);
