/** The debrief: executed vs expected workflow, a step-by-step diff with the rule behind each difference. */
import type { OutcomeId, WorkflowNumber, GradeResult } from '#engine/model';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/context.tsx';
import type { T } from '../../i18n/translate.ts';
import { format } from '../../i18n/format.ts';
import { useUsmNames } from '../../i18n/usm-names.ts';

interface Props {
  result: GradeResult;
  lessons: { slug: string; title: string; href: string }[];
  nextHref?: string;
  /** Unique per simulator on the page (a lesson may hold several). */
  id: string;
}

/** ", closed at Negotiate without agreement" for a workflow that ended early; nothing when fulfilled. */
const early = (t: T, o: OutcomeId | null) => (o && o !== 'fulfilled' ? `, ${t(`sim.outcome.${o}`)}` : '');

export default function Debrief({ result, lessons, nextHref, id }: Props) {
  const t = useT();
  const names = useUsmNames();
  const workflow = (n: WorkflowNumber) => `${n}: ${names.workflow(n)}`;
  const ref = useRef<HTMLElement>(null);
  // Move focus to the debrief when it appears, so keyboard and screen-reader users land on it.
  useEffect(() => ref.current?.focus(), []);
  return (
    <section class="sim-debrief" aria-labelledby={`${id}-debrief`} tabIndex={-1} ref={ref} data-testid="debrief">
      <h2 id={`${id}-debrief`}>{t('sim.debrief')}</h2>
      <p class={`sim-verdict ${result.passed ? 'is-right' : 'is-wrong'}`} data-testid="score">
        <strong>{result.passed ? t('sim.debrief.passed') : t('sim.debrief.failed')}</strong> ·{' '}
        {t('sim.debrief.score', { score: result.score })}
      </p>
      <dl class="sim-compare">
        <dt>{t('sim.debrief.yours')}</dt>
        <dd data-testid="workflow-chosen">
          {result.workflowChosen
            ? `${workflow(result.workflowChosen)}${early(t, result.outcomeChosen)}`
            : t('sim.debrief.none')}
        </dd>
        <dt>{t('sim.debrief.expected')}</dt>
        <dd data-testid="workflow-expected">{`${workflow(result.workflowExpected)}${early(t, result.outcomeExpected)}`}</dd>
      </dl>
      <h3>{t('sim.debrief.path')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('sim.debrief.step')}</th>
            <th scope="col">{t('sim.debrief.col.expected')}</th>
            <th scope="col">{t('sim.debrief.col.yours')}</th>
            <th scope="col">{t('sim.debrief.col.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {result.path.map((d) => (
            <tr key={d.step}>
              <td>{d.step}</td>
              <td>{names.processOrId(d.expected)}</td>
              <td>{names.processOrId(d.chosen)}</td>
              <td>
                {d.ok
                  ? t('sim.debrief.match')
                  : `${t('sim.debrief.differs')}${d.ruleMessage ? ` — ${format(t, d.ruleMessage)}` : ''}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('sim.debrief.why')}</h3>
      <ul data-testid="feedback">
        {result.messages.map((m, i) => (
          <li key={i}>{format(t, m)}</li>
        ))}
      </ul>
      {lessons.length > 0 && (
        <p>
          {t('sim.debrief.lessons')}:{' '}
          {lessons.map((l, i) => (
            <span key={l.slug}>
              {i > 0 && ', '}
              <a href={l.href}>{l.title}</a>
            </span>
          ))}
        </p>
      )}
      {nextHref && (
        <p>
          <a class="usm-button" href={nextHref}>
            {t('sim.debrief.next')}
          </a>
        </p>
      )}
    </section>
  );
}
