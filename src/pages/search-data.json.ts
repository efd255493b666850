import type { APIRoute } from 'astro';
import { contentSearchDocs } from '../lib/content/search-docs.ts';

/**
 * The search documents that come from content data: glossary terms, scenarios and questions, read from
 * the same collections as their pages (src/lib/content/search-docs.ts; the Dutch ones at
 * /nl/search-data.json). After the build, src/integrations/search-index.mjs adds the lesson sections
 * (read from the built lesson pages), writes the index and deletes this file.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await contentSearchDocs('en')), { headers: { 'Content-Type': 'application/json' } });
