/**
 * Build time only: assembles one LMS package (zip) from the site's content and the bundled player.
 * The files come from assemble.ts (shared with the selection download on /export/); this file bundles the
 * player, hashes the version and zips (deflated).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { EXAM, type SingleQuestion } from '../../lib/exam.ts';
import { zipStore } from '../../lib/export/zip.ts';
import type { Scenario } from '#engine/model';
import type { Standard } from '../runtime/types.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/keys.ts';
import { lmsT } from '../strings.ts';
import { bundlePlayer, projectRoot } from './bundle.ts';
import {
  callsFileName,
  callsPackageId,
  callsTexts,
  packageFiles,
  packageIdPrefix,
  trimScenario,
  versionSource,
  type PackageBody,
  type PackageTexts,
} from './assemble.ts';

export const STANDARDS: readonly Standard[] = ['scorm12', 'scorm2004', 'cmi5'];

/** A package: its kind, standard and content, in a language (English when `lang` is left out). */
export type PackageSpec = (
  | { kind: 'exam'; standard: Standard; questions: SingleQuestion[] }
  | { kind: 'calls'; standard: Standard; set: { id: string; title: string }; scenarios: Scenario[] }
) & { lang?: Lang };

export const packageId = (s: PackageSpec): string =>
  s.kind === 'exam' ? `${packageIdPrefix(s.lang)}-mock-exam` : callsPackageId(s.set.id, s.lang);
export const fileName = (s: PackageSpec): string =>
  s.kind === 'exam' ? `mock-exam-${s.standard}.zip` : callsFileName(s.set.id, s.standard);

/** The player and the stylesheet a package of `kind` carries (also served to /export/'s selection download). */
export async function playerAssets(
  kind: 'exam' | 'calls',
  root: string = projectRoot(),
  lang: Lang = DEFAULT_LANG,
): Promise<{ player: string; css: string }> {
  const { js: player, css: componentCss } = await bundlePlayer(kind, root, lang);
  // player.css maps the site's theme variables for the components' own stylesheet (the board's), which follows it.
  const css = readFileSync(join(root, 'src/lms/build/player.css'), 'utf8') + (componentCss ? `\n${componentCss}` : '');
  return { player, css };
}

export interface BuiltPackage {
  name: string;
  zip: Uint8Array;
  version: string;
}

export async function buildPackage(spec: PackageSpec, root: string = projectRoot()): Promise<BuiltPackage> {
  const lang = spec.lang ?? DEFAULT_LANG;
  const t = lmsT(lang);
  const { player, css } = await playerAssets(spec.kind, root, lang);
  const body: PackageBody =
    spec.kind === 'exam'
      ? { kind: 'exam', questions: spec.questions }
      : { kind: 'calls', scenarios: spec.scenarios.map(trimScenario) };
  const texts: PackageTexts =
    spec.kind === 'exam'
      ? {
          title: t('lms.package.exam.title'),
          description: t('lms.package.exam.description', {
            n: EXAM.questions,
            minutes: EXAM.minutes,
            pass: EXAM.passMark,
          }),
          scoring: t('lms.package.exam.scoring', { n: EXAM.questions, pass: EXAM.passMark }),
        }
      : callsTexts(t, spec.set.title, spec.scenarios.length);
  const version = createHash('sha256')
    .update(versionSource(body, player, css))
    .digest('hex')
    .slice(0, 12);
  const files = packageFiles({
    standard: spec.standard,
    packageId: packageId(spec),
    body,
    texts,
    player,
    css,
    version,
    t,
    lang,
  });
  const zip = zipStore(files, (d) => new Uint8Array(deflateRawSync(d, { level: 9 })));
  return { name: fileName(spec), zip, version };
}
