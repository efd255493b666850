import type { APIRoute } from 'astro';
import { bankFile, bankTopics } from '../../../lib/export/bank-files.ts';

/** /export/moodle/<topic>.xml from the English bank (the Dutch twin: src/pages/nl/export/moodle/). */
export const getStaticPaths = bankTopics;

export const GET: APIRoute = ({ params }) => bankFile('moodle', 'en', String(params.topic));
