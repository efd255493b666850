/** Share by link: the draft (and its author, if given) compressed into a link's fragment; nothing is sent anywhere. */
import { useState } from 'preact/hooks';
import { NAME_MAX } from '#engine/model';
import { MAX_LINK_CHARS, shareFragment } from '#engine/author';
import { useLang, useT } from '../../i18n/context.tsx';
import type { Lang } from '../../i18n/keys.ts';
import { localePath } from '../../lib/languages.ts';
import CopyButton from '../CopyButton.tsx';

/** The play page's address for a share fragment, in the page's language (the fragment itself is language-free). */
export const playUrl = (fragment: string, lang: Lang) =>
  `${location.origin}${localePath(lang, '/simulator/builder/play/')}#${fragment}`;

export default function SharePanel({ yaml, valid }: { yaml: string; valid: boolean }) {
  const t = useT();
  const lang = useLang();
  const [author, setAuthor] = useState('');
  const [link, setLink] = useState('');
  const [error, setError] = useState('');
  const make = async () => {
    const fragment = await shareFragment({ author: author.trim() || undefined, calls: [yaml] });
    if (fragment.length - 2 > MAX_LINK_CHARS) {
      setLink('');
      return setError(t('builder.share.linkTooLong', { max: MAX_LINK_CHARS }));
    }
    setError('');
    setLink(playUrl(fragment, lang));
  };
  return (
    <section class="builder-share" aria-labelledby="builder-share-title">
      <h2 id="builder-share-title">{t('builder.share')}</h2>
      <p>{t('builder.share.help')}</p>
      <p>
        <label for="builder-author">{t('builder.author')}</label>
        <br />
        <input
          id="builder-author"
          type="text"
          maxLength={NAME_MAX}
          value={author}
          onInput={(e) => {
            setAuthor((e.target as HTMLInputElement).value);
            setLink('');
          }}
        />
      </p>
      <p>
        <button type="button" class="usm-button" disabled={!valid} onClick={() => void make()}>
          {t('builder.share.make')}
        </button>
      </p>
      {!valid && <p class="builder-hint">{t('builder.share.invalid')}</p>}
      <div role="status" aria-live="polite">
        {error && <p class="question-feedback is-wrong">{error}</p>}
      </div>
      {link && (
        <>
          <p>
            <label for="builder-link">{t('builder.share.link')}</label>
            <br />
            <input
              id="builder-link"
              type="text"
              readOnly
              value={link}
              class="builder-link-text"
              data-testid="share-link"
            />
          </p>
          <p>
            <CopyButton
              text={link}
              label={t('builder.share.copy')}
              done={t('builder.copied')}
              failed={t('builder.copyFailed')}
              selectId="builder-link"
            />{' '}
            <a href={link}>{t('builder.share.open')}</a>
          </p>
        </>
      )}
    </section>
  );
}
