/** What happened during the shift, as the engine logged it (message codes worded by the page's dictionary). */
import type { ShiftLogEntry } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { format } from '../../i18n/format.ts';
import { hhmm } from './hhmm.ts';

export default function ShiftLog({ log }: { log: readonly ShiftLogEntry[] }) {
  const t = useT();
  return (
    <details>
      <summary>{t('shift.log')}</summary>
      <ol>
        {log.map((l, i) => (
          <li key={i}>
            {hhmm(l.at)} — {format(t, l.message)}
          </li>
        ))}
      </ol>
    </details>
  );
}
