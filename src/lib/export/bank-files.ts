/**
 * The question-bank files as build-time endpoints, one set per language: /export/<format>/<topic>.<ext>
 * from the English bank and /nl/export/<format>/<topic>.<ext> from the Dutch one. Each route file under
 * src/pages/ names its format and language and hands over to `bankFile`, so the four exporters stay one
 * per format, parameterised by the locale.
 */
import type { GetStaticPaths } from 'astro';
import { TOPIC_IDS } from '#engine/model';
import type { Question } from '#engine/model';
import { tFor } from '../../i18n/dictionaries.ts';
import type { Lang } from '../../i18n/keys.ts';
import { localizedData } from '../content/localized.ts';
import { bankToGift } from './gift.ts';
import type { ExportLocale } from './locale.ts';
import { bankToMoodle } from './moodle.ts';
import { bankToQtiPackage } from './qti.ts';
import { bankToQti12Package } from './qti12.ts';

/** Each format: its content type and how a topic's questions become the file's body. */
const FORMATS = {
  gift: { type: 'text/plain; charset=utf-8', body: bankToGift },
  moodle: { type: 'application/xml; charset=utf-8', body: bankToMoodle },
  qti: { type: 'application/zip', body: bankToQtiPackage },
  qti12: { type: 'application/zip', body: bankToQti12Package },
} satisfies Record<
  string,
  { type: string; body: (questions: readonly Question[], topic: string, locale: ExportLocale) => string | Uint8Array }
>;
export type BankFormat = keyof typeof FORMATS;

/** One file per topic and one for the whole bank ("all"). */
export const bankTopics: GetStaticPaths = () => ['all', ...TOPIC_IDS].map((topic) => ({ params: { topic } }));

/** The bank in a language, sorted by id (the order every file lists its items in). */
export async function bankIn(lang: Lang): Promise<Question[]> {
  return (await localizedData('questions', lang)).sort((a, b) => a.id.localeCompare(b.id));
}

/** The response for one format, language and topic. */
export async function bankFile(format: BankFormat, lang: Lang, topic: string): Promise<Response> {
  const bank = await bankIn(lang);
  const questions = topic === 'all' ? bank : bank.filter((q) => q.topic === topic);
  const { type, body } = FORMATS[format];
  const out = body(questions, topic, { lang, t: tFor(lang) });
  return new Response(typeof out === 'string' ? out : (out.buffer as ArrayBuffer), {
    headers: { 'Content-Type': type },
  });
}
