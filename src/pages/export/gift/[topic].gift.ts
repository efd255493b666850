import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { TOPIC_IDS } from '#engine/model';
import { bankToGift } from '../../../lib/export/gift.ts';

export const getStaticPaths: GetStaticPaths = () => ['all', ...TOPIC_IDS].map((topic) => ({ params: { topic } }));

export const GET: APIRoute = async ({ params }) => {
  const bank = (await getCollection('questions')).map((q) => q.data).sort((a, b) => a.id.localeCompare(b.id));
  const questions = params.topic === 'all' ? bank : bank.filter((q) => q.topic === params.topic);
  return new Response(bankToGift(questions, `USM Trainer/${params.topic}`), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
