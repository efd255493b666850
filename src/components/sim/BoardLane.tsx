/** One process on the board: its name, what it is doing, its steps, and the place to send or trigger it. */
import type { ComponentChildren } from 'preact';
import { forkArtifact } from '#engine/model';
import type { LearnerEvent, Lane, StackEntry, DebriefPin } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import type { T } from '../../i18n/translate.ts';
import { usmNames } from '../../i18n/usm-names.ts';

/** The move the learner can try on this lane now. */
export type LaneTarget = { kind: 'send' } | { kind: 'trigger'; from: StackEntry['process'] } | null;

interface Props {
  lane: Lane;
  entry: StackEntry | undefined;
  target: LaneTarget;
  send: (e: LearnerEvent) => void;
  /** A move tried here was refused: the reason, shown where it happened. */
  refusal: string | null;
  /** The call card, when the call is at this lane's current step. */
  card?: ComponentChildren;
  pins: DebriefPin[];
  /** Steps the expected route passes (debrief), to ghost them. */
  ghost: ReadonlySet<number>;
  id: string;
}

function statusText(t: T, lane: Lane, entry: StackEntry | undefined): string {
  if (!entry) return t(lane.status === 'fulfilled' ? 'sim.board.status.fulfilled' : 'sim.board.status.idle');
  const activity = entry.activity === 'fulfilled' ? 'closing' : entry.activity;
  return t(`sim.board.status.${activity}`, { process: entry.waitingFor ? usmNames(t).process(entry.waitingFor) : '' });
}

export default function BoardLane({ lane, entry, target, send, refusal, card, pins, ghost, id }: Props) {
  const t = useT();
  // Names in the page's language, as the terminology table has them (src/i18n/usm-names.ts).
  const names = usmNames(t);
  const laneName = names.process(lane.process);
  const head = `${id}-lane-${lane.process}`;
  const artifact = target?.kind === 'trigger' ? forkArtifact(target.from, lane.process) : null;
  const current = lane.steps.findIndex((s) => s.state === 'current');
  return (
    <section
      role="group"
      aria-labelledby={head}
      class="lane"
      data-process={lane.process}
      data-status={entry?.activity ?? lane.status}
      style={{ '--depth': lane.depth ?? 0 }}
    >
      <header class="lane-head">
        <h3 id={head} class="lane-name">
          {laneName}
        </h3>
        <span class="lane-status">
          {statusText(t, lane, entry)}
          {lane.caller && (
            <>
              {' '}
              · <span class="lane-caller">{t('sim.board.calledBy', { process: names.process(lane.caller) })}</span>
            </>
          )}
        </span>
        {target?.kind === 'send' && (
          <button
            type="button"
            class="usm-button secondary lane-target"
            onClick={() => send({ type: 'SEND_TO', process: lane.process })}
          >
            {t('sim.sendTo', { process: laneName })}
          </button>
        )}
        {target?.kind === 'trigger' && (
          <button
            type="button"
            class={`usm-button secondary lane-target${artifact ? ' is-allowed' : ''}`}
            onClick={() => send({ type: 'TRIGGER', process: lane.process })}
          >
            {artifact
              ? t('sim.trigger', { process: laneName, artifact: names.callTypeInText(artifact) })
              : t('sim.triggerAny', { process: laneName })}
          </button>
        )}
      </header>
      <ol
        class="lane-steps"
        aria-label={t('sim.board.steps', { process: laneName })}
        style={{ '--steps': lane.steps.length }}
      >
        {lane.steps.map((s, i) => {
          const pin = pins.find((p) => p.at.step === i);
          return (
            <li
              key={s.id}
              class={`lane-step is-${s.state}${s.fork ? ' is-fork' : ''}${ghost.has(i) ? ' is-ghost' : ''}`}
              aria-current={s.state === 'current' ? 'step' : undefined}
            >
              <span class="lane-dot" data-point={`${lane.process}:${i}`} aria-hidden="true">
                {i + 1}
              </span>
              <span class="lane-step-name">{names.step(lane.process, s.id)}</span>
              {pin && (
                <span class="lane-pin" data-testid="pin">
                  {pin.step}
                  <span class="visually-hidden"> — {t('sim.board.pins')}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {card && (
        <div class="lane-slot" style={{ '--at': Math.max(current, 0) }}>
          {card}
        </div>
      )}
      {refusal && <p class="lane-refusal">{t('sim.refused', { reason: refusal })}</p>}
    </section>
  );
}
