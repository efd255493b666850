import type { APIRoute } from 'astro';
import { bankFile, bankTopics } from '../../../../lib/export/bank-files.ts';

/** /nl/export/qti/<topic>.zip: the same file from the Dutch bank (content/nl/quizzes). */
export const getStaticPaths = bankTopics;

export const GET: APIRoute = ({ params }) => bankFile('qti', 'nl', String(params.topic));
