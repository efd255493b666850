import type { APIRoute } from 'astro';
import { bankFile, bankTopics } from '../../../../lib/export/bank-files.ts';

/** /nl/export/qti12/<topic>.zip: the same file from the Dutch bank (content/nl/quizzes). */
export const getStaticPaths = bankTopics;

export const GET: APIRoute = ({ params }) => bankFile('qti12', 'nl', String(params.topic));
