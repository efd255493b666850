/** Packs: several valid drafts as one YAML file and one link (for a workshop in coach mode, or to share). */
import { useMemo, useState } from 'preact/hooks';
import {
  checkDraftText,
  MAX_LINK_CHARS,
  MAX_PACK_CALLS,
  PACK_TITLE_MAX,
  packToYaml,
  shareFragment,
} from '#engine/author';
import { NAME_MAX } from '#engine/model';
import { useLang, useT } from '../../i18n/context.tsx';
import { download } from '../../lib/download.ts';
import { localePath } from '../../lib/languages.ts';
import CopyButton from '../CopyButton.tsx';
import type { DraftEntry } from './drafts.ts';
import { playUrl } from './SharePanel.tsx';

export default function PackPanel({ drafts, lessons }: { drafts: DraftEntry[]; lessons: ReadonlySet<string> }) {
  const t = useT();
  const lang = useLang();
  const valid = useMemo(
    () =>
      drafts.flatMap((d) => {
        const c = checkDraftText(d.yaml, lessons);
        return c.scenario ? [{ key: d.key, yaml: d.yaml, id: c.scenario.id, title: c.scenario.title }] : [];
      }),
    [drafts, lessons],
  );
  const [picked, setPicked] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [author, setAuthor] = useState('');
  const [link, setLink] = useState('');
  const [error, setError] = useState('');
  const chosen = valid.filter((v) => picked.includes(v.key));
  const pack = () => ({
    title: title.trim() || undefined,
    author: author.trim() || undefined,
    calls: chosen.map((c) => c.yaml),
  });
  const problem = () => {
    if (chosen.length === 0) return t('builder.pack.none');
    if (chosen.length > MAX_PACK_CALLS)
      return t('builder.share.tooMany', { count: chosen.length, max: MAX_PACK_CALLS });
    const ids = chosen.map((c) => c.id);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    return twice ? t('builder.pack.twice', { id: twice }) : '';
  };
  const makeLink = async () => {
    const p = problem();
    if (p) {
      setLink('');
      return setError(p);
    }
    const fragment = await shareFragment(pack());
    if (fragment.length - 2 > MAX_LINK_CHARS) {
      setLink('');
      return setError(t('builder.share.linkTooLong', { max: MAX_LINK_CHARS }));
    }
    setError('');
    setLink(playUrl(fragment, lang));
  };
  const save = () => {
    const p = problem();
    if (p) return setError(p);
    setError('');
    download(
      `${(
        title
          .trim()
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'usm-pack'
      ).slice(0, 60)}.pack.yaml`,
      packToYaml(pack()),
      'application/yaml',
    );
  };
  return (
    <section class="builder-pack" aria-labelledby="builder-pack-title">
      <h2 id="builder-pack-title">{t('builder.pack')}</h2>
      <p>{t('builder.pack.help', { max: MAX_PACK_CALLS })}</p>
      {valid.length === 0 ? (
        <p>{t('builder.pack.noValid')}</p>
      ) : (
        <fieldset>
          <legend>{t('builder.pack.pick')}</legend>
          {valid.map((v) => (
            <label key={v.key} class="question-option">
              <input
                type="checkbox"
                checked={picked.includes(v.key)}
                onChange={() => {
                  setLink('');
                  setPicked(picked.includes(v.key) ? picked.filter((k) => k !== v.key) : [...picked, v.key]);
                }}
              />{' '}
              {v.title} <small>({v.id})</small>
            </label>
          ))}
        </fieldset>
      )}
      <p>
        <label for="builder-pack-title-input">{t('builder.pack.title')}</label>
        <br />
        <input
          id="builder-pack-title-input"
          type="text"
          maxLength={PACK_TITLE_MAX}
          value={title}
          onInput={(e) => {
            setTitle((e.target as HTMLInputElement).value);
            setLink('');
          }}
        />
      </p>
      <p>
        <label for="builder-pack-author">{t('builder.author')}</label>
        <br />
        <input
          id="builder-pack-author"
          type="text"
          maxLength={NAME_MAX}
          value={author}
          onInput={(e) => {
            setAuthor((e.target as HTMLInputElement).value);
            setLink('');
          }}
        />
      </p>
      <p class="sim-actions">
        <button type="button" class="usm-button" onClick={() => void makeLink()}>
          {t('builder.pack.link')}
        </button>
        <button type="button" class="usm-button secondary" onClick={save}>
          {t('builder.pack.download')}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {error && <p class="question-feedback is-wrong">{error}</p>}
      </div>
      {link && (
        <>
          <p>
            <label for="builder-pack-link">{t('builder.pack.linkLabel')}</label>
            <br />
            <input
              id="builder-pack-link"
              type="text"
              readOnly
              value={link}
              class="builder-link-text"
              data-testid="pack-link"
            />
          </p>
          <p>
            <CopyButton
              text={link}
              label={t('builder.share.copy')}
              done={t('builder.copied')}
              failed={t('builder.copyFailed')}
              selectId="builder-pack-link"
            />{' '}
            <a href={link}>{t('builder.share.open')}</a> ·{' '}
            <a href={localePath(lang, '/coach/')}>{t('builder.pack.coach')}</a>
          </p>
        </>
      )}
    </section>
  );
}
