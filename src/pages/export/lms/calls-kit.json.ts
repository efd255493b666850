import type { APIRoute } from 'astro';
import { callsKitResponse } from '../../../lms/build/routes.ts';

/** What /export/ needs to build a package of any selection of calls in the browser (fetched on use only). */
export const GET: APIRoute = () => callsKitResponse('en');
