/** Every lesson by its slug, with its title and address in a language: for pages that link lessons (build time). */
import { DEFAULT_LANG, type Lang } from '../languages.ts';
import { localizedLessonLinks } from './localized.ts';

export async function lessonLinks(lang: Lang = DEFAULT_LANG): Promise<Record<string, { title: string; href: string }>> {
  return Object.fromEntries(Object.entries(await localizedLessonLinks(lang)).map(([slug, l]) => [slug, { title: l.title, href: l.href }]));
}

/** Slug → address only, as the question islands take it. */
export async function lessonHrefs(lang: Lang = DEFAULT_LANG): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(await lessonLinks(lang)).map(([slug, l]) => [slug, l.href]));
}
