/**
 * The files of one LMS package, from its content, the bundled player and its stylesheet. Pure and
 * browser-safe: the build (package.ts, node) and the selection download on /export/ (src/lms/selection/)
 * both assemble packages here, so a package built in the browser has exactly the build-time shape:
 * the manifest (imsmanifest.xml for SCORM, cmi5.xml for cmi5), index.html, style.css, content.js,
 * player.js and README.txt, in that order.
 */
import { xml } from '../../lib/export/qti.ts';
import type { Scenario } from '#engine/model';
import { DEFAULT_LANG, type Lang } from '../../i18n/keys.ts';
import { MASTERY, type PackageContent, type PackageScenario } from '../player/content.ts';
import type { Standard } from '../runtime/types.ts';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest } from './manifests.ts';
import { packageReadme, type LmsT } from './readme.ts';

export type { LmsT } from './readme.ts';

export type PackageBody =
  | { kind: 'exam'; questions: Extract<PackageContent, { kind: 'exam' }>['questions'] }
  | { kind: 'calls'; scenarios: PackageScenario[] };

/** What a package says about itself: in its title, the manifest's description and the README. */
export interface PackageTexts {
  title: string;
  description: string;
  scoring: string;
}

export const trimScenario = ({
  id,
  title,
  call,
  facts,
  expected,
  explanation,
}: Scenario | PackageScenario): PackageScenario => ({ id, title, call, facts, expected, explanation });

/**
 * A package id: the English packages' as they always were; another language's carries it (`usm-trainer-nl-…`),
 * so an LMS holding both never takes one for the other. Interaction ids (question and call ids) are the same.
 */
export const packageIdPrefix = (lang: Lang = DEFAULT_LANG): string =>
  lang === DEFAULT_LANG ? 'usm-trainer' : `usm-trainer-${lang}`;
export const callsPackageId = (setId: string, lang: Lang = DEFAULT_LANG): string =>
  `${packageIdPrefix(lang)}-calls-${setId}`;
export const callsFileName = (setId: string, standard: Standard): string => `calls-${setId}-${standard}.zip`;

export function callsTexts(t: LmsT, setTitle: string, n: number): PackageTexts {
  return {
    title: t('lms.package.calls.title', { title: setTitle, n }),
    description: t('lms.package.calls.description', { n }),
    scoring: t('lms.package.calls.scoring', { pass: Math.round(MASTERY * 100) }),
  };
}

/** What the version hashes (SHA-256, first 12 hex digits): the content, the player and the stylesheet. */
export const versionSource = (body: PackageBody, player: string, css: string): string =>
  JSON.stringify(body) + player + css;

function indexHtml(t: LmsT, title: string, standard: Standard, lang: Lang): string {
  // cmi5 talks to the LMS's xAPI endpoint, wherever the launch URL says it is; SCORM packages need no network at all.
  const connect = standard === 'cmi5' ? '*' : "'none'";
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src ${connect}; base-uri 'none'; form-action 'none'">
<title>${xml(title)}</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
<div id="app"><p>${xml(t('lms.loading'))}</p></div>
<noscript><p>${xml(t('lms.noscript'))}</p></noscript>
<script src="content.js"></script>
<script src="player.js"></script>
</body>
</html>
`;
}

export interface AssembleInput {
  standard: Standard;
  packageId: string;
  body: PackageBody;
  texts: PackageTexts;
  player: string;
  css: string;
  version: string;
  t: LmsT;
  /** The package's language (its player, texts and content); English by default. */
  lang?: Lang;
}

export function packageFiles({
  standard,
  packageId,
  body,
  texts,
  player,
  css,
  version,
  t,
  lang = DEFAULT_LANG,
}: AssembleInput): { name: string; data: string }[] {
  const content = { ...body, standard, packageId, version, title: texts.title } as PackageContent;
  const contentJs = `window.USM_LMS = ${JSON.stringify(content).replace(/</g, '\\u003c')};\n`;
  const assets = [
    { name: 'index.html', data: indexHtml(t, texts.title, standard, lang) },
    { name: 'style.css', data: css },
    { name: 'content.js', data: contentJs },
    { name: 'player.js', data: player },
  ];
  const files = [...assets.map((a) => a.name), 'README.txt'];
  const manifestInput = { packageId, title: texts.title, description: texts.description, files, lang };
  const manifest =
    standard === 'cmi5'
      ? { name: 'cmi5.xml', data: cmi5CourseStructure(manifestInput) }
      : {
          name: 'imsmanifest.xml',
          data: standard === 'scorm12' ? scorm12Manifest(manifestInput) : scorm2004Manifest(manifestInput),
        };
  const kb = (s: string) => `${(new TextEncoder().encode(s).length / 1024).toFixed(1)} KB`;
  const readme = packageReadme(t, {
    title: texts.title,
    standard,
    what: texts.description,
    scoring: texts.scoring,
    files,
    version,
    sizes: { player: kb(player), content: kb(contentJs) },
  });
  return [manifest, ...assets, { name: 'README.txt', data: readme }];
}
