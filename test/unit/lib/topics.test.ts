/** Topic names per language: English as the syllabus writes them, Dutch with the process topics from the table. */
import { expect, it } from 'vitest';
import { PROCESS_IDS, TOPICS, processNameNl } from '#engine/model';
import { tFor } from '../../../src/i18n/dictionaries.ts';
import { topicTitle } from '../../../src/lib/topics.ts';

it('names every topic in English as simulator/syllabus.ts does', () => {
  expect(TOPICS.map((tp) => topicTitle(tp.id, tFor('en')))).toEqual(TOPICS.map((tp) => tp.title));
});

it('names the process topics in Dutch by the terminology table, the others by the Dutch dictionary', () => {
  const t = tFor('nl');
  for (const id of PROCESS_IDS) expect(topicTitle(id, t)).toBe(processNameNl(id));
  const others = TOPICS.filter((tp) => !(PROCESS_IDS as readonly string[]).includes(tp.id));
  for (const tp of others) expect(topicTitle(tp.id, t)).toBe(t(`topic.${tp.id}` as 'topic.calls'));
  expect(topicTitle('services-value', t)).toBe('Services en waarde');
});
