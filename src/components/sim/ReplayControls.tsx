/** Replay after the call: step the board back and forth through the moves, or play them one a second. */
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/context.tsx';

interface Props {
  /** Number of moves (frames after the start). */
  total: number;
  at: number;
  go: (n: number) => void;
  id: string;
}

export default function ReplayControls({ total, at, go, id }: Props) {
  const t = useT();
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    if (at >= total) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => go(at + 1), 1000);
    return () => clearTimeout(timer);
  }, [playing, at]);
  const button = (label: string, to: number, disabled: boolean) => (
    <button
      type="button"
      class="usm-button secondary"
      disabled={disabled}
      onClick={() => {
        setPlaying(false);
        go(to);
      }}
    >
      {label}
    </button>
  );
  return (
    <div class="board-replay" role="group" aria-labelledby={`${id}-replay`}>
      <h3 id={`${id}-replay`}>{t('sim.replay')}</h3>
      {button(t('sim.replay.first'), 0, at === 0)}
      {button(t('sim.replay.back'), at - 1, at === 0)}
      <button
        type="button"
        class="usm-button"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && at >= total) go(0);
          setPlaying(!playing);
        }}
      >
        {playing ? t('sim.replay.pause') : t('sim.replay.play')}
      </button>
      {button(t('sim.replay.forward'), at + 1, at >= total)}
      {button(t('sim.replay.last'), total, at >= total)}
      <span role="status" data-testid="replay-position">
        {t('sim.replay.at', { n: at, total })}
      </span>
    </div>
  );
}
