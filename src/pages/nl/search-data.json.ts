import type { APIRoute } from 'astro';
import { contentSearchDocs } from '../../lib/content/search-docs.ts';

/** The Dutch search documents from content data (see ../search-data.json.ts); made into /nl/search-index.json. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await contentSearchDocs('nl')), { headers: { 'Content-Type': 'application/json' } });
