/**
 * A collection's items in one language: the translated item where there is one, else the English item,
 * marked so the page can say "not yet translated" and set `lang="en"` on it. Pure (the Astro part is
 * localized.ts), in English order; ids are the same in both languages, so records and codes made in one
 * language work in the other.
 */
import { DEFAULT_LANG, type Lang } from '../languages.ts';

export interface Localized<T> {
  id: string;
  data: T;
  /** The language the texts are in: the page's language, or English while the item is untranslated. */
  lang: Lang;
  /** False when the page's language has no translation yet and the English item stands in. */
  translated: boolean;
}

export function mergeLocalized<T>(
  english: readonly { id: string; data: T }[],
  translations: readonly { id: string; data: T }[],
  lang: Lang,
): Localized<T>[] {
  if (lang === DEFAULT_LANG) return english.map((e) => ({ id: e.id, data: e.data, lang, translated: true }));
  const byId = new Map(translations.map((t) => [t.id, t.data]));
  return english.map((e) =>
    byId.has(e.id)
      ? { id: e.id, data: byId.get(e.id)!, lang, translated: true }
      : { id: e.id, data: e.data, lang: DEFAULT_LANG, translated: false },
  );
}

/** How many items a language has translated, for notes such as "12 of 56 scenarios are in Dutch". */
export function translatedCount(items: readonly Localized<unknown>[]): { translated: number; total: number } {
  return { translated: items.filter((i) => i.translated).length, total: items.length };
}
