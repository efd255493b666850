/** Every lesson by its slug, with its title and address: for pages that link lessons (build time). */
import { getCollection } from 'astro:content';

export async function lessonLinks(): Promise<Record<string, { title: string; href: string }>> {
  const lessons = await getCollection('docs', (e) => e.id.startsWith('lessons/'));
  return Object.fromEntries(lessons.map((l) => [l.id.split('/').pop()!, { title: l.data.title, href: `/${l.id}/` }]));
}

/** Slug → address only, as the question islands take it. */
export async function lessonHrefs(): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(await lessonLinks()).map(([slug, l]) => [slug, l.href]));
}
