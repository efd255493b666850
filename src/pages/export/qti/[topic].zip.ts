import type { APIRoute } from 'astro';
import { bankFile, bankTopics } from '../../../lib/export/bank-files.ts';

/** /export/qti/<topic>.zip from the English bank (the Dutch twin: src/pages/nl/export/qti/). */
export const getStaticPaths = bankTopics;

export const GET: APIRoute = ({ params }) => bankFile('qti', 'en', String(params.topic));
