import type { APIRoute } from 'astro';
import { bankFile, bankTopics } from '../../../lib/export/bank-files.ts';

/** /export/qti12/<topic>.zip from the English bank (the Dutch twin: src/pages/nl/export/qti12/). */
export const getStaticPaths = bankTopics;

export const GET: APIRoute = ({ params }) => bankFile('qti12', 'en', String(params.topic));
