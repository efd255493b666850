/**
 * The one place pages ask for content in a language (build time): scenarios, questions, glossary terms,
 * maturity questionnaires, shifts and lessons. English comes from the English collections; Dutch from the
 * `nl…` collections, with the English item standing in (marked untranslated) where no translation exists
 * yet. See src/lib/content/merge-localized.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, localePath, type Lang } from '../languages.ts';
import { mergeLocalized, type Localized } from './merge-localized.ts';

export type { Localized } from './merge-localized.ts';

/** English collection → its Dutch mirror. */
const MIRROR = {
  scenarios: 'nlScenarios',
  questions: 'nlQuestions',
  glossary: 'nlGlossary',
  maturity: 'nlMaturity',
  shifts: 'nlShifts',
} as const;
export type LocalizedKind = keyof typeof MIRROR;

export async function localizedCollection<K extends LocalizedKind>(kind: K, lang: Lang): Promise<Localized<CollectionEntry<K>['data']>[]> {
  const english = (await getCollection(kind)) as { id: string; data: CollectionEntry<K>['data'] }[];
  const translations = lang === DEFAULT_LANG ? [] : ((await getCollection(MIRROR[kind])) as unknown as { id: string; data: CollectionEntry<K>['data'] }[]);
  return mergeLocalized(english, translations, lang);
}

/** Every lesson by slug in a language: its title (Dutch where translated) and its address in that language. */
export async function localizedLessonLinks(lang: Lang): Promise<Record<string, { title: string; href: string; translated: boolean }>> {
  const all = await getCollection('docs', (e) => e.id.startsWith('lessons/') || e.id.startsWith('nl/lessons/'));
  const english = all.filter((e) => e.id.startsWith('lessons/')).map((e) => ({ id: e.id.slice('lessons/'.length), data: e.data }));
  const dutch = all.filter((e) => e.id.startsWith('nl/lessons/')).map((e) => ({ id: e.id.slice('nl/lessons/'.length), data: e.data }));
  return Object.fromEntries(
    mergeLocalized(english, dutch, lang).map((l) => [
      l.id.split('/').pop()!,
      { title: l.data.title, href: localePath(lang, `/lessons/${l.id}/`), translated: l.translated },
    ]),
  );
}

/** A collection's data in a language, in the English collection's order (what most pages pass to islands). */
export async function localizedData<K extends LocalizedKind>(kind: K, lang: Lang): Promise<CollectionEntry<K>['data'][]> {
  return (await localizedCollection(kind, lang)).map((item) => item.data);
}
