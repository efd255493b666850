import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { TOPIC_IDS } from '#engine/model';
import { bankToMoodle } from '../../../lib/export/moodle.ts';

export const getStaticPaths: GetStaticPaths = () => ['all', ...TOPIC_IDS].map((topic) => ({ params: { topic } }));

export const GET: APIRoute = async ({ params }) => {
  const bank = (await getCollection('questions')).map((q) => q.data).sort((a, b) => a.id.localeCompare(b.id));
  const questions = params.topic === 'all' ? bank : bank.filter((q) => q.topic === params.topic);
  return new Response(bankToMoodle(questions, `USM Trainer/${params.topic}`), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
