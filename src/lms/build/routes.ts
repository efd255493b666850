/**
 * The LMS files as build-time endpoints, one set per language: /export/lms/<name>.zip and calls-kit.json from
 * the English content, /nl/export/lms/… from the Dutch content (src/lib/content/localized.ts), with the player
 * in that language. The route files under src/pages/ only name the language.
 */
import type { GetStaticPaths } from 'astro';
import type { Scenario } from '#engine/model';
import type { SingleQuestion } from '../../lib/exam.ts';
import { bankIn } from '../../lib/export/bank-files.ts';
import { scenarioList } from '../../lib/content/scenario-list.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/keys.ts';
import type { CallsKit } from '../selection/build.ts';
import { lmsT } from '../strings.ts';
import { trimScenario } from './assemble.ts';
import { STANDARDS, buildPackage, fileName, playerAssets, type PackageSpec } from './package.ts';
import { callSets, libraryIn, type CallSet } from './sets.ts';

/** The calls a language's packages carry: the English library's calls and order, in that language. */
export async function packageLibrary(lang: Lang): Promise<Scenario[]> {
  const english = await scenarioList();
  return lang === DEFAULT_LANG ? english : libraryIn(english, await scenarioList(lang));
}

/** The call sets packaged at build time in a language (titles in that language). */
export async function packageSets(lang: Lang): Promise<CallSet[]> {
  return callSets(await packageLibrary(lang), lmsT(lang));
}

/** Every package of a language: the mock exam and each call set, in each standard. */
export function lmsPackagePaths(lang: Lang): GetStaticPaths {
  return async () => {
    const questions = (await bankIn(lang)).filter((q): q is SingleQuestion => q.type === 'single');
    const sets = await packageSets(lang);
    const specs: PackageSpec[] = STANDARDS.flatMap((standard) => [
      { kind: 'exam' as const, standard, questions, lang },
      ...sets.map((set) => ({
        kind: 'calls' as const,
        standard,
        set: { id: set.id, title: set.title },
        scenarios: set.scenarios,
        lang,
      })),
    ]);
    return specs.map((spec) => ({ params: { name: fileName(spec).replace(/\.zip$/, '') }, props: { spec } }));
  };
}

export async function lmsPackageResponse(spec: PackageSpec): Promise<Response> {
  const built = await buildPackage(spec);
  return new Response(built.zip.buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/zip' } });
}

/** What /export/ (or /nl/export/) needs to build a package of any selection of calls in the browser. */
export async function callsKitResponse(lang: Lang): Promise<Response> {
  const { player, css } = await playerAssets('calls', undefined, lang);
  const kit: CallsKit = { player, css, scenarios: (await packageLibrary(lang)).map(trimScenario) };
  return new Response(JSON.stringify(kit), { headers: { 'Content-Type': 'application/json' } });
}
