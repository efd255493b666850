import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { WORKFLOWS } from '../../simulator/usm.ts';
import { lessonSections, type SearchEntry } from '../lib/search-index.ts';

/** Built once, fetched only when the search palette first opens. */
export const GET: APIRoute = async () => {
  const lessons = await getCollection('docs', (e) => e.id.startsWith('lessons/'));
  const entries: SearchEntry[] = [
    ...lessons.flatMap((l) => lessonSections({ url: `/${l.id}/`, title: l.data.title, body: l.body ?? '' })),
    ...(await getCollection('glossary')).map((g) => ({
      kind: 'term' as const, title: g.data.term, text: g.data.definition, keys: [g.data.abbreviation, g.data.dutch].filter(Boolean).join(' '), url: `/glossary/#${g.id}`,
    })),
    ...(await getCollection('scenarios')).map((s) => ({
      kind: 'scenario' as const, title: s.data.title, text: s.data.call.text.slice(0, 80), keys: `${s.data.domain} workflow ${s.data.expected.workflow} ${WORKFLOWS[s.data.expected.workflow - 1]!.name}`, url: `/simulator/${s.id}/`,
    })),
    ...(await getCollection('questions')).map((q) => ({ kind: 'question' as const, title: q.data.stem.length > 100 ? `${q.data.stem.slice(0, 99)}…` : q.data.stem, text: '', keys: q.data.topic, url: `/practice/?question=${q.id}` })),
  ];
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
