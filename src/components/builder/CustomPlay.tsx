/**
 * A shared link opened: the custom call (or the pack's calls) ready to play on the board, with a visible
 * note that it is a custom call and who wrote it. A damaged or hostile link gets a clear message; nothing
 * is saved or replaced (the call's result stays out of the learner's progress).
 */
import { useEffect, useState } from 'preact/hooks';
import { readShareFragment, type SharedCall } from '#engine/author';
import { island, useLang, useT } from '../../i18n/context.tsx';
import { localePath } from '../../lib/languages.ts';
import { Simulator } from '../sim/Simulator.tsx';
import { shareMessage } from './messages.ts';
import './builder.css';

type Loaded = { title?: string; author?: string; calls: SharedCall[] };

/** The island: the page passes its language and the dictionary areas (src/i18n/islands.ts). */
export default island(CustomPlay);

function CustomPlay() {
  const t = useT();
  const lang = useLang();
  const [state, setState] = useState<{ ok: true; value: Loaded } | { ok: false; error: string } | null>(null);
  const [index, setIndex] = useState(0);
  const [hash, setHash] = useState('');
  useEffect(() => {
    const load = () => {
      setHash(location.hash);
      setIndex(0);
      if (location.hash.length <= 1) return setState({ ok: false, error: t('builder.play.noLink') });
      void readShareFragment(location.hash).then((r) =>
        setState(r.ok ? r : { ok: false, error: shareMessage(t, r.problem) }),
      );
    };
    load();
    addEventListener('hashchange', load);
    return () => removeEventListener('hashchange', load);
  }, []);
  if (!state)
    return (
      <p class="not-content" role="status">
        {t('builder.loading')}
      </p>
    );
  if (!state.ok) {
    return (
      <div class="not-content" role="alert" data-testid="link-error">
        <p class="question-feedback is-wrong">{t('builder.link.refused', { reason: state.error })}</p>
        <p>
          <a href={localePath(lang, '/simulator/builder/')}>{t('builder.play.toBuilder')}</a>
        </p>
      </div>
    );
  }
  const { title, author, calls } = state.value;
  const call = calls[index]!;
  return (
    <div class="not-content builder-custom">
      <p class="builder-custom-note" data-testid="custom-note">
        {author ? t('builder.custom.noteBy', { author }) : t('builder.custom.note')}
      </p>
      {calls.length > 1 && (
        <nav aria-label={t('builder.custom.calls')}>
          {title && (
            <p>
              <strong>{title}</strong>
            </p>
          )}
          <ol class="builder-custom-calls">
            {calls.map((c, i) => (
              <li key={c.scenario.id}>
                {i === index ? (
                  <strong aria-current="true">{c.scenario.title}</strong>
                ) : (
                  <button type="button" class="builder-link" onClick={() => setIndex(i)}>
                    {c.scenario.title}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h2 data-testid="custom-title">{call.scenario.title}</h2>
      <p class="call-meta">
        {call.scenario.domain} · {call.scenario.level} ·{' '}
        {t('builder.custom.from', { from: call.scenario.call.from, channel: call.scenario.call.channel })}
      </p>
      <Simulator key={`${hash.length}-${index}`} scenario={call.scenario} saveProgress={false} />
      <p>
        <a href={`${localePath(lang, '/simulator/builder/')}${hash}`}>{t('builder.custom.edit')}</a>
      </p>
    </div>
  );
}
