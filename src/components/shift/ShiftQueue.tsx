/** The Shift's queue beside the board: open calls on the clock, each with where it came from. */
import type { ShiftCall, ShiftState } from '#engine/model';
import { originOf } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { useUsmNames } from '../../i18n/usm-names.ts';

interface Props {
  state: ShiftState;
  open: ShiftCall[];
  title: (c: ShiftCall) => string;
  priority: (c: ShiftCall) => number | null;
  active: string | null;
  fresh: readonly string[];
  take: (id: string) => void;
  hhmm: (m: number) => string;
  /** The pointer or focus reached a call's button: the board may start loading. */
  prepare?: () => void;
}

export default function ShiftQueue({ state, open, title, priority, active, fresh, take, hhmm, prepare }: Props) {
  const t = useT();
  const names = useUsmNames();
  return (
    <section aria-labelledby="queue-title" class="shift-queue-box">
      <h2 id="queue-title">{t('shift.queue')}</h2>
      {open.length === 0 ? (
        <p>{t('shift.queue.empty')}</p>
      ) : (
        <ul class="shift-queue" data-testid="shift-queue">
          {open.map((c) => {
            const p = priority(c);
            const o = originOf(c, state);
            const from =
              o.source === 'planned'
                ? t('shift.from.planned')
                : o.source === 'ignored-risk'
                  ? t('shift.from.ignored-risk', { call: o.from ? title(o.from) : '' })
                  : t(`shift.from.${o.source}`, {
                      process: o.process ? names.process(o.process) : '',
                      step: o.process && o.stepId ? names.step(o.process, o.stepId) : '',
                      call: o.from ? title(o.from) : '',
                    });
            return (
              <li
                key={c.id}
                class={`shift-call${c.id === active ? ' is-active' : ''}${fresh.includes(c.id) ? ' is-new' : ''}`}
                data-source={c.source}
                data-from={o.process ?? undefined}
              >
                <strong>{title(c)}</strong>
                {fresh.includes(c.id) && <span class="shift-new"> · {t('shift.new')}</span>}
                <span class="shift-call-meta">
                  {t('shift.arrived', { time: hhmm(c.arrivesAt) })}
                  {p ? `, ${t('shift.priority', { p })}` : ''}
                </span>
                <span class="shift-call-from" data-testid="call-origin">
                  {o.process && <span class="shift-from-process">{names.process(o.process)} ↘ </span>}
                  {from}
                </span>
                {c.id === active ? (
                  <span class="shift-playing">{t('shift.playing')}</span>
                ) : (
                  <button
                    type="button"
                    class="usm-button secondary"
                    onClick={() => take(c.id)}
                    onPointerEnter={prepare}
                    onFocus={prepare}
                    aria-label={`${t('shift.take')}: ${title(c)}`}
                  >
                    {t('shift.take')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
