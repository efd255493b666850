/**
 * A selection of library calls packaged on /export/ in the browser: two calls chosen by the learner are
 * downloaded as SCORM 1.2, SCORM 2004 and cmi5 zips, unzipped, served on 127.0.0.1 and played inside the
 * stand-in LMS (scorm-again; the local cmi5 endpoint), as the build-time packages are in lms-packages.spec.ts.
 * The page's package code loads only when a package is asked for.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftFromYaml, draftToYaml, packToYaml, setField, type Draft } from '#engine/author';
import { expect, test, type Page } from '@playwright/test';
import { LmsHost } from './lms-host.ts';
import { cmi5Problems, type Statement } from '../unit/lms/cmi5-rules.ts';
import { expectAccessible, hydrated, watchForeignRequests } from './helpers.ts';
import { playCall, type S } from './lms-play.ts';

const host = new LmsHost(Number(process.env.LMS_SELECTION_PORT ?? Number(process.env.E2E_PORT ?? 4321) + 4));
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

type KitCall = S & { title: string; expected: S['expected'] & { outcome?: string } };
let picked: KitCall[] = [];

test.beforeAll(async ({ request }) => {
  const kit = (await (await request.get('/export/lms/calls-kit.json')).json()) as { scenarios: KitCall[] };
  // Two calls far apart in the library (different workflows), each played to its full workflow.
  const full = kit.scenarios.filter((s) => !s.expected.outcome || s.expected.outcome === 'fulfilled');
  picked = [full.find((s) => s.expected.workflow === 3)!, full.findLast((s) => s.expected.workflow >= 6)!];
  expect(picked.every(Boolean)).toBe(true);
  await host.start();
});
test.afterAll(() => host.stop());

const content = (name: string) =>
  JSON.parse(
    new TextDecoder()
      .decode(host.packages.get(name)!.get('content.js')!)
      .replace(/^window\.USM_LMS = /, '')
      .replace(/;\s*$/, ''),
  );

/** On /export/: picks the two calls, the standard and a name, builds the package and hands it to the stand-in LMS. */
async function download(page: Page, standard: 'SCORM 1.2' | 'SCORM 2004 (4th edition)' | 'cmi5'): Promise<string> {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('calls-kit.json')) scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/export/');
  const form = page.getByTestId('lms-selection');
  await form.scrollIntoViewIfNeeded();
  await hydrated(page);
  const before = [...scripts];
  for (const s of picked)
    await form
      .getByRole('checkbox', { name: new RegExp(`^${s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`) })
      .check();
  await expect(form.getByRole('group', { name: /^Calls \(2 of \d+ selected\)/ })).toBeVisible();
  await form.getByRole('radio', { name: standard, exact: true }).check();
  await form.getByRole('textbox', { name: 'Name of the set, shown in the LMS' }).fill('Night shift');
  // Nothing of the package code or its kit has loaded yet.
  expect(before.filter((p) => p.endsWith('calls-kit.json'))).toEqual([]);
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    form.getByRole('button', { name: 'Build and download the package' }).click(),
  ]);
  const name = dl.suggestedFilename();
  const id = standard === 'cmi5' ? 'cmi5' : standard === 'SCORM 1.2' ? 'scorm12' : 'scorm2004';
  expect(name).toMatch(new RegExp(`^calls-selection-[0-9a-f]{8}-${id}\\.zip$`));
  await expect(page.getByTestId('lms-selection-status')).toContainText(`${name} (`);
  // The package code and the kit loaded on use only.
  expect(scripts.length).toBeGreaterThan(before.length);
  expect(scripts.filter((p) => p.endsWith('calls-kit.json'))).toHaveLength(1);
  const pkg = name.replace(/\.zip$/, '');
  const files = host.add(pkg, new Uint8Array(readFileSync((await dl.path())!)));
  expect([...files.keys()].sort()).toEqual(
    [
      id === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml',
      'README.txt',
      'content.js',
      'index.html',
      'player.js',
      'style.css',
    ].sort(),
  );
  const c = content(pkg);
  expect(c).toMatchObject({ kind: 'calls', title: 'USM calls: Night shift (2 calls)' });
  expect(new Set(c.scenarios.map((s: S) => s.id))).toEqual(new Set(picked.map((s) => s.id)));
  return pkg;
}

test('the selection form is accessible and says what is missing', async ({ page }) => {
  await page.goto('/export/');
  const form = page.getByTestId('lms-selection');
  await form.scrollIntoViewIfNeeded();
  await hydrated(page);
  await form.getByRole('button', { name: 'Build and download the package' }).click();
  await expect(page.getByTestId('lms-selection-status')).toContainText('Choose at least one call first.');
  await form.getByRole('button', { name: 'Select all' }).click();
  await expect(form.getByRole('group', { name: /^Calls \((\d+) of \1 selected\)/ })).toBeVisible();
  await form.getByRole('button', { name: 'Clear the selection' }).click();
  await expect(form.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expectAccessible(page);
});

for (const [v, standard] of [
  ['12', 'SCORM 1.2'],
  ['2004', 'SCORM 2004 (4th edition)'],
] as const) {
  test(`SCORM ${v}: a two-call selection built on /export/ is played in the LMS and reported as the simulator grades`, async ({
    page,
  }) => {
    const pkg = await download(page, standard);
    const scenarios = content(pkg).scenarios as S[];
    const foreign = watchForeignRequests(page, host.origin);
    await page.goto(`${host.origin}/host.html?v=${v}`);
    await page.evaluate((n) => (window as any).lms.launch(n, null), pkg);
    const f = page.frameLocator('#sco');
    await expect(f.getByRole('heading', { level: 1 })).toHaveText('USM calls: Night shift (2 calls)');
    await playCall(f, scenarios[0]!);
    await f.getByRole('button', { name: 'Next call' }).click();
    await expect(f.getByRole('heading', { level: 2 })).toContainText('Call 2 of 2');
    await playCall(f, scenarios[1]!);
    await f.getByRole('button', { name: 'Finish and send the result' }).click();
    await expect(f.getByTestId('result')).toContainText('2 of 2 calls routed right');
    const committed = () => page.evaluate(() => (window as any).lms.committed());
    await expect.poll(async () => JSON.stringify(await committed())).toContain('"passed"');
    const cmi = await committed();
    if (v === '12') {
      expect(cmi.core.lesson_status).toBe('passed');
      expect(Number(cmi.core.score.raw)).toBeGreaterThanOrEqual(65);
    } else {
      expect(cmi.success_status).toBe('passed');
      expect(cmi.completion_status).toBe('completed');
      expect(Number(cmi.score.scaled)).toBeGreaterThanOrEqual(0.65);
    }
    const interactions = Object.values(cmi.interactions) as Record<string, string>[];
    expect(interactions.map((i) => i.id)).toEqual(scenarios.map((s) => s.id));
    expect(interactions.every((i) => i.result === 'correct')).toBe(true);
    expect(foreign).toEqual([]);
  });
}

test('cmi5: a two-call selection built on /export/ sends the cmi5 statements and passes', async ({ page }) => {
  const pkg = await download(page, 'cmi5');
  const c = content(pkg);
  const auId = /<au id="([^"]+)"/.exec(new TextDecoder().decode(host.packages.get(pkg)!.get('cmi5.xml')!))![1]!;
  expect(auId).toBe(`urn:usm-trainer:au:${c.packageId}`);
  const actor = { objectType: 'Agent', account: { homePage: 'http://lms.example', name: 'learner-9' } };
  const registration = crypto.randomUUID();
  const sessionId = `${pkg}-1`;
  host.launch = { registration, sessionId, masteryScore: 0.65 };
  host.statements.push({
    id: crypto.randomUUID(),
    verb: { id: 'http://adlnet.gov/expapi/verbs/launched' },
    context: { registration, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId } },
  });
  const foreign = watchForeignRequests(page, host.origin);
  const q = new URLSearchParams({
    endpoint: `${host.origin}/xapi/`,
    fetch: `${host.origin}/fetch`,
    actor: JSON.stringify(actor),
    registration,
    activityId: auId,
  });
  await page.goto(`${host.origin}/pkg/${pkg}/index.html?${q}`);
  await playCall(page, c.scenarios[0]);
  await page.getByRole('button', { name: 'Next call' }).click();
  await playCall(page, c.scenarios[1]);
  await page.getByRole('button', { name: 'Finish and send the result' }).click();
  await expect(page.getByTestId('result')).toBeVisible();
  const sent = () =>
    host.statements.filter(
      (s) =>
        (s.context as Statement['context'])?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] ===
          sessionId && (s.verb as { id: string }).id !== 'http://adlnet.gov/expapi/verbs/launched',
    ) as unknown as Statement[];
  await expect.poll(() => sent().at(-1)?.verb.id).toBe('http://adlnet.gov/expapi/verbs/terminated');
  expect(cmi5Problems(sent(), { actor, registration, activityId: auId, sessionId, masteryScore: 0.65 })).toEqual([]);
  const verbs = sent().map((s) => s.verb.id.split('/').pop());
  expect(verbs.filter((x) => x === 'answered')).toHaveLength(2);
  expect(verbs).toContain('completed');
  const judged = sent().find((s) => /passed|failed$/.test(s.verb.id))!;
  expect(judged.verb.id).toMatch(/passed$/);
  expect(judged.result?.score?.scaled).toBeGreaterThanOrEqual(0.65);
  expect(foreign).toEqual([]);
});

test('SCORM 2004: a two-call builder pack loaded on /export/ is packaged and its custom calls play in the LMS like library calls', async ({
  page,
}, info) => {
  // The fixture is written by the builder's own pack writer: two custom calls made from a library call.
  const base = (
    draftFromYaml(
      readFileSync(join(import.meta.dirname, '../../content/scenarios/education/thesis-upload-limit.yaml'), 'utf8'),
    ) as { draft: Draft }
  ).draft;
  const custom = (id: string, title: string) => draftToYaml(setField(setField(base, 'id', id), 'title', title));
  const packFile = info.outputPath('month-end.pack.yaml');
  writeFileSync(
    packFile,
    packToYaml({
      title: 'Month-end',
      author: 'Ada',
      calls: [
        custom('canteen-vegan-menu', 'The canteen wants a vegan menu'),
        custom('sap-close-fails', 'The SAP month-end close fails'),
      ],
    }),
  );
  const damagedFile = info.outputPath('damaged.pack.yaml');
  writeFileSync(damagedFile, readFileSync(packFile, 'utf8').replace('workflow: 3', 'workflow: 6'));

  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/export/');
  const form = page.getByTestId('lms-selection');
  await form.scrollIntoViewIfNeeded();
  await hydrated(page);
  const before = scripts.length;
  const lib = form.getByRole('checkbox', {
    name: new RegExp(`^${picked[0]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`),
  });
  await lib.check();
  // A damaged pack: the builder's reader names the call and field; the library selection is kept.
  const packInput = form.getByLabel('Or a pack file (.pack.yaml)');
  await packInput.setInputFiles(damagedFile);
  const packStatus = page.getByTestId('lms-pack-status');
  await expect(packStatus).toContainText('The pack file was not imported: scenarios[0].expected.workflow');
  await expect(packStatus).toContainText('Your selection of library calls is kept.');
  await expect(lib).toBeChecked();
  // The reader loaded on use only.
  expect(scripts.length).toBeGreaterThan(before);
  await lib.uncheck();
  await packInput.setInputFiles(packFile);
  await expect(packStatus).toContainText(
    'Pack "Month-end" loaded: 2 custom call(s) (canteen-vegan-menu, sap-close-fails).',
  );
  await expectAccessible(page);
  await form.getByRole('radio', { name: 'SCORM 2004 (4th edition)', exact: true }).check();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    form.getByRole('button', { name: 'Build and download the package' }).click(),
  ]);
  const name = dl.suggestedFilename();
  expect(name).toMatch(/^calls-selection-[0-9a-f]{8}-scorm2004\.zip$/);
  const pkg = name.replace(/\.zip$/, '');
  host.add(pkg, new Uint8Array(readFileSync((await dl.path())!)));
  const c = content(pkg);
  expect(c).toMatchObject({ kind: 'calls', title: 'USM calls: Month-end (2 calls)' });
  expect(c.scenarios.map((s: KitCall) => [s.id, s.title])).toEqual([
    ['canteen-vegan-menu', 'The canteen wants a vegan menu'],
    ['sap-close-fails', 'The SAP month-end close fails'],
  ]);

  const foreign = watchForeignRequests(page, host.origin);
  await page.goto(`${host.origin}/host.html?v=2004`);
  await page.evaluate((n) => (window as any).lms.launch(n, null), pkg);
  const f = page.frameLocator('#sco');
  await expect(f.getByRole('heading', { level: 1 })).toHaveText('USM calls: Month-end (2 calls)');
  await expect(f.getByRole('heading', { level: 2 })).toContainText('The canteen wants a vegan menu');
  await playCall(f, c.scenarios[0]);
  await f.getByRole('button', { name: 'Next call' }).click();
  await expect(f.getByRole('heading', { level: 2 })).toContainText('The SAP month-end close fails');
  await playCall(f, c.scenarios[1]);
  await f.getByRole('button', { name: 'Finish and send the result' }).click();
  await expect(f.getByTestId('result')).toContainText('2 of 2 calls routed right');
  const committed = () => page.evaluate(() => (window as any).lms.committed());
  await expect.poll(async () => JSON.stringify(await committed())).toContain('"passed"');
  const cmi = await committed();
  expect(cmi.success_status).toBe('passed');
  const interactions = Object.values(cmi.interactions) as Record<string, string>[];
  expect(interactions.map((i) => [i.id, i.result])).toEqual([
    ['canteen-vegan-menu', 'correct'],
    ['sap-close-fails', 'correct'],
  ]);
  expect(foreign).toEqual([]);
});
