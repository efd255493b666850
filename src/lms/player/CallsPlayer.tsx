/**
 * A call set inside an LMS package: each call is played on the simulator's own process board (the call
 * machine replayed from the learner's events, as on the site), graded by the simulator with the expected
 * route ghosted in the debrief, and the set is reported as one result.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LearnerEvent } from '#engine/model';
import { grade, attemptOfFrame } from '#engine/model';
import { replay, debriefOf } from '#engine/machines';
import Board from '../../components/sim/Board.tsx';
import CallerFacts from '../../components/sim/CallerFacts.tsx';
import PinList from '../../components/sim/PinList.tsx';
import Debrief from '../../components/sim/Debrief.tsx';
import { readSuspend, writeSuspend } from '../runtime/suspend.ts';
import { useT } from '../../i18n/context.tsx';
import type { T } from '../../i18n/translate.ts';
import {
  fitsSet,
  fromSetSuspend,
  gradeAttempt,
  isSetSuspend,
  setReport,
  toSetSuspend,
  type SetProgress,
} from './calls-state.ts';
import type { PackageContent } from './content.ts';
import SetResult from './SetResult.tsx';
import type { PlayerProps } from './mount.tsx';

type Props = PlayerProps<Extract<PackageContent, { kind: 'calls' }>>;

function initial(
  t: T,
  { content: { scenarios }, packageId, version, session }: Props,
): { progress: SetProgress; message: string | null } {
  const read = readSuspend(session.suspendData, packageId, version, isSetSuspend);
  const progress = read.ok ? fromSetSuspend(read.state) : null;
  if (progress && fitsSet(progress, scenarios.length))
    return { progress, message: progress.index < scenarios.length ? t('lms.resumed') : null };
  const reason = read.ok ? 'corrupt' : read.reason;
  return {
    progress: { index: 0, events: [], done: [] },
    message: reason === 'empty' ? null : t(`lms.suspend.${reason}`),
  };
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
  const frames = useMemo(
    () => replay(p.events, { mode: 'assessment', scenarioId: scenario.id }),
    [scenario.id, p.events],
  );
  const last = frames.at(-1)!;

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
    const next: SetProgress = {
      index: p.index + 1,
      events: [],
      done: [...p.done, gradeAttempt(scenario, attemptOfFrame(last))],
    };
    setP(next);
    if (next.index < scenarios.length) return session.save(suspendOf(next));
    const { outcome, interactions } = setReport(scenarios, next.done);
    await session.finish(outcome, interactions, suspendOf(next));
    notify(session.problem());
  };

  if (finished) return <SetResult scenarios={scenarios} done={p.done} />;

  const done = last.board.fulfilled;
  const ctx = last.context;
  const uid = `call-${p.index}`;
  const result = done ? grade(scenario, attemptOfFrame(last)) : null;
  const debrief = result ? debriefOf(result, scenario.expected.callType, last.board.route) : null;
  return (
    <div class="simulator lms-call" data-testid="call" key={uid}>
      <h2>{t('lms.calls.heading', { n: p.index + 1, total: scenarios.length, title: scenario.title })}</h2>
      <CallerFacts facts={scenario.facts} revealed={ctx.revealed} send={send} id={uid} level={3} />
      <Board
        frame={last}
        live={!done}
        send={send}
        call={scenario.call}
        askPriority={!!scenario.expected.impact}
        impact={ctx.impact}
        urgency={ctx.urgency}
        explainRefusals={false}
        debrief={debrief}
        id={uid}
        level={3}
      >
        {debrief && <PinList debrief={debrief} route={last.board.route} />}
      </Board>
      <div role="status" aria-live="polite" data-testid="sim-message">
        {!last.accepted && !done && <p class="question-feedback is-wrong">{t('sim.refused.assessment')}</p>}
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
