/**
 * /export/: a builder pack (its link or its .pack.yaml file) as a source of custom calls for the selection
 * package. The builder's reader (src/lms/selection/pack.ts → #engine/author) loads only when a pack is
 * loaded; a bad pack shows the reader's message and changes nothing else in the form.
 */
import { useState } from 'preact/hooks';
import type { LoadedPack, PackSource } from '../../lms/selection/pack.ts';

type Tr = (key: string, vars?: Record<string, string | number>) => string;

interface Props {
  t: Tr;
  pack: LoadedPack | null;
  onPack: (pack: LoadedPack | null) => void;
}

export default function LmsPackSource({ t, pack, onPack }: Props) {
  const [link, setLink] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = async (src: PackSource) => {
    setMessage({ ok: true, text: t('lms.select.pack.reading') });
    const { readPack } = await import('../../lms/selection/pack.ts');
    const r = await readPack(src, t as never);
    if (!r.ok) return setMessage({ ok: false, text: `${r.message} ${t('lms.select.pack.kept')}` });
    onPack(r.pack);
    setMessage(null);
  };
  return (
    <fieldset class="lms-selection-pack">
      <legend>{t('lms.select.pack')}</legend>
      <p>{t('lms.select.pack.help')}</p>
      <p>
        <label for="lms-pack-link">{t('lms.select.pack.link')}</label>
        <br />
        <input
          id="lms-pack-link"
          type="text"
          size={40}
          value={link}
          onInput={(e) => setLink((e.target as HTMLInputElement).value)}
        />{' '}
        <button type="button" class="usm-button secondary" onClick={() => void load({ kind: 'link', link })}>
          {t('lms.select.pack.load')}
        </button>
      </p>
      <p>
        <label for="lms-pack-file">{t('lms.select.pack.file')}</label>{' '}
        <input
          id="lms-pack-file"
          type="file"
          accept=".yaml,.yml,text/yaml,application/yaml"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const f = input.files?.[0];
            if (f) void load({ kind: 'file', name: f.name, size: f.size, text: () => f.text() });
            input.value = '';
          }}
        />
      </p>
      <div role="status" aria-live="polite" data-testid="lms-pack-status">
        {message && <p class={message.ok ? undefined : 'is-wrong'}>{message.text}</p>}
        {!message && pack && (
          <p>
            {t('lms.select.pack.loaded', {
              title: pack.title ?? t('lms.select.pack.untitled'),
              n: pack.scenarios.length,
              ids: pack.scenarios.map((s) => s.id).join(', '),
            })}{' '}
            <button type="button" class="usm-button secondary" onClick={() => onPack(null)}>
              {t('lms.select.pack.remove')}
            </button>
          </p>
        )}
      </div>
    </fieldset>
  );
}
