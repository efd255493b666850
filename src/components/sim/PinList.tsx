/** The debrief's differences, numbered like the pins on the board, each with its rule. */
import type { DebriefBoard } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { format } from '../../i18n/format.ts';
import { useUsmNames } from '../../i18n/usm-names.ts';

export default function PinList({ debrief, route }: { debrief: DebriefBoard; route: readonly string[] }) {
  const t = useT();
  const names = useUsmNames();
  const pname = names.processOrId;
  return (
    <div class="board-pins" data-testid="board-debrief">
      <p class="board-legend">
        <span class="legend-yours">{t('sim.board.yours', { route: names.route(route) })}</span>
        <span class="legend-ghost">{t('sim.board.expected', { route: names.route(debrief.expectedRoute) })}</span>
      </p>
      {(debrief.pins.length > 0 || debrief.cardIssues.length > 0) && (
        <>
          <h3>{t('sim.board.pins')}</h3>
          <ol class="pin-list">
            {debrief.pins.map((p) => {
              const d = p.diff;
              const what =
                p.step === 1
                  ? t('sim.board.pin.entry', { chosen: pname(d.chosen), expected: pname(d.expected) })
                  : d.chosen === null
                    ? t('sim.board.pin.missing', { expected: pname(d.expected) })
                    : d.expected === null
                      ? t('sim.board.pin.end', { chosen: pname(d.chosen) })
                      : t('sim.board.pin.fork', { chosen: pname(d.chosen), expected: pname(d.expected) });
              return (
                <li key={p.step} value={p.step} data-testid="pin-item">
                  {t('sim.board.pin', {
                    step: p.step,
                    process: `${names.process(p.at.process)} (${names.step(p.at.process, p.at.step)})`,
                    what,
                  })}
                  {d.ruleMessage && <> — {format(t, d.ruleMessage)}</>}
                </li>
              );
            })}
          </ol>
          {debrief.cardIssues.length > 0 && (
            <ul class="pin-card">
              {debrief.cardIssues.map((c) => (
                <li key={c.id}>{format(t, c.message)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
