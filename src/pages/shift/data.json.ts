import type { APIRoute } from 'astro';
import { shiftFloorData } from '../../lib/content/shift-data.ts';

/** What the Shift's floor loads when a shift starts (src/lib/content/shift-data.ts); the Dutch one is /nl/shift/data.json. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await shiftFloorData('en')), { headers: { 'Content-Type': 'application/json' } });
