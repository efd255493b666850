/**
 * The scenario pages of a language (getStaticPaths of /simulator/<id>/ and /nl/simulator/<id>/): each
 * scenario in that language (the English one standing in, marked, while untranslated), the lessons it
 * links in that language, and the next scenario's address. Same ids and order in every language.
 */
import type { Scenario } from '#engine/model';
import { localePath, type Lang } from '../languages.ts';
import { localizedCollection, localizedLessonLinks } from './localized.ts';

export interface ScenarioPageProps {
  scenario: Scenario;
  lessons: { slug: string; title: string; href: string }[];
  nextHref: string;
  /** False while the scenario is shown in English on a page of another language. */
  translated: boolean;
}

export async function scenarioPaths(lang: Lang): Promise<{ params: { id: string }; props: ScenarioPageProps }[]> {
  const all = (await localizedCollection('scenarios', lang)).map((s) => {
    const { file: _file, ...data } = s.data;
    return { scenario: data as Scenario, translated: s.translated };
  });
  // Ordered by workflow, then id: the same order in every language (titles differ).
  all.sort((a, b) => a.scenario.expected.workflow - b.scenario.expected.workflow || a.scenario.id.localeCompare(b.scenario.id));
  const lessonBySlug = new Map(Object.entries(await localizedLessonLinks(lang)));
  return all.map(({ scenario, translated }, i) => ({
    params: { id: scenario.id },
    props: {
      scenario,
      translated,
      lessons: scenario.lessons.flatMap((slug) => (lessonBySlug.has(slug) ? [{ slug, title: lessonBySlug.get(slug)!.title, href: lessonBySlug.get(slug)!.href }] : [])),
      nextHref: localePath(lang, `/simulator/${all[(i + 1) % all.length]!.scenario.id}/`),
    },
  }));
}
