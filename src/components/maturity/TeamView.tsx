/** The team view: merge any number of respondents' codes or files in the browser. */
import { useState } from 'preact/hooks';
import { MAX_RESPONSE_FILE, mergeResponses, type Questionnaire, type TeamReport, readTeamInputs } from '#engine/model';
import { island, useT } from '../../i18n/context.tsx';
import { format } from '../../i18n/format.ts';
import RadarChart from './RadarChart.tsx';

function TeamView({ q }: { q: Questionnaire }) {
  const t = useT();
  const [codes, setCodes] = useState('');
  const [files, setFiles] = useState<{ name: string; text: string }[]>([]);
  const [result, setResult] = useState<{ report: TeamReport | null; errors: string[]; duplicates: string[] } | null>(
    null,
  );
  const merge = () => {
    const inputs = [
      ...codes
        .split('\n')
        .map((l, i) => ({ source: t('vmm.team.line', { n: i + 1 }), text: l.trim() }))
        .filter((x) => x.text),
      ...files.map((f) => ({ source: f.name.slice(0, 60), text: f.text })),
    ];
    const read = readTeamInputs(q, inputs);
    setResult({
      report: read.responses.length ? mergeResponses(q, read.responses) : null,
      errors: read.errorMessages.map((m) => format(t, m)),
      duplicates: read.duplicates.map((d) => t('vmm.team.duplicate', { source: d.source, first: d.first })),
    });
  };
  const title = (id: string) => q.dimensions.find((d) => d.id === id)?.title ?? id;
  const r = result?.report;
  return (
    <div class="vmm not-content">
      <p>{t('vmm.team.intro')}</p>
      <label for="team-codes">{t('vmm.team.codes')}</label>
      <textarea
        id="team-codes"
        rows={6}
        value={codes}
        onInput={(e) => setCodes((e.target as HTMLTextAreaElement).value)}
      />
      <p>
        <label for="team-files">{t('vmm.team.files')}</label>{' '}
        <input
          id="team-files"
          type="file"
          multiple
          accept="application/json,.json,.txt"
          onChange={async (e) => {
            const list = [...((e.target as HTMLInputElement).files ?? [])];
            // Read no more than an answers file can be: a larger one is refused by its size without loading it all.
            setFiles(
              await Promise.all(
                list.map(async (f) => ({ name: f.name, text: await f.slice(0, MAX_RESPONSE_FILE + 1).text() })),
              ),
            );
          }}
        />
      </p>
      <p>
        <button type="button" class="usm-button" onClick={merge}>
          {t('vmm.team.merge')}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {r && (
          <p data-testid="team-count">
            {r.respondents === 1 ? t('vmm.team.accepted.one') : t('vmm.team.accepted', { n: r.respondents })}
          </p>
        )}
        {result && result.duplicates.length > 0 && (
          <div class="question-feedback" data-testid="team-duplicates">
            <p>{t('vmm.team.duplicates')}:</p>
            <ul>
              {result.duplicates.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          </div>
        )}
        {result && result.errors.length > 0 && (
          <div class="question-feedback is-wrong" data-testid="team-errors">
            <p>{t('vmm.team.rejected')}:</p>
            <ul>
              {result.errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {r && (
        <>
          <p data-testid="team-level">
            {r.team.overall > 0 ? t('vmm.team.teamLevel', { level: r.team.overall }) : t('vmm.team.teamLevel.zero')}
          </p>
          <RadarChart
            id="team-radar"
            axes={q.dimensions.map((d) => d.title)}
            series={[
              { label: t('vmm.team.radar.team'), values: r.team.dimensions.map((d) => d.level), kind: 'main' },
              ...r.perRespondent.map((p) => ({
                label: p.respondent,
                values: q.dimensions.map((d) => p.dimensions[d.id] ?? 0),
                kind: 'person' as const,
              })),
            ]}
          />
          <h2>{t('vmm.team.levels')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('vmm.report.dimension')}</th>
                {[0, 1, 2, 3, 4, 5].map((L) => (
                  <th scope="col" key={L}>
                    {t('vmm.report.level')} {L}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {q.dimensions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.title}</th>
                  {r.dimensionLevels[d.id]!.map((c, L) => (
                    <td key={L}>{c || ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('vmm.team.disagreement')}</h2>
          <p>{t('vmm.team.disagreement.intro')}</p>
          {r.mostDisputed.length > 0 && (
            <p data-testid="team-most-disputed">
              {t('vmm.team.mostDisputed', { dimensions: r.mostDisputed.map(title).join(', ') })}
            </p>
          )}
          <ol class="team-disagreement" data-testid="team-disagreement">
            {r.disagreement.map((s) => (
              <li key={s.id}>
                <strong>{s.text}</strong> ({title(s.dimension)}) —{' '}
                {(['not', 'partly', 'largely', 'fully', 'dontknow'] as const)
                  .map((a) => `${t(`vmm.scale.${a}`)}: ${s.counts[a]}`)
                  .join(' · ')}
                <span class="spread-bar" aria-hidden="true" style={{ width: `${Math.round(s.spread * 66)}%` }} />
              </li>
            ))}
          </ol>
          <h2>{t('vmm.team.respondents')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('vmm.team.respondents')}</th>
                <th scope="col">{t('vmm.perspective')}</th>
                <th scope="col">{t('vmm.report.level')}</th>
              </tr>
            </thead>
            <tbody>
              {r.perRespondent.map((p, i) => (
                <tr key={i}>
                  <td>{p.respondent}</td>
                  <td>{p.perspective}</td>
                  <td>{p.overall}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

export default island(TeamView);
