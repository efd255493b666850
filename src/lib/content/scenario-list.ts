/** The scenario library as plain data for pages and islands (build time), in a language, sorted by workflow then title. */
import type { Scenario } from '#engine/model';
import { DEFAULT_LANG, type Lang } from '../languages.ts';
import { localizedCollection } from './localized.ts';

export async function scenarioList(lang: Lang = DEFAULT_LANG): Promise<Scenario[]> {
  return (await localizedCollection('scenarios', lang))
    .map((s) => {
      const { file: _file, ...data } = s.data;
      return data as Scenario;
    })
    .sort((a, b) => a.expected.workflow - b.expected.workflow || a.title.localeCompare(b.title, lang));
}
