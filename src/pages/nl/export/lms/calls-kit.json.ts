import type { APIRoute } from 'astro';
import { callsKitResponse } from '../../../../lms/build/routes.ts';

/** What /nl/export/ needs to build a Dutch package of any selection of calls in the browser (fetched on use only). */
export const GET: APIRoute = () => callsKitResponse('nl');
