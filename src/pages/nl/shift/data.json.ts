import type { APIRoute } from 'astro';
import { shiftFloorData } from '../../../lib/content/shift-data.ts';

/** The Dutch Shift's floor data (see ../../shift/data.json.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await shiftFloorData('nl')), { headers: { 'Content-Type': 'application/json' } });
