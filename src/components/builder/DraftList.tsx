/** The drafts this browser keeps, newest first: open one, start a new one, or delete one (after a confirmation). */
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/context.tsx';
import type { DraftEntry } from './drafts.ts';

export default function DraftList({
  drafts,
  current,
  onOpen,
  onNew,
  onDelete,
}: {
  drafts: DraftEntry[];
  current: string;
  onOpen: (key: string) => void;
  onNew: () => void;
  onDelete: (key: string) => void;
}) {
  const t = useT();
  const [confirm, setConfirm] = useState<string | null>(null);
  return (
    <section class="builder-drafts" aria-labelledby="builder-drafts-title">
      <h2 id="builder-drafts-title">{t('builder.drafts')}</h2>
      <p>{t('builder.drafts.help')}</p>
      {drafts.length === 0 ? (
        <p>{t('builder.drafts.none')}</p>
      ) : (
        <ul data-testid="builder-drafts">
          {drafts.map((d) => (
            <li key={d.key}>
              {d.key === current ? (
                <strong aria-current="true">{d.title || t('builder.untitled')}</strong>
              ) : (
                <button type="button" class="builder-link" onClick={() => onOpen(d.key)}>
                  {d.title || t('builder.untitled')}
                </button>
              )}{' '}
              <small>{t('builder.drafts.saved', { at: d.at.slice(0, 16).replace('T', ' ') })}</small>{' '}
              {confirm === d.key ? (
                <>
                  <button
                    type="button"
                    class="usm-button secondary"
                    onClick={() => {
                      setConfirm(null);
                      onDelete(d.key);
                    }}
                  >
                    {t('builder.drafts.confirm')}
                  </button>{' '}
                  <button type="button" class="usm-button secondary" onClick={() => setConfirm(null)}>
                    {t('builder.cancel')}
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  class="builder-link"
                  aria-label={t('builder.drafts.delete.label', { title: d.title || t('builder.untitled') })}
                  onClick={() => setConfirm(d.key)}
                >
                  {t('builder.drafts.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" class="usm-button secondary" onClick={onNew}>
          {t('builder.new')}
        </button>
      </p>
    </section>
  );
}
