import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { SingleQuestion } from '../../../lib/exam.ts';
import { scenarioList } from '../../../lib/content/scenario-list.ts';
import { STANDARDS, buildPackage, fileName, type PackageSpec } from '../../../lms/build/package.ts';
import { callSets } from '../../../lms/build/sets.ts';

/** Every LMS package: the mock exam and each call set, in each standard. */
export const getStaticPaths: GetStaticPaths = async () => {
  const questions = (await getCollection('questions'))
    .map((q) => q.data)
    .filter((q): q is SingleQuestion => q.type === 'single')
    .sort((a, b) => a.id.localeCompare(b.id));
  const sets = callSets(await scenarioList());
  const specs: PackageSpec[] = STANDARDS.flatMap((standard) => [
    { kind: 'exam' as const, standard, questions },
    ...sets.map((set) => ({
      kind: 'calls' as const,
      standard,
      set: { id: set.id, title: set.title },
      scenarios: set.scenarios,
    })),
  ]);
  return specs.map((spec) => ({ params: { name: fileName(spec).replace(/\.zip$/, '') }, props: { spec } }));
};

export const GET: APIRoute = async ({ props }) => {
  const built = await buildPackage((props as { spec: PackageSpec }).spec);
  return new Response(built.zip.buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/zip' } });
};
