/** The self-assessment report: overall and per-part level with the reasons, radar, next steps, exports. */
import { useState } from 'preact/hooks';
import {
  maturityFit,
  readResponse,
  reportToCsv,
  responseToCode,
  responseToJson,
  scoreQuestionnaire,
  type Answers,
  type Perspective,
  type Questionnaire,
} from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { format } from '../../i18n/format.ts';
import RadarChart from './RadarChart.tsx';
import { download } from '../../lib/download.ts';
import CopyButton from '../CopyButton.tsx';

interface Props {
  q: Questionnaire;
  answers: Answers;
  perspective: Perspective;
  respondent: string;
  links: {
    lessons: Record<string, { title: string; href: string }>;
    scenarios: Record<string, { title: string; href: string }>;
  };
}

export default function MaturityReport({ q, answers, perspective, respondent, links }: Props) {
  const t = useT();
  const report = scoreQuestionnaire(q, answers);
  const response = { questionnaire: q.id, version: q.version, perspective, respondent, answers: { ...answers } };
  const code = responseToCode(q, response);
  const [counterpart, setCounterpart] = useState('');
  const [fit, setFit] = useState<{ ok: boolean; text: string; other?: number[] } | null>(null);
  const name = (L: number) => q.levels.find((l) => l.level === L)?.name ?? '';
  const compare = () => {
    const r = readResponse(q, counterpart, t('vmm.fit.pasted'));
    if (!r.ok) return setFit({ ok: false, text: format(t, r.message) });
    if (r.response.perspective === perspective) return setFit({ ok: false, text: t('vmm.fit.same') });
    const other = scoreQuestionnaire(q, r.response.answers);
    const f =
      perspective === 'provider'
        ? maturityFit(report.overall, other.overall)
        : maturityFit(other.overall, report.overall);
    setFit({ ok: true, text: format(t, f.engineMessage), other: other.dimensions.map((d) => d.level) });
  };
  return (
    <section class="vmm-report" aria-labelledby="vmm-report-title">
      <h2 id="vmm-report-title" tabIndex={-1}>
        {t('vmm.report.title')}
      </h2>
      <p class="vmm-overall" data-testid="vmm-overall">
        <strong>
          {report.overall > 0
            ? t('vmm.report.overall', { level: report.overall, name: name(report.overall) })
            : t('vmm.report.overall.zero')}
        </strong>
      </p>
      <p>{t('vmm.report.why')}</p>
      <RadarChart
        id="vmm-radar"
        axes={report.dimensions.map((d) => d.title)}
        series={[
          {
            label: respondent || (perspective === 'provider' ? 'Provider' : 'Customer'),
            values: report.dimensions.map((d) => d.level),
          },
          ...(fit?.other ? [{ label: perspective === 'provider' ? 'Customer' : 'Provider', values: fit.other }] : []),
        ]}
      />
      {report.dimensions.map((d) => {
        const dim = q.dimensions.find((x) => x.id === d.id)!;
        const rec = dim.recommend.find((r) => r.level === Math.max(1, d.level));
        const next = q.levels.find((l) => l.level === d.level + 1);
        return (
          <section key={d.id} class="vmm-dimension" aria-labelledby={`vmm-${d.id}`}>
            <h3 id={`vmm-${d.id}`}>
              {d.title}: {t('vmm.report.level')} {d.level}
              {d.level > 0 ? ` (${name(d.level)})` : ''}
            </h3>
            {d.heldByBarrier && <p class="vmm-barrier">{t('vmm.report.barrier')}</p>}
            {next ? (
              <>
                <p>
                  <strong>{t('vmm.report.next')}:</strong> {next.name}. {next.summary}
                </p>
                {d.holdingBack.length > 0 && (
                  <details>
                    <summary>
                      {t('vmm.report.heldBack')} ({d.holdingBack.length})
                    </summary>
                    <ul>
                      {d.holdingBack.map((h) => (
                        <li key={h.id}>
                          {h.text} <em>({h.answer ? t(`vmm.scale.${h.answer}`) : '—'})</em>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </>
            ) : (
              <p>{t('vmm.report.top')}</p>
            )}
            {rec && next && (
              <p class="vmm-start">
                <strong>{t('vmm.report.start')}:</strong> {t('vmm.report.lessons')}:{' '}
                {rec.lessons.map((s, i) => (
                  <span key={s}>
                    {i > 0 && ', '}
                    <a href={links.lessons[s]?.href ?? '#'}>{links.lessons[s]?.title ?? s}</a>
                  </span>
                ))}
                . {t('vmm.report.scenarios')}:{' '}
                {rec.scenarios.map((s, i) => (
                  <span key={s}>
                    {i > 0 && ', '}
                    <a href={links.scenarios[s]?.href ?? '#'}>{links.scenarios[s]?.title ?? s}</a>
                  </span>
                ))}
                .
              </p>
            )}
          </section>
        );
      })}
      <div class="vmm-actions no-print">
        <button
          type="button"
          class="usm-button secondary"
          onClick={() => download('usm-maturity-answers.json', responseToJson(response), 'application/json')}
        >
          {t('vmm.export.json')}
        </button>
        <button
          type="button"
          class="usm-button secondary"
          onClick={() => download('usm-maturity-report.csv', reportToCsv(q, answers, report), 'text/csv')}
        >
          {t('vmm.export.csv')}
        </button>
        <button type="button" class="usm-button secondary" onClick={() => window.print()}>
          {t('vmm.print')}
        </button>
      </div>
      <div class="no-print">
        <label for="vmm-code">{t('vmm.export.code')}</label>
        <textarea id="vmm-code" readOnly rows={3} class="vmm-code" value={code} data-testid="vmm-code" />
        <p>
          <CopyButton
            text={code}
            label={t('vmm.copy')}
            done={t('vmm.copied')}
            failed={t('vmm.copyFailed')}
            selectId="vmm-code"
          />
        </p>
      </div>
      <section class="vmm-fit no-print" aria-labelledby="vmm-fit-title">
        <h3 id="vmm-fit-title">{t('vmm.fit.title')}</h3>
        <label for="vmm-counterpart">{t('vmm.fit.paste')}</label>
        <textarea
          id="vmm-counterpart"
          rows={3}
          value={counterpart}
          onInput={(e) => setCounterpart((e.target as HTMLTextAreaElement).value)}
        />
        <p>
          <button type="button" class="usm-button secondary" onClick={compare}>
            {t('vmm.fit.compare')}
          </button>
        </p>
        <p role="status" data-testid="vmm-fit">
          {fit?.text}
        </p>
      </section>
    </section>
  );
}
