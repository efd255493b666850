/**
 * The site's languages, once: English at the site root, Dutch under /nl/. Ids (lessons, scenarios,
 * questions, glossary terms, record keys, workshop codes) are the same in every language; only texts
 * differ. `COMPLETE` says which translations are declared finished: for a complete language a missing
 * item fails the build; until then it is a build warning and the page shows the English text, marked
 * `lang="en"`, with a "not yet translated" note. Read by astro.config.mjs, the content loaders, the parity
 * check and the pages (pure: no Astro imports).
 */
import { DEFAULT_LANG, LANGS, langOf, type Lang } from '../i18n/keys.ts';

export { DEFAULT_LANG, LANGS, type Lang };

/** Dutch is being translated in stages (lessons first): flip to true when every item is in. */
export const COMPLETE: Readonly<Record<Lang, boolean>> = { en: true, nl: true };

/** Starlight's locales: English is the root locale (no prefix), Dutch is served under /nl/. */
export const STARLIGHT_LOCALES = {
  root: { label: 'English', lang: 'en' },
  nl: { label: 'Nederlands', lang: 'nl' },
} as const;

export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** The language of a site path: "/nl/…" is Dutch, everything else English (the dictionaries' `langOf`). */
export const langOfPath = (pathname: string): Lang => langOf(pathname);

/** A site path ("/practice/") in a language ("/nl/practice/"); a path already in a language is moved. */
export function localePath(lang: Lang, path: string): string {
  const bare = path.replace(/^\/nl(?=\/|$)/, '') || '/';
  if (!bare.startsWith('/')) throw new Error(`localePath needs a site path starting with "/", not "${path}"`);
  return lang === DEFAULT_LANG ? bare : `/${lang}${bare}`;
}

/** The kinds of content that exist in every language. */
export const CONTENT_KINDS = ['lessons', 'scenarios', 'quizzes', 'glossary', 'maturity', 'shifts'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** English question banks predate content/ and stay in quizzes/; every Dutch kind is in content/nl/<kind>. */
const EN_DIRS: Readonly<Record<ContentKind, string>> = {
  lessons: './content/lessons',
  scenarios: './content/scenarios',
  quizzes: './quizzes',
  glossary: './content/glossary',
  maturity: './content/maturity',
  shifts: './content/shifts',
};

/** The content folder of a kind in a language (relative to the project root). */
export function contentDir(lang: Lang, kind: ContentKind): string {
  return lang === DEFAULT_LANG ? EN_DIRS[kind] : `./content/${lang}/${kind}`;
}

/** The `[...locale]` route parameter of a language: undefined for the root (English). */
export const localeParam = (lang: Lang): string | undefined => (lang === DEFAULT_LANG ? undefined : lang);
