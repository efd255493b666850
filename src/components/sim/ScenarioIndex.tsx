/**
 * The scenario library: filter by workflow, domain and level; shows the learner's best score. A call's
 * workflow is the answer, so it shows only once the learner has played that call, or when they filter
 * by workflow (then they asked for it).
 */
import { useEffect, useState } from 'preact/hooks';
import { browserStore } from '../../lib/store/index.ts';
import { island, useLang, useT } from '../../i18n/context.tsx';
import { localePath } from '../../lib/languages.ts';

export interface ScenarioRow {
  id: string;
  title: string;
  domain: string;
  level: string;
  workflow: number;
  workflowName: string;
}

function ScenarioIndex({ rows }: { rows: ScenarioRow[] }) {
  const t = useT();
  const lang = useLang();
  const [workflow, setWorkflow] = useState('');
  const [domain, setDomain] = useState('');
  const [level, setLevel] = useState('');
  const [best, setBest] = useState<Record<string, number>>({});
  useEffect(() => {
    const w = new URLSearchParams(location.search).get('workflow');
    if (w && /^[1-8]$/.test(w)) setWorkflow(w);
    const results = browserStore().read('scenarios').results;
    setBest(Object.fromEntries(Object.entries(results).map(([id, r]) => [id, r.best])));
  }, []);
  const domains = [...new Set(rows.map((r) => r.domain))].sort();
  const shown = rows.filter(
    (r) =>
      (!workflow || String(r.workflow) === workflow) &&
      (!domain || r.domain === domain) &&
      (!level || r.level === level),
  );
  const select = (label: string, value: string, set: (v: string) => void, options: [string, string][]) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
        <option value="">{t('sim.index.all')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="scenario-index not-content">
      <fieldset class="scenario-filter">
        <legend>{t('sim.index.filter')}</legend>
        {select(
          t('sim.index.workflow'),
          workflow,
          setWorkflow,
          [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [String(n), String(n)]),
        )}{' '}
        {select(
          t('sim.index.domain'),
          domain,
          setDomain,
          domains.map((d) => [d, d]),
        )}{' '}
        {select(t('sim.index.level'), level, setLevel, [
          ['foundation', 'foundation'],
          ['professional', 'professional'],
        ])}
      </fieldset>
      <p role="status">{t('sim.index.count', { n: shown.length })}</p>
      <table id="scenario-table">
        <thead>
          <tr>
            <th scope="col">{t('sim.index.scenario')}</th>
            <th scope="col">{t('sim.index.domain')}</th>
            <th scope="col">{t('sim.index.level')}</th>
            <th scope="col">{t('sim.index.workflow')}</th>
            <th scope="col">{t('sim.index.best')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id}>
              <td>
                <a href={localePath(lang, `/simulator/${r.id}/`)}>{r.title}</a>
              </td>
              <td>{r.domain}</td>
              <td>{r.level}</td>
              <td>
                {workflow || r.id in best ? (
                  `${r.workflow}: ${r.workflowName}`
                ) : (
                  <span class="scenario-unplayed">{t('sim.index.unplayed')}</span>
                )}
              </td>
              <td>{r.id in best ? best[r.id] : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default island(ScenarioIndex);
