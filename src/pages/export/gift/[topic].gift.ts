import type { APIRoute } from 'astro';
import { bankFile, bankTopics } from '../../../lib/export/bank-files.ts';

/** /export/gift/<topic>.gift from the English bank (the Dutch twin: src/pages/nl/export/gift/). */
export const getStaticPaths = bankTopics;

export const GET: APIRoute = ({ params }) => bankFile('gift', 'en', String(params.topic));
