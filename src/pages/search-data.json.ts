import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { SearchDoc } from '../lib/search-codec.ts';

/**
 * The search documents that come from content data: glossary terms, scenarios and questions, read from
 * the same collections as their pages. After the build, src/integrations/search-index.mjs adds the
 * lesson sections (read from the built lesson pages), writes the index and deletes this file.
 */
export const GET: APIRoute = async () => {
  const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');
  const docs: SearchDoc[] = [
    ...(await getCollection('glossary')).map((g): SearchDoc => ({
      kind: 'term', title: g.data.term, head: g.data.term, keys: [g.data.abbreviation, g.data.dutch].filter((k): k is string => Boolean(k)), url: `/glossary/#${g.id}`, text: g.data.definition,
    })),
    ...(await getCollection('scenarios')).map((s): SearchDoc => ({
      kind: 'scenario', title: s.data.title, head: s.data.title, keys: [s.data.domain], url: `/simulator/${s.id}/`,
      text: joined(`${s.data.call.from} (${s.data.call.channel}): ${s.data.call.text}`, ...s.data.facts), workflow: s.data.expected.workflow,
    })),
    ...(await getCollection('questions')).map((q): SearchDoc => {
      const options = Array.isArray(q.data.options) ? q.data.options : [...q.data.options.left, ...q.data.options.right];
      return { kind: 'question', title: q.data.stem, head: '', keys: [], url: `/practice/?question=${q.id}`, text: joined(q.data.stem, ...options, q.data.explanation) };
    }),
  ];
  return new Response(JSON.stringify(docs), { headers: { 'Content-Type': 'application/json' } });
};
