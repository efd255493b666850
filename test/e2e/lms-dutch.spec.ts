/**
 * The Dutch LMS packages (/nl/export/lms/): downloaded from the built site, unzipped and played in Dutch inside
 * the stand-in LMS (scorm-again) to the end: the two-call sampler as SCORM 2004 and the mock exam as SCORM 1.2,
 * with the score, status and interactions the LMS records (the same ids as the English packages). Opened
 * outside an LMS, each says so in Dutch, and the pages are axe clean. Every Dutch word looked for comes from
 * the Dutch dictionary and the terminology table.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { tFor } from '../../src/i18n/dictionaries.ts';
import { LmsHost } from './lms-host.ts';
import { expectAccessible, watchForeignRequests } from './helpers.ts';
import { playCall, type S } from './lms-play.ts';

const host = new LmsHost(
  Number(process.env.LMS_DUTCH_PORT ?? Number(process.env.E2E_PORT ?? 4321) + (process.env.E2E_PORT ? 5 : 20)),
);
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);
const nl = tFor('nl');
const en = tFor('en');

const NAMES = ['calls-sampler-scorm2004', 'mock-exam-scorm12', 'mock-exam-scorm2004', 'calls-sampler-cmi5'];
/** The English sampler's call ids, to compare with what the Dutch package reports. */
let englishSampler: string[] = [];

test.beforeAll(async ({ request }) => {
  for (const name of NAMES) {
    const res = await request.get(`/nl/export/lms/${name}.zip`);
    expect(res.status(), name).toBe(200);
    host.add(name, new Uint8Array(await res.body()));
  }
  const english = await request.get('/export/lms/calls-sampler-scorm2004.zip');
  englishSampler = (
    contentOf(host.add('en-calls-sampler-scorm2004', new Uint8Array(await english.body()))).scenarios as S[]
  ).map((s) => s.id);
  await host.start();
});
test.afterAll(() => host.stop());

function contentOf(files: Map<string, Uint8Array>) {
  return JSON.parse(
    new TextDecoder()
      .decode(files.get('content.js')!)
      .replace(/^window\.USM_LMS = /, '')
      .replace(/;\s*$/, ''),
  );
}
const content = (name: string) => contentOf(host.packages.get(name)!);

type Cmi = Record<string, any>;
const committed = (page: Page): Promise<Cmi> =>
  page.evaluate(() => (window as unknown as { lms: { committed(): Cmi } }).lms.committed());
const launch = (page: Page, name: string) => page.evaluate((n) => (window as any).lms.launch(n, null), name);

test('SCORM 2004: the Dutch sampler is played in Dutch to the end and reports passed, its score and the same call ids', async ({
  page,
}) => {
  const name = 'calls-sampler-scorm2004';
  const { scenarios, title } = content(name) as { scenarios: S[]; title: string };
  expect(scenarios.map((s) => s.id)).toEqual(englishSampler);
  const foreign = watchForeignRequests(page, host.origin);
  await page.goto(`${host.origin}/host.html?v=2004`);
  await launch(page, name);
  const f = page.frameLocator('#sco');
  await expect(f.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(f.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(f.getByRole('heading', { level: 2 })).toContainText(
    nl('lms.calls.heading', { n: 1, total: 2, title: '' }).split(':')[0]!,
  );
  await playCall(f, scenarios[0]!, 'nl');
  await f.getByRole('button', { name: nl('lms.calls.next') }).click();
  await playCall(f, scenarios[1]!, 'nl');
  await f.getByRole('button', { name: nl('lms.calls.finish') }).click();
  const routedRight = nl('lms.calls.score', { score: 0, pass: 65, passed: 2, total: 2 }).split('; ')[1]!;
  await expect(f.getByTestId('result')).toContainText(routedRight.replace(/\.$/, ''));
  await expect(f.getByTestId('result')).toContainText(nl('lms.closeWindow'));
  await expect.poll(async () => (await committed(page)).success_status).toBe('passed');
  const cmi = await committed(page);
  expect(cmi.completion_status).toBe('completed');
  expect(Number(cmi.score.scaled)).toBeGreaterThanOrEqual(0.65);
  const interactions = Object.values(cmi.interactions) as Record<string, string>[];
  expect(interactions.map((i) => i.id)).toEqual(englishSampler);
  expect(interactions.every((i) => i.result === 'correct')).toBe(true);
  expect(foreign).toEqual([]);
  await expectAccessible(page);
});

/** Answers the Dutch exam on screen from the package's own (Dutch) questions: right unless `wrong(n)`. */
async function answerInDutch(f: FrameLocator, questions: { stem: string; answer: number; options: string[] }[]) {
  const byStem = new Map(questions.map((q) => [q.stem, q]));
  for (let n = 1; n <= 40; n++) {
    const count = nl('exam.question', { n, total: 40 });
    const legend = f.locator('legend');
    await expect(legend.locator('.lms-count')).toHaveText(count);
    const q = byStem.get((await legend.innerText()).replace(count, '').trim())!;
    expect(q).toBeTruthy();
    await f
      .getByRole('radio', { name: q.options[n > 32 ? (q.answer + 1) % q.options.length : q.answer], exact: true })
      .check();
    if (n < 40) await f.getByRole('button', { name: nl('exam.next'), exact: true }).click();
  }
}

test('SCORM 1.2: the Dutch mock exam is sat in Dutch and reports passed with 32 of 40', async ({ page }) => {
  const name = 'mock-exam-scorm12';
  const { questions } = content(name);
  await page.goto(`${host.origin}/host.html?v=12`);
  await launch(page, name);
  const f = page.frameLocator('#sco');
  await expect(f.locator('html')).toHaveAttribute('lang', 'nl');
  await answerInDutch(f, questions);
  await f.getByText(nl('exam.submit')).click();
  await f.getByRole('button', { name: nl('exam.confirm.yes') }).click();
  await expect(f.getByTestId('result')).toContainText(nl('exam.result.passed'));
  await expect.poll(async () => (await committed(page)).core?.lesson_status).toBe('passed');
  const cmi = await committed(page);
  expect(cmi.core.score.raw).toBe('80');
  const interactions = Object.values(cmi.interactions) as Record<string, string>[];
  expect(interactions).toHaveLength(40);
  expect(interactions.filter((i) => i.result === 'correct')).toHaveLength(32);
});

test('opened outside an LMS, a Dutch package says so in Dutch and stays playable', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const [name, key] of [
    ['mock-exam-scorm2004', 'lms.problem.noLms.scorm2004'],
    ['calls-sampler-cmi5', 'lms.problem.noLms.cmi5'],
  ] as const) {
    await page.goto(`${host.origin}/pkg/${name}/index.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByTestId('lms-notice')).toHaveText(nl(key));
    expect(nl(key)).not.toBe(en(key));
    await page.getByRole('radio').first().check();
    await expectAccessible(page);
  }
  expect(errors).toEqual([]);
});
