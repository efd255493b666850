/** The end of a shift: the KPIs, every call with its expected and chosen workflow, what was preventable, and a workshop's result code. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { shiftReport, type Kpis, type ShiftDefinition, type ShiftLibrary, type ShiftState } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { format } from '../../i18n/format.ts';

/** A coach's workshop: its join code, and the writer of the result code a participant hands back. */
export interface Workshop {
  code: string;
  resultCode: (joinCode: string, name: string, kpis: Kpis) => string;
}

interface Props {
  def: ShiftDefinition;
  library: ShiftLibrary;
  state: ShiftState;
  kpis: ComponentChildren;
  workshop: Workshop | null;
  again: () => void;
}

export default function ShiftEnd({ def, library, state, kpis, workshop, again }: Props) {
  const t = useT();
  const [player, setPlayer] = useState('');
  const report = shiftReport(def, library, state);
  return (
    <div class="shift not-content">
      <h2 id="shift-report" tabIndex={-1} ref={(el) => el?.focus()}>
        {t('shift.report')}
      </h2>
      {kpis}
      <h3>{t('shift.report.calls')}</h3>
      <table data-testid="shift-report-calls">
        <thead>
          <tr>
            <th scope="col">{t('shift.report.call')}</th>
            <th scope="col">{t('shift.report.expected')}</th>
            <th scope="col">{t('shift.report.chosen')}</th>
            <th scope="col">{t('shift.report.score')}</th>
          </tr>
        </thead>
        <tbody>
          {report.calls.map((c) => (
            <tr key={c.id}>
              <td>
                {c.title}
                {c.source !== 'planned' ? ` (${t(`shift.report.source.${c.source}`)})` : ''}
              </td>
              <td>{c.expectedWorkflow}</td>
              <td>{c.status === 'handled' ? (c.chosenWorkflow ?? '—') : t(`shift.report.status.${c.status}`)}</td>
              <td>{c.score ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('shift.report.preventable')}</h3>
      {report.preventableMessages.length ? (
        <ul>
          {report.preventableMessages.map((p, i) => (
            <li key={i}>{format(t, p)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('shift.report.none')}</p>
      )}
      {workshop && (
        <section aria-labelledby="shift-result-title">
          <h3 id="shift-result-title">{t('shift.result.code')}</h3>
          <p>
            <label>
              {t('shift.result.name')}{' '}
              <input
                type="text"
                maxLength={80}
                value={player}
                onInput={(e) => setPlayer((e.target as HTMLInputElement).value)}
              />
            </label>
          </p>
          <textarea
            readOnly
            rows={2}
            class="vmm-code"
            aria-labelledby="shift-result-title"
            data-testid="shift-result-code"
            value={workshop.resultCode(workshop.code, player, report.kpis)}
          />
        </section>
      )}
      <p>
        <button type="button" class="usm-button" onClick={again}>
          {t('shift.again')}
        </button>
      </p>
    </div>
  );
}
