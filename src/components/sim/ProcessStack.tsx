/** The stack of active processes, each with its steps; the innermost one takes the learner's decisions. */
import { CALL_TYPES, FORKS, PROCESSES, PROCESS_IDS, earlyCloseOf, forkArtifact, type ActiveProcess, type LearnerEvent, type ProcessId, PROCESS_WITHOUT_FORK } from '../../../simulator/engine.ts';
import { useT } from '../../i18n/context.tsx';

interface Props {
  stack: ActiveProcess[];
  send: (e: LearnerEvent) => void;
  /** Offer every process at a fork (so the learner can try a move USM refuses), or only the allowed ones. */
  offerAll: boolean;
  id: string;
}

export default function ProcessStack({ stack, send, offerAll, id }: Props) {
  const t = useT();
  if (stack.length === 0) return <p>{t('sim.stack.empty')}</p>;
  const top = stack.at(-1)!;
  const name = PROCESSES[top.process].name;
  const targets: ProcessId[] = offerAll ? PROCESS_IDS.filter((p) => p !== top.process) : FORKS[top.process].artifacts.map((a) => CALL_TYPES[a].entry);
  return (
    <div class="sim-stack">
      <h3 id={`${id}-stack`}>{t('sim.stack')}</h3>
      <ol aria-labelledby={`${id}-stack`} class="sim-stack-list">
        {stack.map((p, i) => (
          <li key={p.process + i} class={i === stack.length - 1 ? 'is-top' : ''} style={{ marginInlineStart: `${i * 1.25}rem` }}>
            <strong>{PROCESSES[p.process].name}</strong>{' '}
            <span class="sim-stack-state">
              {/* The actor tree is the stack: a process with one below it is waiting for that one. */}
              {stack[i + 1]
                ? t('sim.stack.waiting', { process: PROCESSES[stack[i + 1]!.process].name })
                : t('sim.stack.current', { step: p.stepName })}
            </span>
            <ol class="usm-steps" aria-label={t('sim.board.steps', { process: PROCESSES[p.process].name })}>
              {PROCESSES[p.process].steps.map((s, j) => (
                <li key={s.id} aria-current={j === p.step ? 'step' : undefined} data-done={j < p.step ? '' : undefined} data-fork={s.fork ? '' : undefined}>
                  {s.name}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <div class="sim-actions" role="group" aria-label={name}>
        {top.state === 'atFork' ? (
          <>
            <p>{t('sim.forkQuestion', { process: name })}</p>
            {targets.map((to) => {
              const artifact = forkArtifact(top.process, to);
              return (
                <button type="button" class="usm-button secondary" key={to} onClick={() => send({ type: 'TRIGGER', process: to })}>
                  {artifact ? t('sim.trigger', { process: PROCESSES[to].name, artifact: CALL_TYPES[artifact].name.toLowerCase() }) : t('sim.triggerAny', { process: PROCESSES[to].name })}
                </button>
              );
            })}
            {offerAll && (
              <button type="button" class="usm-button secondary" onClick={() => send({ type: 'FINISH' })}>
                {t(earlyCloseOf(top.process, top.depth) ? `sim.finish.${earlyCloseOf(top.process, top.depth)!.outcome}` : 'sim.finish', { process: name })}
              </button>
            )}
          </>
        ) : (
          <>
            <button type="button" class="usm-button" onClick={() => send({ type: 'ADVANCE' })}>
              {t('sim.continue', { process: name })}
            </button>
            {offerAll && top.process === PROCESS_WITHOUT_FORK &&
              PROCESS_IDS.filter((p) => p !== PROCESS_WITHOUT_FORK).map((to) => (
                <button type="button" class="usm-button secondary" key={to} onClick={() => send({ type: 'TRIGGER', process: to })}>
                  {t('sim.triggerAny', { process: PROCESSES[to].name })}
                </button>
              ))}
          </>
        )}
      </div>
    </div>
  );
}
