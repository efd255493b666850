/**
 * The process board: the five processes as lanes (every fork points down), the call card moving
 * through them, the stack of active processes, the path, and in the debrief the expected route ghosted
 * with the differences pinned. A view over simulator/board.ts; the rules stay in the machine.
 */
import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  earlyCloseOf,
  type Impact,
  type Urgency,
  choicesOf,
  refusalPlace,
  type Frame,
  type StackEntry,
} from '#engine/model';
import type { LearnerEvent, DebriefBoard } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import type { T } from '../../i18n/translate.ts';
import { format } from '../../i18n/format.ts';
import { usmNames } from '../../i18n/usm-names.ts';
import BoardLane, { type LaneTarget } from './BoardLane.tsx';
import CallCard, { type CallInfo } from './CallCard.tsx';
import IntakeDesk from './IntakeDesk.tsx';
import './board.css';

interface Props {
  frame: Frame;
  /** False while replaying or after the end: the board only shows. */
  live: boolean;
  send: (e: LearnerEvent) => void;
  call: CallInfo | null;
  askPriority: boolean;
  impact: Impact | null;
  urgency: Urgency | null;
  /** Refusals are shown in words (practice, sandbox) or only as refused (assessment). */
  explainRefusals: boolean;
  debrief: DebriefBoard | null;
  id: string;
  /** Shown under the lanes (the debrief's list of differences). */
  children?: ComponentChildren;
  /** The board's own (visually hidden) heading level: 2 on a page, 3 under a call's heading (LMS package). */
  level?: 2 | 3;
}

/** One active process in words ("Change: Deploy — waiting for Operate"), named in the island's language. */
export function stackWords(t: T, e: StackEntry): string {
  const n = usmNames(t);
  return t(`sim.sc.line.${e.activity}`, {
    process: n.process(e.process),
    step: n.step(e.process, e.step),
    other: e.waitingFor ? n.process(e.waitingFor) : '',
  });
}

export default function Board({
  frame,
  live,
  send,
  call,
  askPriority,
  impact,
  urgency,
  explainRefusals,
  debrief,
  id,
  children,
  level = 2,
}: Props) {
  const t = useT();
  const names = usmNames(t);
  const H = level === 2 ? 'h2' : 'h3';
  const box = useRef<HTMLDivElement>(null);
  const { board } = frame;
  // A move removes the button that made it: keyboard focus goes on to the call card's next move
  // (only after a move, never on load).
  const seen = useRef(frame);
  useEffect(() => {
    if (seen.current === frame) return;
    seen.current = frame;
    if (!live || (document.activeElement && document.activeElement !== document.body)) return;
    const board = box.current?.closest('.board');
    (
      board?.querySelector<HTMLElement>('.call-token .usm-button') ?? board?.querySelector<HTMLElement>('.lane-target')
    )?.focus();
  }, [frame]);
  const choices = live ? choicesOf(board) : { sendTo: [], trigger: [], advance: null, finish: null };
  const place = live ? refusalPlace(frame) : null;
  const reason = frame.message && (explainRefusals ? format(t, frame.message) : t('sim.refused.assessment'));
  const top = board.top;
  const home = top?.process ?? (board.fulfilled ? board.route[0] : undefined);
  const ghostSteps = (p: string) =>
    new Set(
      debrief
        ? debrief.expectedPath
            .flatMap((s) => [...('from' in s ? [s.from] : []), s.to])
            .filter((x) => x.process === p)
            .map((x) => x.step)
        : [],
    );

  const target = (p: (typeof board.lanes)[number]['process']): LaneTarget =>
    choices.sendTo.includes(p)
      ? { kind: 'send' }
      : choices.trigger.some((x) => x.process === p) && top
        ? { kind: 'trigger', from: top.process }
        : null;

  const card = home ? (
    <CallCard
      call={call}
      compact
      callType={board.card.callType}
      priority={board.card.priority}
      where={
        top
          ? t('sim.board.card.step', {
              process: names.process(top.process),
              step: names.step(top.process, top.step),
            })
          : t('sim.board.workflowFulfilled')
      }
    >
      {(choices.advance || choices.finish) && (
        <div
          class="sim-actions"
          role="group"
          aria-label={t('sim.board.moves', { process: names.process(top!.process) })}
        >
          {choices.advance && (
            <button type="button" class="usm-button" onClick={() => send({ type: 'ADVANCE' })}>
              {t('sim.continue', { process: names.process(choices.advance) })}
            </button>
          )}
          {choices.finish && (
            <>
              <p>{t('sim.forkQuestion', { process: names.process(choices.finish) })}</p>
              <button type="button" class="usm-button secondary" onClick={() => send({ type: 'FINISH' })}>
                {t(
                  earlyCloseOf(choices.finish, top!.depth)
                    ? `sim.finish.${earlyCloseOf(choices.finish, top!.depth)!.outcome}`
                    : 'sim.finish',
                  { process: names.process(choices.finish) },
                )}
              </button>
            </>
          )}
        </div>
      )}
      {place === 'card' && reason && <p class="lane-refusal">{t('sim.refused', { reason })}</p>}
    </CallCard>
  ) : null;

  return (
    <section class="board" aria-labelledby={`${id}-board`} data-phase={board.phase} data-testid="board">
      {/* The lanes' headings (h3) sit under this one, so the page's outline has no gap. */}
      <H id={`${id}-board`} class="sr-only">
        {t('sim.board')}
      </H>
      {board.phase === 'intake' &&
        (live ? (
          <IntakeDesk
            call={call}
            callType={board.card.callType}
            askPriority={askPriority}
            impact={impact}
            urgency={urgency}
            send={send}
            id={id}
          />
        ) : (
          <div class="board-intake">
            <CallCard call={call} callType={board.card.callType} priority={board.card.priority} />
          </div>
        ))}
      {board.stack.length > 0 && (
        <ol class="board-stack" aria-label={t('sim.stack')}>
          {board.stack.map((e, i) => (
            <li key={e.process} style={{ '--depth': i }} class={i === board.stack.length - 1 ? 'is-top' : ''}>
              {stackWords(t, e)}
            </li>
          ))}
        </ol>
      )}
      {board.fulfilled && <p class="board-done">{t('sim.board.workflowFulfilled')}</p>}
      <div class="board-lanes" ref={box}>
        {board.lanes.map((lane) => (
          <BoardLane
            key={lane.process}
            lane={lane}
            entry={board.stack.find((s) => s.process === lane.process)}
            target={target(lane.process)}
            send={send}
            refusal={place === lane.process ? reason : null}
            card={home === lane.process ? card : undefined}
            pins={debrief ? debrief.pins.filter((p) => p.at.process === lane.process) : []}
            ghost={ghostSteps(lane.process)}
            id={id}
          />
        ))}
        {(frame.path.length > 0 || !!debrief?.expectedPath.length) && (
          <LazyPath
            box={box}
            path={frame.path}
            ghost={debrief?.expectedPath ?? null}
            version={`${frame.path.length}-${board.phase}-${debrief ? 1 : 0}-${place ?? ''}`}
          />
        )}
      </div>
      {children}
    </section>
  );
}

type PathProps = import('./BoardPath.tsx').Props;
let pathView: FunctionComponent<PathProps> | null = null;

/** The drawn path loads with the first move (an arriving call has none), so it is not in the page's first JS. */
function LazyPath(props: PathProps) {
  const [, loaded] = useState(pathView !== null);
  useEffect(() => {
    if (!pathView)
      void import('./BoardPath.tsx').then((m) => {
        pathView = m.default;
        loaded(true);
      });
  }, []);
  const View = pathView;
  return View ? <View {...props} /> : null;
}
