/** Step 1 and 2: classify the call (and its priority), then send it to a process. */
import { useState } from 'preact/hooks';
import { CALL_TYPE_LIST, IMPACTS, PROCESS_LIST, URGENCIES, priorityOf, type CallTypeId, type Impact, type LearnerEvent, type Urgency } from '../../../simulator/engine.ts';
import { useT } from '../../i18n/context.tsx';

interface Props {
  callType: CallTypeId | null;
  askPriority: boolean;
  impact: Impact | null;
  urgency: Urgency | null;
  send: (e: LearnerEvent) => void;
  /** Unique per simulator, so radio groups of two simulators on one page stay apart. */
  id: string;
}

export default function ClassifyStep({ callType, askPriority, impact, urgency, send, id }: Props) {
  const t = useT();
  const [i, setI] = useState<Impact | ''>(impact ?? '');
  const [u, setU] = useState<Urgency | ''>(urgency ?? '');
  const setPriority = (ni: Impact | '', nu: Urgency | '') => {
    setI(ni);
    setU(nu);
    if (ni && nu) send({ type: 'SET_PRIORITY', impact: ni, urgency: nu });
  };
  return (
    <div class="sim-classify">
      <h3>{t('sim.step1')}</h3>
      <fieldset>
        <legend>{t('sim.callType')}</legend>
        {CALL_TYPE_LIST.map((c) => (
          <label class="question-option" key={c.id}>
            <input type="radio" name={`${id}-call-type`} value={c.id} checked={callType === c.id} onChange={() => send({ type: 'CLASSIFY', callType: c.id })} /> {c.name}
          </label>
        ))}
      </fieldset>
      {askPriority && (
        <div class="sim-priority">
          <label>
            {t('sim.impact')}{' '}
            <select value={i} onChange={(e) => setPriority((e.target as HTMLSelectElement).value as Impact, u)}>
              <option value="">{t('sim.choose')}</option>
              {IMPACTS.map((x) => <option value={x} key={x}>{x}</option>)}
            </select>
          </label>{' '}
          <label>
            {t('sim.urgency')}{' '}
            <select value={u} onChange={(e) => setPriority(i, (e.target as HTMLSelectElement).value as Urgency)}>
              <option value="">{t('sim.choose')}</option>
              {URGENCIES.map((x) => <option value={x} key={x}>{x}</option>)}
            </select>
          </label>
          {i && u && <p>{t('sim.priority', { p: priorityOf(i, u) })}</p>}
        </div>
      )}
      <h3>{t('sim.step2')}</h3>
      <div class="sim-actions" role="group" aria-label={t('sim.step2')}>
        {PROCESS_LIST.map((p) => (
          <button type="button" class="usm-button secondary" key={p.id} onClick={() => send({ type: 'SEND_TO', process: p.id })}>
            {t('sim.sendTo', { process: p.name })}
          </button>
        ))}
      </div>
    </div>
  );
}
