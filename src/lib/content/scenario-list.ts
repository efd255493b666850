/** The scenario library as plain data for pages and islands (build time), sorted by workflow then title. */
import { getCollection } from 'astro:content';
import type { Scenario } from '#engine/model';

export async function scenarioList(): Promise<Scenario[]> {
  return (await getCollection('scenarios'))
    .map((s) => {
      const { file: _file, ...data } = s.data;
      return data as Scenario;
    })
    .sort((a, b) => a.expected.workflow - b.expected.workflow || a.title.localeCompare(b.title));
}
