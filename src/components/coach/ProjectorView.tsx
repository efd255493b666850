/** The projector: one call at a time on the board in projector mode, the answer on demand, the statechart beside it. */
import { useEffect, useState } from 'preact/hooks';
import type { Workshop, Scenario } from '#engine/model';
import { readAnyWorkshopCode } from './workshop-code.ts';
import { routeFor, type WorkflowNumber } from '#engine/model';
import { island, useT } from '../../i18n/context.tsx';
import { Simulator } from '../sim/Simulator.tsx';
import { format } from '../../i18n/format.ts';
import QrCode from './QrCode.tsx';
import { useUsmNames } from '../../i18n/usm-names.ts';

function ProjectorView({ scenarios }: { scenarios: Scenario[] }) {
  const t = useT();
  const names = useUsmNames();
  const [byId, setById] = useState(() => new Map(scenarios.map((s) => [s.id, s])));
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  const [error, setError] = useState('');
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [code, setCode] = useState('');
  useEffect(() => {
    const c = new URLSearchParams(location.search).get('code') ?? '';
    void readAnyWorkshopCode(c, scenarios).then((r) => {
      if (r.ok) {
        setById(r.value.scenarios);
        setWorkshop(r.value.workshop);
        setCode(c);
      } else setError(format(t, r.message));
    });
  }, []);
  if (!workshop)
    return (
      <p role="alert" class="not-content">
        {error}
      </p>
    );
  const sc = byId.get(workshop.scenarios[index]!)!;
  // The scenario schema allows workflows 1–8 only.
  const wf = sc.expected.workflow as WorkflowNumber;
  const go = (i: number) => {
    setIndex(i);
    setRevealed(false);
  };
  return (
    <div class="projector not-content">
      <div class="projector-bar">
        <p class="projector-count">{t('join.call', { n: index + 1, total: workshop.scenarios.length })}</p>
        <h2 class="projector-title">{sc.title}</h2>
        <p class="sim-actions">
          <button type="button" class="usm-button" aria-expanded={revealed} onClick={() => setRevealed(!revealed)}>
            {revealed ? t('projector.hide') : t('projector.reveal')}
          </button>
          <button type="button" class="usm-button secondary" disabled={index === 0} onClick={() => go(index - 1)}>
            {t('projector.prev')}
          </button>
          <button
            type="button"
            class="usm-button secondary"
            disabled={index === workshop.scenarios.length - 1}
            onClick={() => go(index + 1)}
          >
            {t('projector.next')}
          </button>
        </p>
        <details class="projector-join">
          <summary>{t('coach.code')}</summary>
          <p class="coach-code-text">{code}</p>
          <QrCode url={`${location.origin}/coach/join/?code=${encodeURIComponent(code)}`} />
        </details>
      </div>
      <div role="status" aria-live="polite">
        {revealed && (
          <div class="projector-answer" data-testid="projector-answer">
            <p>
              <strong>
                {names.callType(sc.expected.callType)} →{' '}
                {t('sim.debrief.sandbox.workflow', { n: wf, name: names.workflow(wf) })}
              </strong>{' '}
              ({names.route(routeFor(wf, sc.expected.outcome))})
            </p>
            <p>{sc.explanation}</p>
          </div>
        )}
      </div>
      {/* The caller's details are on the board's call card, once. */}
      <Simulator key={sc.id} scenario={sc} initialMode="sandbox" fixedMode panelOpen projector saveProgress={false} />
      {sc.discussion.length > 0 && (
        <section aria-labelledby="projector-discuss">
          <h3 id="projector-discuss">{t('projector.discuss')}</h3>
          <ul class="projector-discussion">
            {sc.discussion.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export default island(ProjectorView);
