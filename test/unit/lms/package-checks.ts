/**
 * What every LMS package must be, however it was built (at build time or in the browser from a selection):
 * a valid manifest that lists every file, a README, the player's page, and nothing loaded from another host.
 * Callers run in the happy-dom environment (DOMParser).
 */
import { inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';
import { unzipStore } from '../../../src/lib/export/zip.ts';
import type { Standard } from '../../../src/lms/runtime/types.ts';

export const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** A package's files, by name. */
export const unzip = (zip: Uint8Array) => unzipStore(zip, (d) => new Uint8Array(inflateRawSync(d)));

/** What a package's content.js hands its player (`window.USM_LMS = …;`). */
export const contentOf = (files: Map<string, Uint8Array>) =>
  JSON.parse(
    text(files.get('content.js')!)
      .replace(/^window\.USM_LMS = /, '')
      .replace(/;\s*$/, ''),
  );
const xmlDoc = (s: string) => {
  const d = new DOMParser().parseFromString(s, 'application/xml');
  expect(d.getElementsByTagName('parsererror')).toHaveLength(0);
  return d;
};
/** Namespace IRIs and xAPI/cmi5 identifiers: names, not addresses the package loads. */
const IDENTIFIERS = [
  /^http:\/\/adlnet\.gov\/expapi\/(verbs|activities)\//,
  /^https:\/\/w3id\.org\/xapi\/cmi5\//,
  /^http:\/\/www\.w3\.org\//,
];
/** Links inside XState's error messages (text shown to a developer, never fetched). The browser test checks requests. */
const MESSAGE_LINKS = [/^https:\/\/stately\.ai\/docs\//, /^https:\/\/github\.com\/statelyai\/xstate\/issues$/];

/** Checks the unzipped files of a package of `standard` (its README in the package's language: `readme`). */
export function expectValidPackage(
  files: Map<string, Uint8Array>,
  standard: Standard,
  zipBytes: number,
  readme: RegExp = /Upload the zip file as it is/,
): void {
  const spec = { standard };
  const names = [...files.keys()].sort();
  expect(names).toEqual(
    [
      spec.standard === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml',
      'README.txt',
      'content.js',
      'index.html',
      'player.js',
      'style.css',
    ].sort(),
  );
  expect(zipBytes).toBeLessThan(120 * 1024);

  if (spec.standard === 'cmi5') {
    const d = xmlDoc(text(files.get('cmi5.xml')!));
    expect(d.documentElement.tagName).toBe('courseStructure');
    expect(d.documentElement.getAttribute('xmlns')).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    const au = d.getElementsByTagName('au')[0]!;
    expect(au.getAttribute('id')).toMatch(/^urn:[a-z0-9-]+:/);
    expect(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']).toContain(
      au.getAttribute('moveOn'),
    );
    expect(Number(au.getAttribute('masteryScore'))).toBe(0.65);
    expect([...au.children].map((c) => c.tagName)).toEqual(['title', 'description', 'url']);
    expect(files.has(au.getElementsByTagName('url')[0]!.textContent!)).toBe(true);
  } else {
    const d = xmlDoc(text(files.get('imsmanifest.xml')!));
    const v12 = spec.standard === 'scorm12';
    expect(d.documentElement.getAttribute('xmlns')).toBe(
      v12 ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1',
    );
    expect(d.getElementsByTagName('schemaversion')[0]!.textContent).toBe(v12 ? '1.2' : '2004 4th Edition');
    const orgs = d.getElementsByTagName('organizations')[0]!;
    const org = d.getElementsByTagName('organization')[0]!;
    expect(orgs.getAttribute('default')).toBe(org.getAttribute('identifier'));
    const item = org.getElementsByTagName('item')[0]!;
    const resource = d.getElementsByTagName('resource')[0]!;
    expect(item.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
    expect(resource.getAttribute(v12 ? 'adlcp:scormtype' : 'adlcp:scormType')).toBe('sco');
    expect(resource.getAttribute('type')).toBe('webcontent');
    expect(files.has(resource.getAttribute('href')!)).toBe(true);
    const listed = [...resource.getElementsByTagName('file')].map((f) => f.getAttribute('href')).sort();
    expect(listed).toEqual(names.filter((n) => n !== 'imsmanifest.xml'));
    if (v12) expect(item.getElementsByTagName('adlcp:masteryscore')[0]!.textContent).toBe('65');
    else expect(item.getElementsByTagName('imsss:minNormalizedMeasure')[0]!.textContent).toBe('0.65');
  }

  expect(text(files.get('README.txt')!)).toMatch(readme);
  const html = text(files.get('index.html')!);
  expect(html).toMatch(/<script src="content\.js"><\/script>\s*<script src="player\.js"><\/script>/);
  expect(html).toMatch(spec.standard === 'cmi5' ? /connect-src \*/ : /connect-src 'none'/);
  for (const name of ['index.html', 'player.js', 'content.js', 'style.css']) {
    const urls = [...text(files.get(name)!).matchAll(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*/gi)].map(
      (m) => m[0],
    );
    const loads = urls.filter((u) => ![...IDENTIFIERS, ...MESSAGE_LINKS].some((re) => re.test(u)));
    expect(loads, name).toEqual([]);
  }
}
