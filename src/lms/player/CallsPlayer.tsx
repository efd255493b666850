/**
 * A call set inside an LMS package: each call is played on the engine's call machine with the site's
 * own classify and process-stack views, graded by the simulator, and the set is reported as one result.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LearnerEvent } from '../../../simulator/engine.ts';
import { grade, attemptOf, processStack } from '../../../simulator/engine.ts';
import ClassifyStep from '../../components/sim/ClassifyStep.tsx';
import ProcessStack from '../../components/sim/ProcessStack.tsx';
import Debrief from '../../components/sim/Debrief.tsx';
import { readSuspend, writeSuspend } from '../runtime/suspend.ts';
import { useT } from '../../i18n/context.tsx';
import type { T } from '../../i18n/translate.ts';
import { fitsSet, fromSetSuspend, gradeCall, isSetSuspend, setReport, startCall, toSetSuspend, type SetProgress } from './calls-state.ts';
import type { PackageContent } from './content.ts';
import SetResult from './SetResult.tsx';
import type { PlayerProps } from './mount.tsx';

type Props = PlayerProps<Extract<PackageContent, { kind: 'calls' }>>;

function initial(t: T, { content: { scenarios }, packageId, version, session }: Props): { progress: SetProgress; message: string | null } {
  const read = readSuspend(session.suspendData, packageId, version, isSetSuspend);
  const progress = read.ok ? fromSetSuspend(read.state) : null;
  if (progress && fitsSet(progress, scenarios.length)) return { progress, message: progress.index < scenarios.length ? t('lms.resumed') : null };
  const reason = read.ok ? 'corrupt' : read.reason;
  return { progress: { index: 0, events: [], done: [] }, message: reason === 'empty' ? null : t(`lms.suspend.${reason}`) };
}

export default function CallsPlayer(props: Props) {
  const t = useT();
  const { packageId, version, session, notify } = props;
  const scenarios = props.content.scenarios;
  const [start] = useState(() => initial(t, props));
  const [p, setP] = useState<SetProgress>(start.progress);
  const latest = useRef(p);
  latest.current = p;
  const finished = p.index >= scenarios.length;
  const scenario = scenarios[Math.min(p.index, scenarios.length - 1)]!;
  const suspendOf = (x: SetProgress) => writeSuspend(packageId, version, toSetSuspend(x));
  // Replaying the events rebuilds the call exactly (also after a resume); events the machine ignores do no harm.
  // The actor stays alive while shown: the process stack is read from its running children.
  const actor = useMemo(() => startCall(scenario.id, p.events), [scenario.id, p.events]);
  useEffect(() => () => void actor.stop(), [actor]);
  const snapshot = actor.getSnapshot();

  useEffect(() => notify(start.message ?? session.problem()), []);
  useEffect(() => {
    const leave = () => {
      if (latest.current.index < scenarios.length) session.suspend(suspendOf(latest.current));
    };
    addEventListener('pagehide', leave);
    return () => removeEventListener('pagehide', leave);
  }, []);

  const update = (next: SetProgress) => {
    setP(next);
    session.save(suspendOf(next));
  };
  const send = (e: LearnerEvent) => update({ ...p, events: [...p.events, e] });
  const nextCall = async () => {
    const next: SetProgress = { index: p.index + 1, events: [], done: [...p.done, gradeCall(scenario, snapshot)] };
    setP(next);
    if (next.index < scenarios.length) return session.save(suspendOf(next));
    const { outcome, interactions } = setReport(scenarios, next.done);
    await session.finish(outcome, interactions, suspendOf(next));
    notify(session.problem());
  };

  if (finished) return <SetResult scenarios={scenarios} done={p.done} />;

  const done = snapshot.status === 'done';
  const ctx = snapshot.context;
  const uid = `call-${p.index}`;
  const last = ctx.log.at(-1);
  const result = done ? grade(scenario, attemptOf(snapshot)) : null;
  return (
    <div class="simulator lms-call" data-testid="call">
      <h2>{t('lms.calls.heading', { n: p.index + 1, total: scenarios.length, title: scenario.title })}</h2>
      <blockquote class="lms-call-text">
        <p>{scenario.call.text}</p>
        <footer>{t('lms.calls.from', { from: scenario.call.from, channel: scenario.call.channel })}</footer>
      </blockquote>
      {scenario.facts.length > 0 && (
        <section aria-labelledby={`${uid}-facts`}>
          <h3 id={`${uid}-facts`}>{t('sim.facts')}</h3>
          <ol>
            {scenario.facts.map((f, i) => (
              <li key={i}>
                {ctx.revealed.includes(i) ? f : <button type="button" class="usm-button secondary" onClick={() => send({ type: 'REVEAL_FACT', index: i })}>{t('sim.fact.reveal', { n: i + 1 })}</button>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {snapshot.value === 'intake' && <ClassifyStep callType={ctx.callType} askPriority={!!scenario.expected.impact} impact={ctx.impact} urgency={ctx.urgency} send={send} id={uid} />}
      {!done && snapshot.value !== 'intake' && <ProcessStack stack={processStack(snapshot)} send={send} offerAll={true} id={uid} />}
      <div role="status" aria-live="polite" data-testid="sim-message">
        {last && !last.accepted && <p class="question-feedback is-wrong">{t('sim.refused.assessment')}</p>}
      </div>
      {result && <Debrief result={result} lessons={[]} id={uid} />}
      {done && (
        <p>
          <button type="button" class="usm-button" onClick={() => void nextCall()}>
            {p.index + 1 < scenarios.length ? t('lms.calls.next') : t('lms.calls.finish')}
          </button>
        </p>
      )}
    </div>
  );
}
