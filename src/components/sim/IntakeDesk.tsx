/** Intake on the board: the call card with the call-type choice and the priority (impact × urgency). */
import { useEffect, useState } from 'preact/hooks';
import {
  CALL_TYPE_LIST,
  IMPACTS,
  URGENCIES,
  priorityOf,
  type CallTypeId,
  type Impact,
  type Urgency,
} from '#engine/model';
import type { LearnerEvent } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { useUsmNames } from '../../i18n/usm-names.ts';
import CallCard, { type CallInfo } from './CallCard.tsx';

interface Props {
  call: CallInfo | null;
  callType: CallTypeId | null;
  askPriority: boolean;
  impact: Impact | null;
  urgency: Urgency | null;
  send: (e: LearnerEvent) => void;
  /** Unique per simulator, so radio groups of two simulators on one page stay apart. */
  id: string;
}

export default function IntakeDesk({ call, callType, askPriority, impact, urgency, send, id }: Props) {
  const t = useT();
  const names = useUsmNames();
  // The choice shows at once, also while the engine is still loading on the first move.
  const [chosen, setChosen] = useState<CallTypeId | null>(callType);
  useEffect(() => setChosen(callType), [callType]);
  const [i, setI] = useState<Impact | ''>(impact ?? '');
  const [u, setU] = useState<Urgency | ''>(urgency ?? '');
  const setPriority = (ni: Impact | '', nu: Urgency | '') => {
    setI(ni);
    setU(nu);
    if (ni && nu) send({ type: 'SET_PRIORITY', impact: ni, urgency: nu });
  };
  const priority = i && u ? priorityOf(i, u) : null;
  return (
    <div class="board-intake">
      <p class="board-intake-lead">{t('sim.board.intake')}</p>
      <CallCard call={call} callType={callType} priority={priority}>
        <fieldset class="call-types">
          <legend>{t('sim.callType')}</legend>
          {CALL_TYPE_LIST.map((c) => (
            <label key={c.id}>
              <input
                type="radio"
                name={`${id}-call-type`}
                value={c.id}
                checked={chosen === c.id}
                onChange={() => {
                  setChosen(c.id);
                  send({ type: 'CLASSIFY', callType: c.id });
                }}
              />{' '}
              {names.callType(c.id)}
            </label>
          ))}
        </fieldset>
        {askPriority && (
          <div class="sim-priority">
            <label>
              {t('sim.impact')}{' '}
              <select value={i} onChange={(e) => setPriority((e.target as HTMLSelectElement).value as Impact, u)}>
                <option value="">{t('sim.choose')}</option>
                {IMPACTS.map((x) => (
                  <option value={x} key={x}>
                    {names.rating(x)}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              {t('sim.urgency')}{' '}
              <select value={u} onChange={(e) => setPriority(i, (e.target as HTMLSelectElement).value as Urgency)}>
                <option value="">{t('sim.choose')}</option>
                {URGENCIES.map((x) => (
                  <option value={x} key={x}>
                    {names.rating(x)}
                  </option>
                ))}
              </select>
            </label>
            {priority && <p>{t('sim.priority', { p: priority })}</p>}
          </div>
        )}
        <p class="board-intake-send">{t('sim.board.sendHint')}</p>
      </CallCard>
    </div>
  );
}
