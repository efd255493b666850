// @vitest-environment happy-dom
/**
 * Packages of any selection of library calls, built as the /export/ page builds them in the browser
 * (src/lms/selection/build.ts): the same files as the build-time packages, valid manifests for each
 * standard, and zips that independent readers open (CPython's zipfile, node's zlib).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPackage, playerAssets, STANDARDS } from '../../../src/lms/build/package.ts';
import { callSets } from '../../../src/lms/build/sets.ts';
import { trimScenario } from '../../../src/lms/build/assemble.ts';
import { selectionPackage, selectionSetId, zipFiles, type CallsKit } from '../../../src/lms/selection/build.ts';
import { tLms } from '../../../src/lms/strings.ts';
import { library } from './content.ts';
import { readFileSync as readText } from 'node:fs';
import {
  draftFromYaml,
  draftToYaml,
  packToYaml,
  parseScenario,
  readPackYaml,
  readShareFragment,
  setField,
  shareFragment,
  type Draft,
  type Scenario,
} from '#engine/author';
import { readPack, type PackSource } from '../../../src/lms/selection/pack.ts';
import { shareMessage } from '../../../src/components/builder/messages.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { en } from '../../../src/i18n/en.ts';
import { contentOf, expectValidPackage, text, unzip } from './package-checks.ts';

const root = join(import.meta.dirname, '../../..');
let kit: CallsKit | null = null;
const getKit = async (): Promise<CallsKit> =>
  (kit ??= { ...(await playerAssets('calls', root)), scenarios: library.map(trimScenario) });

/** Reads a zip with CPython's zipfile (its own central-directory reader, inflater and CRC-32 check). */
function pythonUnzip(zip: Uint8Array): Record<string, string> {
  const script =
    'import sys, zipfile, io, json\nz = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\nbad = z.testzip()\nprint(json.dumps({"bad": bad, "files": {i.filename: [i.compress_type, z.read(i).decode("utf-8")] for i in z.infolist()}}))';
  const r = spawnSync('python3', ['-c', script], { input: zip, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as { bad: string | null; files: Record<string, [number, string]> };
  expect(out.bad).toBeNull();
  return Object.fromEntries(Object.entries(out.files).map(([k, [, v]]) => [k, v]));
}

describe('a selection of calls packaged in the browser', () => {
  it(
    'rebuilds a build-time set file for file: the same manifest, README, content, player and version',
    { timeout: 60_000 },
    async () => {
      const sampler = callSets(library, tLms).find((s) => s.id === 'sampler')!;
      for (const standard of STANDARDS) {
        const built = await buildPackage(
          { kind: 'calls', standard, set: { id: sampler.id, title: sampler.title }, scenarios: sampler.scenarios },
          root,
        );
        const browser = await selectionPackage(
          await getKit(),
          { ids: sampler.scenarios.map((s) => s.id), standard, title: sampler.title, setId: sampler.id },
          tLms,
        );
        expect(browser.name).toBe(built.name);
        expect(browser.version).toBe(built.version);
        const a = unzip(built.zip);
        const b = unzip(browser.zip);
        expect([...b.keys()]).toEqual([...a.keys()]);
        for (const [name, data] of a) expect(text(b.get(name)!), `${standard} ${name}`).toBe(text(data));
      }
    },
  );

  it('packages any selection, in library order, as a valid package of each standard', { timeout: 60_000 }, async () => {
    // Three calls far apart in the library, chosen out of order.
    const picked = [library[7]!, library[0]!, library.at(-1)!];
    const ids = picked.map((s) => s.id);
    for (const standard of STANDARDS) {
      const pkg = await selectionPackage(await getKit(), { ids, standard, title: 'Night shift' }, tLms);
      const setId = selectionSetId(ids);
      expect(pkg.name).toBe(`calls-${setId}-${standard}.zip`);
      const files = unzip(pkg.zip);
      expectValidPackage(files, standard, pkg.zip.length);
      const content = contentOf(files);
      expect(content).toMatchObject({
        kind: 'calls',
        standard,
        packageId: `usm-trainer-calls-${setId}`,
        version: pkg.version,
        title: 'USM calls: Night shift (3 calls)',
      });
      expect(content.scenarios.map((s: { id: string }) => s.id)).toEqual(
        library.filter((s) => ids.includes(s.id)).map((s) => s.id),
      );
      expect(content.scenarios[0]).toEqual(trimScenario(library[0]!));
      const manifest = text(files.get(standard === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml')!);
      expect(manifest).toContain(`usm-trainer-calls-${setId}`);
      expect(manifest).toContain('USM calls: Night shift (3 calls)');
      expect(text(files.get('README.txt')!)).toContain('3 calls to route on the USM simulator');
    }
  });

  it('names a selection by its calls, not by the order they were picked', () => {
    expect(selectionSetId(['b', 'a'])).toBe(selectionSetId(['a', 'b']));
    expect(selectionSetId(['a', 'b'])).not.toBe(selectionSetId(['a', 'c']));
    expect(selectionSetId(['a'])).toMatch(/^selection-[0-9a-f]{8}$/);
  });

  it('refuses an empty selection or a call the library does not have, naming it', async () => {
    await expect(selectionPackage(await getKit(), { ids: [], standard: 'scorm12', title: 'x' }, tLms)).rejects.toThrow(
      'no calls selected',
    );
    await expect(
      selectionPackage(
        await getKit(),
        { ids: [library[0]!.id, 'no-such-call'], standard: 'scorm12', title: 'x' },
        tLms,
      ),
    ).rejects.toThrow('no-such-call');
  });
});

describe('the zip writer as the browser uses it', () => {
  const files = [
    { name: 'a.txt', data: 'hello '.repeat(500) },
    { name: 'dir/ünïcode name.json', data: JSON.stringify({ x: 'é✓', n: [1, 2, 3] }) },
    { name: 'tiny', data: 'x' },
    { name: 'empty', data: '' },
  ];

  it('writes zips that CPython reads back, CRC-checked, deflating what shrinks and storing the rest', async () => {
    const zip = await zipFiles(files);
    const back = pythonUnzip(zip);
    expect(back).toEqual(Object.fromEntries(files.map((f) => [f.name, f.data])));
    // Node's own CRC-32 agrees with every entry's header; the repetitive file is deflated, the tiny one stored.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let p = 0;
    const methods: Record<string, number> = {};
    for (const f of files) {
      expect(view.getUint32(p, true)).toBe(0x04034b50);
      const method = view.getUint16(p + 8, true);
      const size = view.getUint32(p + 18, true);
      const nameLen = view.getUint16(p + 26, true);
      methods[f.name] = method;
      expect(view.getUint32(p + 14, true), f.name).toBe(zlibCrc32(Buffer.from(f.data, 'utf8')));
      p += 30 + nameLen + size;
    }
    expect(methods['a.txt']).toBe(8);
    expect(methods.tiny).toBe(0);
  });

  it('a whole selection package opens in CPython with every file intact', { timeout: 60_000 }, async () => {
    const pkg = await selectionPackage(
      await getKit(),
      { ids: [library[1]!.id, library[2]!.id], standard: 'scorm2004', title: 'Two' },
      tLms,
    );
    const back = pythonUnzip(pkg.zip);
    const mine = unzip(pkg.zip);
    expect(Object.keys(back).sort()).toEqual([...mine.keys()].sort());
    for (const [name, data] of mine) expect(back[name], name).toBe(text(data));
  });
});

describe('a builder pack as the selection source', () => {
  const t = translator(en);
  const base = (
    draftFromYaml(readText(join(root, 'content/scenarios/education/thesis-upload-limit.yaml'), 'utf8')) as {
      draft: Draft;
    }
  ).draft;
  const custom = (id: string, title: string) => draftToYaml(setField(setField(base, 'id', id), 'title', title));
  const calls = [
    custom('canteen-vegan-menu', 'The canteen wants a vegan menu'),
    custom('sap-close-fails', 'The SAP month-end close fails'),
  ];
  const packText = packToYaml({ title: 'Month-end', author: 'Ada', calls });
  const file = (text: string, name = 'month-end.pack.yaml'): PackSource => ({
    kind: 'file',
    name,
    size: new TextEncoder().encode(text).length,
    text: async () => text,
  });

  it(
    'turns a pack file, alone or mixed with library calls, into a valid package whose library holds the custom calls',
    { timeout: 60_000 },
    async () => {
      const r = await readPack(file(packText), t);
      expect(r.ok).toBe(true);
      const pack = (r as Extract<typeof r, { ok: true }>).pack;
      expect(pack.title).toBe('Month-end');
      const expected = calls.map((y, i) =>
        trimScenario(
          (parseScenario(y, `${['canteen-vegan-menu', 'sap-close-fails'][i]}.yaml`) as { scenario: Scenario }).scenario,
        ),
      );
      expect(expected.map((s) => s.title)).toEqual(['The canteen wants a vegan menu', 'The SAP month-end close fails']);
      expect(pack.scenarios).toEqual(expected);
      for (const standard of STANDARDS) {
        const mixed = await selectionPackage(
          await getKit(),
          { ids: [library[0]!.id], standard, title: 'Mixed', pack: pack.scenarios },
          tLms,
        );
        const files = unzip(mixed.zip);
        expectValidPackage(files, standard, mixed.zip.length);
        const content = contentOf(files);
        expect(content.title).toBe('USM calls: Mixed (3 calls)');
        expect(content.scenarios).toEqual([trimScenario(library[0]!), ...expected]);
        expect(mixed.name).toBe(
          `calls-${selectionSetId([library[0]!.id, 'canteen-vegan-menu', 'sap-close-fails'])}-${standard}.zip`,
        );
      }
      const alone = await selectionPackage(
        await getKit(),
        { ids: [], standard: 'cmi5', title: 'Month-end', pack: pack.scenarios },
        tLms,
      );
      expect(contentOf(unzip(alone.zip)).scenarios).toEqual(expected);
      // A pack link carries the same calls.
      const viaLink = await readPack(
        {
          kind: 'link',
          link: `https://example.org/simulator/builder/play/#${await shareFragment({ title: 'Month-end', calls })}`,
        },
        t,
      );
      expect(viaLink.ok && viaLink.pack.scenarios).toEqual(expected);
      // A library call chosen twice (in the selection and in the pack) is refused, naming it.
      await expect(
        selectionPackage(
          await getKit(),
          { ids: [library[0]!.id], standard: 'scorm12', title: 'x', pack: [trimScenario(library[0]!)] },
          tLms,
        ),
      ).rejects.toThrow(library[0]!.id);
    },
  );

  it("a damaged pack gives the pack reader's own message, naming the problem, and never throws", async () => {
    const damaged = packText.replace('workflow: 3', 'workflow: 6');
    const reader = readPackYaml(damaged);
    expect(reader.ok).toBe(false);
    const errors = (reader as { errors: { path: string; message: string }[] }).errors;
    const r = await readPack(file(damaged), t);
    expect(r).toEqual({
      ok: false,
      message: t('builder.import.badPack', {
        problems: errors
          .slice(0, 5)
          .map((e) => `${e.path}: ${e.message}`)
          .join('; '),
      }),
    });
    expect(!r.ok && r.message).toContain('scenarios[0].expected.workflow');
    // A cut-off pack link: the share reader's problem, worded by the builder's messages.
    const link = `#${await shareFragment({ calls })}`.slice(0, 41);
    const l = await readPack({ kind: 'link', link }, t);
    expect(l.ok).toBe(false);
    expect(!l.ok && l.message).toMatch(/^This link cannot be opened: the link is (cut off|damaged)/);
    const direct = await readShareFragment(link);
    expect(direct.ok).toBe(false);
    expect(l).toEqual({
      ok: false,
      message: t('builder.link.refused', {
        reason: shareMessage(t, (direct as Extract<typeof direct, { ok: false }>).problem),
      }),
    });
    // Not a pack at all, and a file too big: named, nothing thrown.
    expect(await readPack(file('just: text\n'), t)).toMatchObject({
      ok: false,
      message: expect.stringContaining('scenarios:'),
    });
    expect(
      await readPack({ kind: 'file', name: 'huge.pack.yaml', size: 10 * 1024 * 1024, text: async () => '' }, t),
    ).toMatchObject({ ok: false, message: expect.stringContaining('huge.pack.yaml is 10240 kB') });
  });
});
