/**
 * Coach mode: load a pack of custom calls (by its link or its file) to use in a workshop, alone or mixed
 * with library calls. The builder's reader and checker load only when a pack is loaded.
 */
import { useState } from 'preact/hooks';
import type { SharedCall } from '#engine/author';
import type { PackSource } from '../builder/read-pack.ts';
import { useLang, useT } from '../../i18n/context.tsx';
import { localePath } from '../../lib/languages.ts';

export default function PackLoader({
  library,
  onLoad,
}: {
  library: readonly string[];
  onLoad: (calls: SharedCall[], title: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [link, setLink] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const done = (all: SharedCall[], title?: string, author?: string) => {
    // A custom call with a library call's id is left out: the room could not tell the two apart.
    const calls = all.filter((c) => !library.includes(c.scenario.id));
    const clash = all.filter((c) => library.includes(c.scenario.id)).map((c) => c.scenario.id);
    onLoad(calls, title ?? '');
    setMessage({
      ok: clash.length === 0,
      text:
        t('builder.coach.loaded', {
          n: calls.length,
          title: title ?? t('builder.coach.untitled'),
          author: author ? t('builder.coach.by', { author }) : '',
        }) + (clash.length ? ` ${t('builder.coach.clash', { ids: clash.join(', ') })}` : ''),
    });
  };
  // The builder's pack reader (and its checker) loads only when a pack is given.
  const read = async (src: PackSource) => {
    const { readPackSource } = await import('../builder/read-pack.ts');
    const r = await readPackSource(src, t);
    if (r.ok) done(r.value.calls, r.value.title, r.value.author);
    else setMessage({ ok: false, text: r.message });
  };
  const fromLink = () => read({ kind: 'link', link });
  const fromFile = (file: File) => read({ kind: 'file', name: file.name, size: file.size, text: () => file.text() });
  return (
    <fieldset class="coach-pack">
      <legend>{t('builder.coach.pack')}</legend>
      <p>
        {t('builder.coach.help')} <a href={localePath(lang, '/simulator/builder/')}>{t('builder.title')}</a>
      </p>
      <p>
        <label for="coach-pack-link">{t('builder.pack.linkLabel')}</label>
        <br />
        <input
          id="coach-pack-link"
          type="text"
          size={48}
          value={link}
          onInput={(e) => setLink((e.target as HTMLInputElement).value)}
        />{' '}
        <button type="button" class="usm-button secondary" onClick={() => void fromLink()}>
          {t('builder.coach.load')}
        </button>
      </p>
      <p>
        <label for="coach-pack-file">{t('builder.coach.file')}</label>{' '}
        <input
          id="coach-pack-file"
          type="file"
          accept=".yaml,.yml,text/yaml,application/yaml"
          onChange={(e) => {
            const f = (e.target as HTMLInputElement).files?.[0];
            if (f) void fromFile(f);
          }}
        />
      </p>
      <div role="status" aria-live="polite" data-testid="coach-pack-status">
        {message && <p class={`question-feedback ${message.ok ? 'is-right' : 'is-wrong'}`}>{message.text}</p>}
      </div>
    </fieldset>
  );
}
