// @vitest-environment happy-dom
/**
 * The Dutch LMS packages beside the English ones: valid manifests (the English packages' checks), the Dutch
 * bank and calls with the same ids and answer keys, Dutch titles, the language declared where each standard
 * has a place for it, a package id of their own, and a player that carries the Dutch player strings and no
 * English ones (nor any dictionary).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPackage, playerAssets, STANDARDS, type PackageSpec } from '../../../src/lms/build/package.ts';
import { callSets, libraryIn } from '../../../src/lms/build/sets.ts';
import { trimScenario } from '../../../src/lms/build/assemble.ts';
import { lmsT, playerStrings } from '../../../src/lms/strings.ts';
import type { Standard } from '../../../src/lms/runtime/types.ts';
import { areas } from '../../../src/i18n/en.ts';
import { library, nlScenarios, nlSingles, singles } from './content.ts';
import { contentOf, expectValidPackage, text, unzip } from './package-checks.ts';

const root = join(import.meta.dirname, '../../..');
const enSampler = callSets(library, lmsT('en')).find((s) => s.id === 'sampler')!;
const nlSampler = callSets(libraryIn(library, nlScenarios), lmsT('nl')).find((s) => s.id === 'sampler')!;
const manifestOf = (files: Map<string, Uint8Array>, standard: Standard) =>
  new DOMParser().parseFromString(
    text(files.get(standard === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml')!),
    'application/xml',
  );

/** Builds a package in both languages; returns the unzipped files and content of each. */
async function both(spec: (lang: 'en' | 'nl') => PackageSpec) {
  const [en, nl] = await Promise.all([buildPackage(spec('en'), root), buildPackage(spec('nl'), root)]);
  const e = unzip(en.zip);
  const n = unzip(nl.zip);
  expectValidPackage(n, spec('nl').standard, nl.zip.length, /Upload het zipbestand zoals het is/);
  // The README speaks Dutch around the standards' own data-model names.
  const readme = text(n.get('README.txt')!);
  expect(readme).toContain(lmsT('nl')('lms.readme.reports'));
  expect(readme).not.toContain(lmsT('en')('lms.readme.reports'));
  return { e, n, ec: contentOf(e), nc: contentOf(n) };
}

/** The Dutch package is titled in Dutch, says so where its standard can, and has an id of its own. */
function expectDutch(
  pkg: Awaited<ReturnType<typeof both>>,
  standard: Standard,
  titles: { nl: string; en: string },
): void {
  const { e, n, ec, nc } = pkg;
  expect(nc.title).toBe(titles.nl);
  expect(titles.nl).not.toBe(titles.en);
  const html = text(n.get('index.html')!);
  expect(html).toMatch(/<html lang="nl">/);
  expect(html).toContain(`<title>${titles.nl}</title>`);
  expect(text(e.get('index.html')!)).toMatch(/<html lang="en">/);
  expect(nc.packageId).toMatch(/^usm-trainer-nl-/);
  expect(nc.packageId).not.toBe(ec.packageId);
  const d = manifestOf(n, standard);
  const enManifest = text(e.get(standard === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml')!);
  if (standard === 'cmi5') {
    const strings = [...d.getElementsByTagName('langstring')];
    expect(strings.length).toBe(4);
    expect(strings.map((s) => s.getAttribute('lang'))).toEqual(Array(4).fill('nl-NL'));
    expect(strings[0]!.textContent).toBe(titles.nl);
    expect(d.getElementsByTagName('au')[0]!.getAttribute('id')).toBe(`urn:usm-trainer:au:${nc.packageId}`);
    expect(enManifest).not.toContain('nl-NL');
  } else {
    const v12 = standard === 'scorm12';
    expect(d.documentElement.getAttribute('identifier')).toBe(nc.packageId);
    expect(d.getElementsByTagName('organization')[0]!.getElementsByTagName('title')[0]!.textContent).toBe(titles.nl);
    const lom = d.getElementsByTagName(v12 ? 'imsmd:lom' : 'lom')[0]!;
    expect(lom.parentElement!.tagName).toBe('metadata');
    expect(lom.getElementsByTagName(v12 ? 'imsmd:language' : 'language')[0]!.textContent).toBe('nl');
    const title = lom.getElementsByTagName(v12 ? 'imsmd:langstring' : 'string')[0]!;
    expect(title.textContent).toBe(titles.nl);
    expect(title.getAttribute(v12 ? 'xml:lang' : 'language')).toBe('nl');
    // The English manifest declares no language, as it never did.
    expect(enManifest).not.toMatch(/lom/);
  }
  expect(enManifest).not.toContain(nc.packageId);
}

describe.each(STANDARDS)('the Dutch packages as %s', (standard) => {
  it(
    'the mock exam: the Dutch bank, the same question ids and answer keys, Dutch titles',
    { timeout: 60_000 },
    async () => {
      const pkg = await both((lang) => ({
        kind: 'exam',
        standard,
        questions: lang === 'nl' ? nlSingles : singles,
        lang,
      }));
      const key = (q: { id: string; answer: number; options: string[] }) => [q.id, q.answer, q.options.length];
      expect(pkg.nc.questions).toEqual(nlSingles);
      expect(pkg.nc.questions.map(key)).toEqual(pkg.ec.questions.map(key));
      expect(pkg.nc.questions.filter((q: { stem: string }, i: number) => q.stem === pkg.ec.questions[i].stem)).toEqual(
        [],
      );
      expectDutch(pkg, standard, {
        nl: lmsT('nl')('lms.package.exam.title'),
        en: lmsT('en')('lms.package.exam.title'),
      });
    },
  );

  it(
    'the sampler: the same calls in the same order with the same expected routes, in Dutch',
    { timeout: 60_000 },
    async () => {
      const pkg = await both((lang) => {
        const set = lang === 'nl' ? nlSampler : enSampler;
        return { kind: 'calls', standard, set: { id: set.id, title: set.title }, scenarios: set.scenarios, lang };
      });
      expect(pkg.nc.scenarios).toEqual(nlSampler.scenarios.map(trimScenario));
      const key = (s: { id: string; expected: unknown }) => [s.id, s.expected];
      expect(pkg.nc.scenarios.map(key)).toEqual(pkg.ec.scenarios.map(key));
      expect(pkg.nc.scenarios[0].call).not.toBe(pkg.ec.scenarios[0].call);
      const title = (lang: 'en' | 'nl', set: { title: string }) =>
        lmsT(lang)('lms.package.calls.title', { title: set.title, n: 2 });
      expectDutch(pkg, standard, { nl: title('nl', nlSampler), en: title('en', enSampler) });
    },
  );
});

/** How often minified code holds `value` as a whole string literal (the minifier picks the quote). */
function literals(js: string, value: string): number {
  const quoted = (q: string, extra: (v: string) => string = (v) => v) =>
    q + extra(value.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`)) + q;
  const forms = [
    quoted('"', (v) => v.replace(/\n/g, '\\n')),
    quoted("'", (v) => v.replace(/\n/g, '\\n')),
    quoted('`', (v) => v.replace(/\$\{/g, '\\${')),
  ];
  return forms.reduce((n, f) => n + js.split(f).length - 1, 0);
}

describe.each(['exam', 'calls'] as const)('the %s player bundle per language', (kind) => {
  it(
    "carries its language's player strings, none of the other language's, and no dictionary",
    { timeout: 60_000 },
    async () => {
      const js = {
        en: (await playerAssets(kind, root, 'en')).player,
        nl: (await playerAssets(kind, root, 'nl')).player,
      };
      const strings = { en: playerStrings('en'), nl: playerStrings('nl') };
      const keys = Object.keys(strings.en) as (keyof typeof strings.en)[];
      expect(keys.length).toBeGreaterThan(100);
      const uses = (lang: 'en' | 'nl', v: string) => keys.filter((k) => strings[lang][k] === v).length;
      for (const lang of ['en', 'nl'] as const) {
        const other = lang === 'en' ? 'nl' : 'en';
        expect(keys.filter((k) => literals(js[lang], strings[lang][k]!) === 0)).toEqual([]);
        const differing = keys.filter((k) => strings[other][k] !== strings[lang][k]);
        expect(differing.length).toBeGreaterThan(100);
        // The two bundles differ only in their strings: a text of the other language is in this one only as often as
        // the code itself holds it (the engine's own English names and catalog, which the views never show here).
        const fromStrings = differing.filter((k) => {
          const v = strings[other][k]!;
          return literals(js[lang], v) !== literals(js[other], v) - uses(other, v) + uses(lang, v);
        });
        expect(fromStrings).toEqual([]);
        // No dictionary rides along: nothing of an area the player does not show (the export page's, the pages').
        const outside = [...Object.values(areas.exportPage), ...Object.values(areas.pages)].filter(
          (v) => v.length > 12,
        );
        expect(outside.filter((v) => literals(js[lang], v) > 0)).toEqual([]);
      }
    },
  );
});
