/** The log of a played call in the learner's words (simulator/board-log.ts); the newest line is announced. */
import { narrate } from '#engine/model';
import type { Frame } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import type { T } from '../../i18n/translate.ts';
import { format } from '../../i18n/format.ts';

export function lineOf(t: T, frames: readonly Frame[], i: number): { text: string; refused: boolean } {
  const n = narrate(frames[i]!, frames[i - 1] ?? null);
  const reason = frames[i]!.message ? format(t, frames[i]!.message!) : '';
  // Names come as term messages: worded here in the island's language.
  const vars = Object.fromEntries(
    Object.entries(n.vars).map(([k, v]) => [k, typeof v === 'object' ? format(t, v) : v] as const),
  );
  return { text: t(`sim.log.${n.code}`, { ...vars, reason }), refused: !n.accepted };
}

export default function EventLog({ frames, id }: { frames: readonly Frame[]; id: string }) {
  const t = useT();
  const lines = frames.map((_, i) => lineOf(t, frames, i));
  return (
    <div class="sc-log">
      <h3 id={`${id}-log`}>{t('sim.sc.log')}</h3>
      <ol aria-labelledby={`${id}-log`} data-testid="event-log">
        {lines.map((l, i) => (
          <li key={i} class={l.refused ? 'is-refused' : ''}>
            {l.text}
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status" aria-live="polite">
        {lines.at(-1)?.text}
      </p>
    </div>
  );
}
