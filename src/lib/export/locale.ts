/**
 * The language a question-bank file is written in: the bank's texts come in that language already
 * (src/lib/content/localized.ts); this says which language to declare and gives the few sentences the
 * files carry themselves (the dictionary's `export.file.*` keys). One exporter per format takes it, so
 * the Dutch files are the English ones with the Dutch texts, item for item.
 */
import { DEFAULT_LANG, type Lang } from '../../i18n/keys.ts';
import type { T } from '../../i18n/translate.ts';

export interface ExportLocale {
  readonly lang: Lang;
  /** A translator over that language's dictionary (`tFor(lang)` at build time). */
  readonly t: T;
}

/**
 * The name a package, an assessment or a category takes for a topic: the topic id in English (as the files
 * have always been named), prefixed by the language otherwise ("nl-all"), so a platform holding both
 * languages never takes one package for the other. Item ids stay the same in every language.
 */
export const bankName = (locale: ExportLocale, topic: string): string =>
  locale.lang === DEFAULT_LANG ? topic : `${locale.lang}-${topic}`;

/**
 * An ` xml:lang="…"` attribute declaring the language, for the formats that have one (QTI 2.1 and 1.2).
 * Empty for English: the English files are relied on byte for byte by outside checks, and XML without
 * a declared language is read as the platform's default.
 */
export const xmlLangAttr = (locale: ExportLocale): string =>
  locale.lang === DEFAULT_LANG ? '' : ` xml:lang="${locale.lang}"`;
