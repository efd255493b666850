/**
 * The simulator island: a call, the learner's decisions, the active processes and the debrief.
 * A thin view over simulator/ (the call machine and grade); it holds view state only.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  CALL_TYPES, MISCONCEPTIONS, PROCESSES, callTypeMisconception, earlyCloseMisconception, forkMisconception, grade, processStack, attemptOf,
  workflowByNumber, routeFor, routeSoFar, type Attempt, type GradeResult, type Mode, type ProcessId, type Scenario, type WorkflowNumber,
} from '../../../simulator/engine.ts';
import { useCall } from '../../lib/use-call.ts';
import { browserStore } from '../../lib/store/index.ts';
import { tSim as t } from '../../i18n/en.ts';
import ClassifyStep from './ClassifyStep.tsx';
import ProcessStack from './ProcessStack.tsx';
import Debrief from './Debrief.tsx';
import StatechartPanel from './StatechartPanel.tsx';
import ProcessMap from './ProcessMap.tsx';

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
  /** Open the statechart panel from the start (projector view). */
  panelOpen?: boolean;
}

export default function Simulator(props: SimulatorProps) {
  const sandboxOnly = props.scenario === null;
  const [mode, setMode] = useState<Mode>(sandboxOnly ? 'sandbox' : props.initialMode ?? 'practice');
  useEffect(() => {
    const m = new URLSearchParams(location.search).get('mode');
    if (!sandboxOnly && !props.fixedMode && (m === 'practice' || m === 'assessment' || m === 'sandbox')) setMode(m);
  }, []);
  return (
    <div class="simulator not-content">
      {!sandboxOnly && !props.fixedMode && (
        <fieldset class="sim-mode">
          <legend>{t('sim.mode')}</legend>
          {(['practice', 'assessment', 'sandbox'] as const).map((m) => (
            <label key={m} class="question-option">
              <input type="radio" name="sim-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {t(`sim.mode.${m}`)}
            </label>
          ))}
        </fieldset>
      )}
      <Call key={mode} {...props} mode={mode} />
    </div>
  );
}

function Call({ scenario, lessons = [], nextHref, mode, onFinish, panelOpen }: SimulatorProps & { mode: Mode }) {
  const call = useCall(mode, scenario?.id);
  const { snapshot, send } = call;
  const ctx = snapshot.context;
  const [panel, setPanel] = useState(panelOpen ?? false);
  // Ids must be unique per simulator: a lesson can hold several (one per scenario).
  const uid = `sim-${scenario?.id ?? 'sandbox'}`;
  const [solution, setSolution] = useState(false);
  const solutionSeen = useRef(false);
  const saved = useRef(false);
  const done = snapshot.status === 'done';
  const stack = processStack(snapshot);
  const graded = scenario && mode !== 'sandbox';
  const result = done && graded ? grade(scenario, attemptOf(snapshot)) : null;
  const route: ProcessId[] = done ? ctx.route : routeSoFar(stack);

  useEffect(() => {
    if (done && !saved.current && onFinish) onFinish(attemptOf(snapshot), result, solutionSeen.current);
    if (!result || saved.current || !scenario) {
      if (done) saved.current = true;
      return;
    }
    saved.current = true;
    const store = browserStore();
    store.update('scenarios', (cur) => {
      const prev = cur.results[scenario.id];
      return {
        results: {
          ...cur.results,
          [scenario.id]: {
            best: Math.max(prev?.best ?? 0, result.score),
            attempts: (prev?.attempts ?? 0) + 1,
            lastWorkflow: result.workflowChosen,
            passed: (prev?.passed ?? false) || result.passed,
            at: new Date().toISOString(),
          },
        },
      };
    });
  }, [done]);

  const feedback = mode === 'practice' && scenario ? practiceFeedback() : null;
  const lastRefusal = ctx.log.at(-1)?.accepted === false ? ctx.log.at(-1)!.reason : null;

  function practiceFeedback(): { ok: boolean; text: string } | null {
    const last = ctx.log.at(-1);
    if (!last || !last.accepted || !scenario) return null;
    const exp = scenario.expected;
    const expRoute = routeFor(exp.workflow as WorkflowNumber, exp.outcome);
    if (last.event.type === 'CLASSIFY') {
      const m = callTypeMisconception(exp.callType, last.event.callType);
      return m ? { ok: false, text: t('sim.feedback.classify.wrong', { rule: MISCONCEPTIONS[m].rule }) } : { ok: true, text: t('sim.feedback.classify.ok', { callType: CALL_TYPES[exp.callType].name.toLowerCase() }) };
    }
    if (last.event.type === 'SEND_TO' && last.event.process === expRoute[0]) return { ok: true, text: t('sim.feedback.entry.ok', { process: PROCESSES[last.event.process].name }) };
    if (last.event.type === 'TRIGGER') {
      const i = route.length - 1;
      if (i < 1) return null;
      const from = route[i - 1]!;
      const to = route[i]!;
      if (expRoute[i] === to && expRoute.slice(0, i).every((p, k) => p === route[k])) return { ok: true, text: t('sim.feedback.fork.ok', { from: PROCESSES[from].name, to: PROCESSES[to].name }) };
      const m = expRoute[i] === undefined && exp.outcome && exp.outcome !== 'fulfilled' ? earlyCloseMisconception(true) : forkMisconception(from, (expRoute[i] ?? to) as ProcessId, to);
      return { ok: false, text: t('sim.feedback.fork.wrong', { rule: MISCONCEPTIONS[m].rule }) };
    }
    return null;
  }

  const hints = scenario?.hints ?? [];
  const expected = scenario ? workflowByNumber(scenario.expected.workflow)! : null;

  return (
    <div class="sim-call">
      {scenario && scenario.facts.length > 0 && (
        <section class="sim-facts" aria-labelledby={`${uid}-facts`}>
          <h3 id={`${uid}-facts`}>{t('sim.facts')}</h3>
          <ol>
            {scenario.facts.map((f, i) => (
              <li key={i}>
                {ctx.revealed.includes(i) ? f : (
                  <button type="button" class="usm-button secondary" onClick={() => send({ type: 'REVEAL_FACT', index: i })}>{t('sim.fact.reveal', { n: i + 1 })}</button>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}

      <div class="sim-layout">
        <div class="sim-main">
          {snapshot.value === 'intake' && (
            <ClassifyStep callType={ctx.callType} askPriority={!!scenario?.expected.impact} impact={ctx.impact} urgency={ctx.urgency} send={send} id={uid} />
          )}
          {!done && snapshot.value !== 'intake' && (
            <>
              <h3>{t('sim.step3')}</h3>
              <ProcessStack stack={stack} send={send} offerAll={true} id={uid} />
            </>
          )}
          <div role="status" aria-live="polite" class="sim-live" data-testid="sim-message">
            {lastRefusal && (
              <p class="question-feedback is-wrong">{mode === 'assessment' ? t('sim.refused.assessment') : t('sim.refused', { reason: lastRefusal })}</p>
            )}
            {!lastRefusal && feedback && <p class={`question-feedback ${feedback.ok ? 'is-right' : 'is-wrong'}`}>{feedback.text}</p>}
          </div>
          {mode === 'practice' && !done && (
            <div class="sim-tools" role="group" aria-label="Practice tools">
              {hints.length > 0 && (
                <button type="button" class="usm-button secondary" disabled={ctx.hintsUsed >= hints.length} onClick={() => send({ type: 'HINT' })}>{t('sim.hint')}</button>
              )}
              <button type="button" class="usm-button secondary" disabled={!call.canUndo} onClick={call.undo}>{t('sim.undo')}</button>
              <button type="button" class="usm-button secondary" onClick={call.reset}>{t('sim.reset')}</button>
              {expected && <button type="button" class="usm-button secondary" aria-expanded={solution} onClick={() => { solutionSeen.current = true; setSolution(!solution); }}>{t('sim.solution')}</button>}
              {ctx.hintsUsed > 0 && <ul class="sim-hints">{hints.slice(0, ctx.hintsUsed).map((h, i) => <li key={i}>{h}</li>)}</ul>}
              {solution && expected && scenario && (
                <p data-testid="solution">{t('sim.solution.text', { callType: CALL_TYPES[scenario.expected.callType].name.toLowerCase(), n: expected.number, name: expected.name + (scenario.expected.outcome && scenario.expected.outcome !== 'fulfilled' ? `, ${t(`sim.outcome.${scenario.expected.outcome}`)}` : ''), route: routeFor(expected.number, scenario.expected.outcome).map((p) => PROCESSES[p].name).join(' → ') })}</p>
              )}
            </div>
          )}
          {mode === 'sandbox' && !done && (
            <div class="sim-tools">
              <button type="button" class="usm-button secondary" disabled={!call.canUndo} onClick={call.undo}>{t('sim.undo')}</button>{' '}
              <button type="button" class="usm-button secondary" onClick={call.reset}>{t('sim.reset')}</button>
            </div>
          )}
          {done && result && <Debrief result={result} lessons={lessons} nextHref={nextHref} id={uid} />}
          {done && !result && (
            <section class="sim-debrief" tabIndex={-1} ref={(el) => el?.focus()} data-testid="debrief">
              <h2>{t('sim.debrief')}</h2>
              <p data-testid="workflow-chosen">{t('sim.debrief.sandbox', { what: ctx.workflow ? `workflow ${ctx.workflow}: ${workflowByNumber(ctx.workflow)!.name}${ctx.outcome && ctx.outcome !== 'fulfilled' ? `, ${t(`sim.outcome.${ctx.outcome}`)}` : ''}` : t('sim.debrief.none') })}</p>
              <p><button type="button" class="usm-button" onClick={call.reset}>{t('sim.reset')}</button></p>
            </section>
          )}
          {done && result && mode !== 'sandbox' && (
            <p><button type="button" class="usm-button secondary" onClick={call.reset}>{t('sim.reset')}</button></p>
          )}
        </div>
        <div class="sim-side">
          <ProcessMap route={route} id={uid} />
          <button type="button" class="usm-button secondary" aria-expanded={panel} aria-controls={`${uid}-panel`} onClick={() => setPanel(!panel)}>
            {panel ? t('sim.panel.hide') : t('sim.panel.show')}
          </button>
          <div id={`${uid}-panel`} hidden={!panel}>{panel && <StatechartPanel snapshot={snapshot} id={uid} />}</div>
        </div>
      </div>
    </div>
  );
}
