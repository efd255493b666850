/**
 * The search documents that come from content data, in one language: glossary terms, scenarios and
 * questions, with links to that language's pages. The translation where there is one, else the English
 * item (so every item is findable in both languages). Lesson sections are added after the build from the
 * built lesson pages of the same language (src/integrations/search-index.mjs).
 */
import type { SearchDoc } from '../search-codec.ts';
import { localePath, type Lang } from '../languages.ts';
import { localizedCollection } from './localized.ts';

export async function contentSearchDocs(lang: Lang): Promise<SearchDoc[]> {
  const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');
  const href = (path: string) => localePath(lang, path);
  return [
    ...(await localizedCollection('glossary', lang)).map(({ id, data: g }): SearchDoc => ({
      kind: 'term', title: g.term, head: g.term, keys: [g.abbreviation, g.dutch].filter((k): k is string => Boolean(k)), url: `${href('/glossary/')}#${id}`, text: g.definition,
    })),
    ...(await localizedCollection('scenarios', lang)).map(({ id, data: s }): SearchDoc => ({
      kind: 'scenario', title: s.title, head: s.title, keys: [s.domain], url: href(`/simulator/${id}/`),
      text: joined(`${s.call.from} (${s.call.channel}): ${s.call.text}`, ...s.facts), workflow: s.expected.workflow,
    })),
    ...(await localizedCollection('questions', lang)).map(({ id, data: q }): SearchDoc => {
      const options = Array.isArray(q.options) ? q.options : [...q.options.left, ...q.options.right];
      return { kind: 'question', title: q.stem, head: '', keys: [], url: `${href('/practice/')}?question=${id}`, text: joined(q.stem, ...options, q.explanation) };
    }),
  ];
}
