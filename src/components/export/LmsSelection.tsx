/**
 * /export/: any selection of library calls as a SCORM 1.2, SCORM 2004 or cmi5 package, built in the browser.
 * The island holds the choice only; the package code (src/lms/selection/build.ts: the shared assembler, the
 * zip writer) and the player it packages load when the learner asks for a package. Strings come from the
 * page (the dictionary's lms area), not from a dictionary in the island's JavaScript.
 */
import { useState } from 'preact/hooks';
import type { Standard } from '../../lms/runtime/types.ts';
import type { Lang } from '../../i18n/keys.ts';
import type { LoadedPack } from '../../lms/selection/pack.ts';
import LmsPackSource from './LmsPackSource.tsx';

export interface SelectionCall {
  id: string;
  title: string;
  domain: string;
}

interface Props {
  /** The page's language, which the package takes (its player, calls and texts). */
  lang: Lang;
  calls: SelectionCall[];
  /** The lms strings this island and the package need (lms.select.*, lms.package.calls.*, lms.loading, lms.noscript). */
  strings: Record<string, string>;
}

const STANDARDS: Standard[] = ['scorm12', 'scorm2004', 'cmi5'];
const MAX_NAME = 80;

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' | 'error'; text: string };

export default function LmsSelection({ lang, calls, strings }: Props) {
  const t = (key: string, vars: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, n: string) => String(vars[n] ?? `{${n}}`));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [standard, setStandard] = useState<Standard>('scorm12');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [pack, setPack] = useState<LoadedPack | null>(null);
  const toggle = (id: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const download = async () => {
    if (chosen.size === 0 && !pack) return setStatus({ kind: 'error', text: t('lms.select.empty') });
    const clash = (pack?.scenarios ?? []).filter((s) => chosen.has(s.id)).map((s) => s.id);
    if (clash.length) return setStatus({ kind: 'error', text: t('lms.select.pack.clash', { ids: clash.join(', ') }) });
    setStatus({ kind: 'busy' });
    try {
      const { loadKit, selectionPackage } = await import('../../lms/selection/build.ts');
      const pkg = await selectionPackage(
        await loadKit(fetch, lang),
        {
          lang,
          ids: [...chosen],
          standard,
          title: name.trim() || pack?.title || t('lms.select.name.default'),
          ...(pack ? { pack: pack.scenarios } : {}),
        },
        t as never,
      );
      const url = URL.createObjectURL(new Blob([pkg.zip as BlobPart], { type: 'application/zip' }));
      const a = document.createElement('a');
      a.href = url;
      // Saved as the page's package links are: a Dutch package as <name>-nl.zip.
      const saveAs = lang === 'en' ? pkg.name : pkg.name.replace(/\.zip$/, `-${lang}.zip`);
      a.download = saveAs;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ kind: 'done', text: t('lms.select.done', { name: saveAs, kb: Math.ceil(pkg.zip.length / 1024) }) });
    } catch (e) {
      setStatus({
        kind: 'error',
        text: t('lms.select.failed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  return (
    <form
      class="lms-selection"
      onSubmit={(e) => {
        e.preventDefault();
        void download();
      }}
      data-testid="lms-selection"
    >
      <fieldset>
        <legend>{t('lms.select.calls', { n: chosen.size, total: calls.length })}</legend>
        <p class="lms-selection-bulk">
          <button type="button" class="usm-button secondary" onClick={() => setChosen(new Set(calls.map((c) => c.id)))}>
            {t('lms.select.all')}
          </button>{' '}
          <button type="button" class="usm-button secondary" onClick={() => setChosen(new Set())}>
            {t('lms.select.none')}
          </button>
        </p>
        <ul class="lms-selection-calls">
          {calls.map((c) => (
            <li key={c.id}>
              <label>
                <input type="checkbox" value={c.id} checked={chosen.has(c.id)} onChange={() => toggle(c.id)} />{' '}
                {t('lms.select.call', { title: c.title, domain: c.domain })}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <LmsPackSource
        t={t}
        pack={pack}
        onPack={(p) => {
          setPack(p);
          setStatus({ kind: 'idle' });
        }}
      />
      <fieldset class="lms-selection-standard">
        <legend>{t('lms.select.standard')}</legend>
        {STANDARDS.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="lms-selection-standard"
              value={s}
              checked={standard === s}
              onChange={() => setStandard(s)}
            />{' '}
            {t(`lms.select.standard.${s}`)}
          </label>
        ))}
      </fieldset>
      <p>
        <label>
          {t('lms.select.name')}{' '}
          <input
            type="text"
            value={name}
            maxLength={MAX_NAME}
            placeholder={t('lms.select.name.default')}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
        </label>
      </p>
      <p>
        <button type="submit" class="usm-button" disabled={status.kind === 'busy'}>
          {t('lms.select.download')}
        </button>
      </p>
      <div role="status" aria-live="polite" data-testid="lms-selection-status">
        {status.kind === 'busy' && <p>{t('lms.select.building')}</p>}
        {(status.kind === 'done' || status.kind === 'error') && (
          <p class={status.kind === 'error' ? 'is-wrong' : undefined}>{status.text}</p>
        )}
      </div>
    </form>
  );
}
