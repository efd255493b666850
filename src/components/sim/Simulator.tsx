/**
 * The simulator island: a call played on the process board, with the statechart view beside it, the
 * debrief (ghosted expected route, pinned differences) and a replay at the end. A thin view over
 * simulator/ (the call machine, the board model, grade); it holds view state only.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type ProcessId, attemptOfFrame, replayFrames, type Frame } from '#engine/model';
import type { Attempt, GradeResult, Mode, Scenario } from '#engine/model';
import { useCall } from '../../lib/use-call.ts';
import { island, useT } from '../../i18n/context.tsx';
import { format } from '../../i18n/format.ts';
import { usmNames } from '../../i18n/usm-names.ts';
import Board from './Board.tsx';
import CallerFacts from './CallerFacts.tsx';
import PracticeTools from './PracticeTools.tsx';
import type { CallEnd } from './call-end.ts';
import { useProjector } from './use-projector.ts';

export interface SimulatorProps {
  /** null in the sandbox: any call, no grading. */
  scenario: Scenario | null;
  lessons?: { slug: string; title: string; href: string }[];
  nextHref?: string;
  initialMode?: Mode;
  /** Hide the mode choice (a workshop fixes the mode). */
  fixedMode?: boolean;
  /** Called once when the call is fulfilled, with what was played, its grade, and whether the solution was opened. */
  onFinish?: (attempt: Attempt, result: GradeResult | null, solutionShown: boolean) => void;
  /** Open the statechart view from the start (projector view). */
  panelOpen?: boolean;
  /** Start in projector mode (the coach's projector view); ?projector=1 does the same. */
  projector?: boolean;
  /** false for a custom call (builder, share link, pack): its result is not saved in the learner's progress. */
  saveProgress?: boolean;
}

/** The simulator inside another island (a workshop, the Shift, the projector view), which provides the strings. */
export function Simulator(props: SimulatorProps) {
  const t = useT();
  const sandboxOnly = props.scenario === null;
  const [mode, setMode] = useState<Mode>(sandboxOnly ? 'sandbox' : (props.initialMode ?? 'practice'));
  useEffect(() => {
    const m = new URLSearchParams(location.search).get('mode');
    if (!sandboxOnly && !props.fixedMode && (m === 'practice' || m === 'assessment' || m === 'sandbox')) setMode(m);
  }, []);
  const [projector, setProjector] = useProjector(props.projector);
  return (
    <div class="simulator not-content">
      <div class="sim-topbar">
        {!sandboxOnly && !props.fixedMode && (
          <fieldset class="sim-mode">
            <legend>{t('sim.mode')}</legend>
            {(['practice', 'assessment', 'sandbox'] as const).map((m) => (
              <label key={m} class="question-option">
                <input type="radio" name="sim-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
                {t(`sim.mode.${m}`)}
              </label>
            ))}
          </fieldset>
        )}
        <button
          type="button"
          class="usm-button secondary"
          aria-pressed={projector}
          onClick={() => setProjector(!projector)}
        >
          {projector ? t('sim.projector.off') : t('sim.projector.on')}
        </button>
      </div>
      <Call key={mode} {...props} mode={mode} projector={projector} />
    </div>
  );
}

/** The simulator as an island of its own (scenario pages, lessons, the sandbox). */
export default island(Simulator);

function Call({
  scenario,
  lessons = [],
  nextHref,
  mode,
  onFinish,
  panelOpen,
  projector,
  saveProgress = true,
}: SimulatorProps & { mode: Mode }) {
  const t = useT();
  const [panel, setPanel] = useState(panelOpen ?? false);
  useEffect(() => {
    if (projector) setPanel(true);
  }, [projector]);
  const call = useCall(mode, scenario?.id, panel);
  const { frames, send } = call;
  const last = frames.at(-1)!;
  const ctx = last.context;
  // Ids must be unique per simulator: a lesson can hold several (one per scenario).
  const uid = `sim-${scenario?.id ?? 'sandbox'}`;
  const solutionSeen = useRef(false);
  const saved = useRef(false);
  const done = last.board.fulfilled;
  const moves = useMemo(() => (done ? replayFrames(frames) : frames), [frames]);
  const [at, setAt] = useState<number | null>(null);
  useEffect(() => setAt(null), [done]);
  const route: ProcessId[] = frames.at(-1)!.board.route;
  // The end of a call (grading, debrief, replay) loads when the call is fulfilled.
  const [end, setEnd] = useState<(CallEnd & { ui: typeof import('./call-end.ts') }) | null>(null);
  useEffect(() => {
    if (!done) {
      setEnd(null);
      saved.current = false;
      return;
    }
    if (saved.current) return;
    saved.current = true;
    const attempt = attemptOfFrame(last);
    void import('./call-end.ts').then((ui) => {
      const ended = ui.endCall(scenario, mode !== 'sandbox', attempt, saveProgress);
      if (onFinish) onFinish(attempt, ended.result, solutionSeen.current);
      setEnd({ ...ended, ui });
    });
  }, [done]);
  const result = end?.result ?? null;
  const debrief = end?.debrief ?? null;
  const ui = end?.ui;

  // Practice mode's word after each decision (the engine's step grader) loads with the learner's first move.
  const [words, setWords] = useState<Words | null>(wordsModule);
  const loadWords = () => {
    if (mode === 'practice' && scenario && !words) void loadStepGrader().then(setWords);
  };
  useEffect(() => {
    if (frames.length > 1) loadWords();
  }, [frames.length > 1]);
  const feedback =
    words && mode === 'practice' && scenario && last.accepted
      ? words.stepFeedback(scenario.expected, last.event, route)
      : null;
  const lastRefusal = last.accepted || !last.message ? null : format(t, last.message);
  const shown: Frame = done && at !== null ? moves[at]! : last;
  const chartFrames = done && at !== null ? moves : frames;
  const chartAt = done && at !== null ? at : frames.length - 1;

  return (
    <div class="sim-call">
      {scenario && <CallerFacts facts={scenario.facts} revealed={ctx.revealed} send={send} id={uid} />}
      <div
        class={`sim-layout${panel ? ' with-chart' : ''}`}
        onFocusIn={() => {
          call.load();
          loadWords();
        }}
        onPointerDown={() => {
          call.load();
          loadWords();
        }}
      >
        <div class="sim-main">
          <Board
            frame={shown}
            live={!done}
            send={send}
            call={scenario ? scenario.call : null}
            askPriority={!!scenario?.expected.impact}
            impact={ctx.impact}
            urgency={ctx.urgency}
            explainRefusals={mode !== 'assessment'}
            debrief={done ? debrief : null}
            id={uid}
          >
            {done && debrief && ui && <ui.PinList debrief={debrief} route={route} />}
          </Board>
          <div role="status" aria-live="polite" class="sim-live" data-testid="sim-message">
            {lastRefusal && !done && (
              <p class="question-feedback is-wrong">
                {mode === 'assessment' ? t('sim.refused.assessment') : t('sim.refused', { reason: lastRefusal })}
              </p>
            )}
            {!lastRefusal && feedback && (
              <p class={`question-feedback ${feedback.ok ? 'is-right' : 'is-wrong'}`}>{format(t, feedback.message)}</p>
            )}
          </div>
          {!done && mode !== 'assessment' && (
            <PracticeTools
              scenario={scenario}
              hintsUsed={ctx.hintsUsed}
              hint={mode === 'practice' ? () => send({ type: 'HINT' }) : null}
              canUndo={call.canUndo}
              undo={call.undo}
              reset={call.reset}
              onSolution={() => {
                solutionSeen.current = true;
              }}
            />
          )}
          {done && ui && (
            <ui.ReplayControls
              total={moves.length - 1}
              at={at ?? moves.length - 1}
              go={(n) => setAt(Math.max(0, Math.min(moves.length - 1, n)))}
              id={uid}
            />
          )}
          {done && result && ui && <ui.Debrief result={result} lessons={lessons} nextHref={nextHref} id={uid} />}
          {done && ui && !result && (
            <section class="sim-debrief" tabIndex={-1} ref={(el) => el?.focus()} data-testid="debrief">
              <h2>{t('sim.debrief')}</h2>
              <p data-testid="workflow-chosen">
                {t('sim.debrief.sandbox', {
                  what: ctx.workflow
                    ? `${t('sim.debrief.sandbox.workflow', { n: ctx.workflow, name: usmNames(t).workflow(ctx.workflow) })}${ctx.outcome && ctx.outcome !== 'fulfilled' ? `, ${t(`sim.outcome.${ctx.outcome}`)}` : ''}`
                    : t('sim.debrief.none'),
                })}
              </p>
            </section>
          )}
          {done && (
            <p>
              <button type="button" class={`usm-button${result ? ' secondary' : ''}`} onClick={call.reset}>
                {t('sim.reset')}
              </button>
            </p>
          )}
        </div>
        <div class="sim-side">
          <button
            type="button"
            class="usm-button secondary"
            aria-expanded={panel}
            aria-controls={`${uid}-panel`}
            onClick={() => setPanel(!panel)}
          >
            {panel ? t('sim.sc.hide') : t('sim.sc.show')}
          </button>
          <div id={`${uid}-panel`} hidden={!panel}>
            {panel && <LazyStatechart frames={chartFrames} at={chartAt} id={uid} />}
          </div>
        </div>
      </div>
    </div>
  );
}

type Words = typeof import('#engine/lazy/step-grade');
let wordsModule: Words | null = null;
const loadStepGrader = () => import('#engine/lazy/step-grade').then((m) => (wordsModule = m));

type ChartProps = { frames: readonly Frame[]; at: number; id: string };
let chartView: FunctionComponent<ChartProps> | null = null;

/** The statechart view loads the first time it is opened. */
function LazyStatechart(props: ChartProps) {
  const [, loaded] = useState(chartView !== null);
  useEffect(() => {
    if (!chartView)
      void import('./StatechartView.tsx').then((m) => {
        chartView = m.default;
        loaded(true);
      });
  }, []);
  const View = chartView;
  return View ? <View {...props} /> : null;
}
