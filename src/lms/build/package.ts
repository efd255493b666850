/**
 * Build time only: assembles one LMS package (zip) from the site's content and the bundled player.
 * Files: index.html, style.css, content.js (this package's content), player.js, README.txt and the
 * manifest (imsmanifest.xml for SCORM, cmi5.xml for cmi5).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { EXAM, type SingleQuestion } from '../../lib/exam.ts';
import { zipStore } from '../../lib/export/zip.ts';
import type { Scenario } from '../../../simulator/scenario.ts';
import { MASTERY, type PackageContent, type PackageScenario } from '../player/content.ts';
import type { Standard } from '../runtime/types.ts';
import { xml } from '../../lib/export/qti.ts';
import { tLms as t } from '../strings.ts';
import { bundlePlayer, projectRoot } from './bundle.ts';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest } from './manifests.ts';
import { packageReadme } from './readme.ts';

export const STANDARDS: readonly Standard[] = ['scorm12', 'scorm2004', 'cmi5'];

export type PackageSpec =
  | { kind: 'exam'; standard: Standard; questions: SingleQuestion[] }
  | { kind: 'calls'; standard: Standard; set: { id: string; title: string }; scenarios: Scenario[] };

export const packageId = (s: PackageSpec): string => (s.kind === 'exam' ? 'usm-trainer-mock-exam' : `usm-trainer-calls-${s.set.id}`);
export const fileName = (s: PackageSpec): string => (s.kind === 'exam' ? `mock-exam-${s.standard}.zip` : `calls-${s.set.id}-${s.standard}.zip`);

const trimScenario = ({ id, title, call, facts, expected, explanation }: Scenario): PackageScenario => ({ id, title, call, facts, expected, explanation });

function indexHtml(title: string, standard: Standard): string {
  // cmi5 talks to the LMS's xAPI endpoint, wherever the launch URL says it is; SCORM packages need no network at all.
  const connect = standard === 'cmi5' ? '*' : "'none'";
  return `<!doctype html>
<html lang="en">
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

export interface BuiltPackage {
  name: string;
  zip: Uint8Array;
  version: string;
}

export async function buildPackage(spec: PackageSpec, root: string = projectRoot()): Promise<BuiltPackage> {
  const player = await bundlePlayer(spec.kind, root);
  const css = readFileSync(join(root, 'src/lms/build/player.css'), 'utf8');
  const id = packageId(spec);
  const title = spec.kind === 'exam' ? t('lms.package.exam.title') : t('lms.package.calls.title', { title: spec.set.title, n: spec.scenarios.length });
  const body = spec.kind === 'exam' ? { kind: 'exam' as const, questions: spec.questions } : { kind: 'calls' as const, scenarios: spec.scenarios.map(trimScenario) };
  const version = createHash('sha256').update(JSON.stringify(body)).update(player).update(css).digest('hex').slice(0, 12);
  const content: PackageContent = { ...body, standard: spec.standard, packageId: id, version, title } as PackageContent;
  const contentJs = `window.USM_LMS = ${JSON.stringify(content).replace(/</g, '\\u003c')};\n`;
  const assets: { name: string; data: string }[] = [
    { name: 'index.html', data: indexHtml(title, spec.standard) },
    { name: 'style.css', data: css },
    { name: 'content.js', data: contentJs },
    { name: 'player.js', data: player },
  ];
  const files = [...assets.map((a) => a.name), 'README.txt'];
  const description = spec.kind === 'exam' ? t('lms.package.exam.description', { n: EXAM.questions, minutes: EXAM.minutes, pass: EXAM.passMark }) : t('lms.package.calls.description', { n: spec.scenarios.length });
  const manifestInput = { packageId: id, title, description, files };
  const manifest =
    spec.standard === 'cmi5'
      ? { name: 'cmi5.xml', data: cmi5CourseStructure(manifestInput) }
      : { name: 'imsmanifest.xml', data: spec.standard === 'scorm12' ? scorm12Manifest(manifestInput) : scorm2004Manifest(manifestInput) };
  const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB`;
  const readme = packageReadme({
    title,
    standard: spec.standard,
    what: description,
    scoring: spec.kind === 'exam' ? t('lms.package.exam.scoring', { n: EXAM.questions, pass: EXAM.passMark }) : t('lms.package.calls.scoring', { pass: Math.round(MASTERY * 100) }),
    files,
    version,
    sizes: `player.js ${kb(player)}, content.js ${kb(contentJs)} (before compression)`,
  });
  const zip = zipStore([manifest, ...assets, { name: 'README.txt', data: readme }], (d) => new Uint8Array(deflateRawSync(d, { level: 9 })));
  return { name: fileName(spec), zip, version };
}
