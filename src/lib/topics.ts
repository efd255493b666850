/**
 * A question topic's name in the page's language: the dictionary's `topics` area, whose five process topics
 * (agree, change, recover, operate, improve) en.ts and nl.ts take from the terminology table
 * (simulator/usm-labels.ts processName), never retyped. So an island needs only the `topics` area, not the
 * USM model, to name a topic. Build-time pages and plain helpers pass their `t`.
 */
import type { TopicId } from '#engine/model';
import type { T } from '../i18n/translate.ts';

export function topicTitle(id: TopicId, t: T): string {
  return t(`topic.${id}`);
}
