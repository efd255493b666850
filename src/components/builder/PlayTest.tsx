/** Play-test: the draft as it is now, played on the board in practice mode, without leaving the builder. */
import { useState } from 'preact/hooks';
import type { Scenario } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { Simulator } from '../sim/Simulator.tsx';

export default function PlayTest({ scenario }: { scenario: Scenario | null }) {
  const t = useT();
  const [playing, setPlaying] = useState<{ scenario: Scenario; run: number } | null>(null);
  const changed = playing && scenario && JSON.stringify(playing.scenario) !== JSON.stringify(scenario);
  return (
    <section class="builder-play" aria-labelledby="builder-play-title">
      <h2 id="builder-play-title">{t('builder.play')}</h2>
      <p>{scenario ? t('builder.play.help') : t('builder.play.invalid')}</p>
      <p class="sim-actions">
        <button
          type="button"
          class="usm-button"
          disabled={!scenario}
          onClick={() => scenario && setPlaying({ scenario, run: (playing?.run ?? 0) + 1 })}
        >
          {playing ? t('builder.play.restart') : t('builder.play.start')}
        </button>
        {playing && (
          <button type="button" class="usm-button secondary" onClick={() => setPlaying(null)}>
            {t('builder.play.stop')}
          </button>
        )}
      </p>
      {changed && (
        <p class="builder-hint" role="status">
          {t('builder.play.changed')}
        </p>
      )}
      {playing && (
        <div data-testid="builder-board">
          <h3>{playing.scenario.title}</h3>
          <Simulator
            key={playing.run}
            scenario={playing.scenario}
            initialMode="practice"
            fixedMode
            saveProgress={false}
          />
        </div>
      )}
    </section>
  );
}
