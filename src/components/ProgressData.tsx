/** The learner's data: a summary, export/import of all progress, and records that were set aside. */
import { useEffect, useState } from 'preact/hooks';
import { browserStore, type QuarantinedRecord, type StoreProblem } from '../lib/store/index.ts';
import { island, useT } from '../i18n/context.tsx';
import { download } from '../lib/download.ts';

function ProgressData({ lessonSlugs }: { lessonSlugs: string[] }) {
  const t = useT();
  const store = browserStore();
  const [quarantine, setQuarantine] = useState<QuarantinedRecord[]>([]);
  const [done, setDone] = useState(0);
  const [result, setResult] = useState<{ ok: boolean; text: string; problems?: StoreProblem[] } | null>(null);

  useEffect(() => {
    const sync = () => {
      setQuarantine(store.checkAll());
      const d = store.read('lessons').done;
      setDone(lessonSlugs.filter((s) => s in d).length);
    };
    sync();
    return store.subscribe(sync);
  }, []);

  const onImport = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const r = store.importAll(await file.text());
    setResult(
      r.ok
        ? { ok: true, text: t('progress.import.ok', { kinds: r.imported.join(', ') }) }
        : { ok: false, text: t('progress.import.failed'), problems: r.problems },
    );
    input.value = '';
  };

  return (
    <div class="progress-data not-content">
      <p data-testid="lessons-done">{t('progress.lessons', { done, total: lessonSlugs.length })}</p>
      <p>
        <button
          type="button"
          class="usm-button"
          onClick={() =>
            download(`usm-trainer-progress-${new Date().toISOString().slice(0, 10)}.json`, store.exportAll())
          }
        >
          {t('progress.export')}
        </button>
      </p>
      <p>
        <label for="progress-import">{t('progress.import')}</label>{' '}
        <input id="progress-import" type="file" accept="application/json,.json" onChange={onImport} />
      </p>
      <div role="status" aria-live="polite" data-testid="import-result">
        {result && (
          <div class={result.ok ? 'question-feedback is-right' : 'question-feedback is-wrong'}>
            <p>{result.text}</p>
            {result.problems && (
              <ul>
                {result.problems.map((p) => (
                  <li>
                    <code>{p.field}</code>: {p.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <h2>{t('progress.quarantine.title')}</h2>
      {quarantine.length === 0 ? (
        <p>{t('progress.quarantine.none')}</p>
      ) : (
        <ul data-testid="quarantine-list">
          {quarantine.map((q) => (
            <li key={q.id}>
              <strong>{q.damaged ? t('progress.quarantine.damaged') : q.kind}</strong> (
              {q.at || t('progress.quarantine.unknownTime')}) — {t('progress.quarantine.reason')}:{' '}
              {q.damaged ? t('progress.quarantine.damagedReason') : q.reason}
              {q.rawKey && <> {t('progress.quarantine.inPlace')}</>}{' '}
              <button
                type="button"
                class="usm-button secondary"
                onClick={() => download(`usm-trainer-${q.kind || 'entry'}-set-aside.txt`, q.raw, 'text/plain')}
              >
                {t('progress.quarantine.download')}
              </button>{' '}
              <button type="button" class="usm-button secondary" onClick={() => store.discardQuarantined(q.id)}>
                {t('progress.quarantine.discard')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default island(ProgressData);
