/**
 * The statechart panel: the states of the running call and of every active process, the active ones
 * marked, and the event log. Drawn by the project from the actor's snapshot (no external service);
 * lists and a table, so it reads the same with a screen reader.
 */
import { PROCESSES, processStack, triggerableFrom, type CallSnapshot, type LearnerEvent, type ProcessId } from '../../../simulator/engine.ts';
import { tSim as t } from '../../i18n/en.ts';

const describe = (e: LearnerEvent): string => {
  switch (e.type) {
    case 'CLASSIFY': return `CLASSIFY ${e.callType}`;
    case 'SEND_TO': return `SEND_TO ${e.process}`;
    case 'TRIGGER': return `TRIGGER ${e.process}`;
    case 'SET_PRIORITY': return `SET_PRIORITY ${e.impact} × ${e.urgency}`;
    case 'REVEAL_FACT': return `REVEAL_FACT ${e.index + 1}`;
    default: return e.type;
  }
};

function StateList({ states, active, label }: { states: string[]; active: string; label: string }) {
  return (
    <ul class="sc-states" aria-label={label}>
      {states.map((s) => (
        <li key={s} aria-current={s === active ? 'true' : undefined} class={s === active ? 'is-active' : ''}>
          {s}{s === active && <span class="visually-hidden"> (active)</span>}
        </li>
      ))}
    </ul>
  );
}

export default function StatechartPanel({ snapshot, id }: { snapshot: CallSnapshot; id: string }) {
  const rootState = typeof snapshot.value === 'string' ? snapshot.value : 'processing';
  const stack = processStack(snapshot);
  return (
    <aside class="sc-panel" aria-labelledby={`${id}-sc`} data-testid="statechart-panel">
      <h2 id={`${id}-sc`}>{t('sim.panel.title')}</h2>
      <div class="sc-machine">
        <h3>{t('sim.panel.call')}</h3>
        <StateList states={['intake', 'processing', 'fulfilled']} active={rootState} label={t('sim.panel.call')} />
      </div>
      {stack.map((p) => {
        const states = ['working', ...(triggerableFrom(p.process).length ? ['atFork'] : []), ...triggerableFrom(p.process).map((x: ProcessId) => `running_${x}`), 'closing', 'fulfilled'];
        return (
          <div class="sc-machine" key={p.process} style={{ marginInlineStart: `${(p.depth + 1) * 1}rem` }}>
            <h3>{PROCESSES[p.process].name}</h3>
            <StateList states={states} active={p.state} label={PROCESSES[p.process].name} />
          </div>
        );
      })}
      <h3 id={`${id}-log`}>{t('sim.panel.log')}</h3>
      <table aria-labelledby={`${id}-log`} class="sc-log">
        <thead><tr><th scope="col">#</th><th scope="col">{t('sim.panel.log.event')}</th><th scope="col">{t('sim.panel.log.result')}</th></tr></thead>
        <tbody>
          {snapshot.context.log.map((l, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td><code>{describe(l.event)}</code></td>
              <td>{l.accepted ? t('sim.panel.accepted') : `${t('sim.panel.refused')}: ${l.reason ?? ''}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}
