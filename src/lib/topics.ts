/**
 * A question topic's name in a language. The five process topics (agree, change, recover, operate,
 * improve) carry the process's name from the terminology table (simulator/usm-labels.ts), never retyped;
 * the others come from the dictionary's `topics` area. Build-time pages and plain helpers pass their `t`.
 */
import { PROCESSES, processName, type ProcessId, type TopicId } from '#engine/model';
import type { Lang } from '../i18n/keys.ts';
import type { T } from '../i18n/translate.ts';

const isProcess = (id: string): id is ProcessId => Object.hasOwn(PROCESSES, id);

export function topicTitle(id: TopicId, lang: Lang, t: T): string {
  return isProcess(id) ? processName(id, lang) : t(`topic.${id}`);
}
