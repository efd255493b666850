/**
 * The LMS packages as built for /export/: each kind (SCORM 1.2, SCORM 2004, cmi5) of the mock exam and of
 * the two-call sampler set is downloaded, unzipped, served on 127.0.0.1 and played inside a stand-in LMS
 * (scorm-again for SCORM; a local xAPI endpoint for cmi5). Asserts the recorded score, status and resume
 * data, the cmi5 statements' shape, and the bad cases: no LMS, corrupt or foreign suspend data.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { CALL_TYPES } from '#engine/model';
import { LmsHost } from './lms-host.ts';
import { cmi5Problems, type Statement } from '../unit/lms/cmi5-rules.ts';
import { expectAccessible, watchForeignRequests } from './helpers.ts';
import { playCall, type S } from './lms-play.ts';

const host = new LmsHost(
  Number(
    process.env.LMS_PORT ?? (Number(process.env.E2E_PORT ?? 4321) === 4321 ? 4340 : Number(process.env.E2E_PORT) + 3),
  ),
);
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

interface Q {
  id: string;
  stem: string;
  options: string[];
  answer: number;
}

test.beforeAll(async ({ request }) => {
  for (const name of [
    'mock-exam-scorm12',
    'mock-exam-scorm2004',
    'mock-exam-cmi5',
    'calls-sampler-scorm12',
    'calls-sampler-scorm2004',
    'calls-sampler-cmi5',
  ]) {
    const res = await request.get(`/export/lms/${name}.zip`);
    expect(res.status(), name).toBe(200);
    host.add(name, new Uint8Array(await res.body()));
  }
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

/** Answers the shown questions from `from` (1-based, as on screen) through `to`: right unless `wrong(n)`. */
async function answer(f: FrameLocator | Page, questions: Q[], from: number, to: number, wrong: (n: number) => boolean) {
  const byStem = new Map(questions.map((q) => [q.stem, q]));
  for (let n = from; n <= to; n++) {
    const legend = f.locator('legend');
    await expect(legend.locator('.lms-count')).toHaveText(`Question ${n} of 40`);
    const stem = (await legend.innerText()).replace(/^Question \d+ of 40\s*/, '').trim();
    const q = byStem.get(stem)!;
    expect(q, stem).toBeTruthy();
    const pick = wrong(n) ? (q.answer + 1) % q.options.length : q.answer;
    await f.getByRole('radio', { name: q.options[pick]!, exact: true }).check();
    if (n < 40) await f.getByRole('button', { name: 'Next', exact: true }).click();
  }
}

async function submit(f: FrameLocator | Page) {
  await f.getByText('Submit the exam').click();
  await f.getByRole('button', { name: 'Yes, submit' }).click();
  await expect(f.getByTestId('result')).toBeVisible();
}

for (const v of ['12', '2004'] as const) {
  const lmsPage = `/host.html?v=${v}`;
  type Cmi = Record<string, any>;
  const committed = (page: Page) =>
    page.evaluate(() => (window as unknown as { lms: { committed(): Cmi } }).lms.committed());

  test(`SCORM ${v}: the mock exam suspends, resumes in the LMS, and reports score, status and answers`, async ({
    page,
  }) => {
    const name = `mock-exam-scorm${v}`;
    const questions = content(name).questions as Q[];
    const foreign = watchForeignRequests(page, host.origin);
    await page.goto(host.origin + lmsPage);
    await page.evaluate((n) => (window as any).lms.launch(n, null), name);
    const f = page.frameLocator('#sco');
    await answer(f, questions, 1, 4, () => false);
    await page.evaluate(() => (window as any).lms.close());
    await expect
      .poll(async () => (v === '12' ? (await committed(page)).core.exit : (await committed(page)).exit))
      .toBe('suspend');
    const first = await committed(page);
    const suspend = first.suspend_data as string;
    expect(JSON.parse(suspend).s.i).toBe(4);
    expect((JSON.parse(suspend).s.a as number[]).filter((x) => x >= 0)).toHaveLength(4);
    expect(v === '12' ? first.core.lesson_status : first.completion_status).toBe('incomplete');

    // The LMS relaunches with what it kept: the exam resumes at question 5 with the answers given.
    const kept =
      v === '12'
        ? { suspend_data: suspend, core: { entry: 'resume', lesson_status: 'incomplete' } }
        : { suspend_data: suspend, entry: 'resume', completion_status: 'incomplete' };
    await page.evaluate(([n, k]) => (window as any).lms.launch(n, k), [name, kept] as const);
    await expect(f.getByTestId('lms-notice')).toContainText('continues where you left it');
    await expect(f.locator('.lms-count')).toHaveText('Question 5 of 40');
    await f.getByRole('button', { name: 'Previous' }).click();
    await expect(f.getByRole('radio', { checked: true })).toHaveCount(1);
    await f.getByRole('button', { name: 'Next', exact: true }).click();
    await answer(f, questions, 5, 40, (n) => n > 30); // 30 right, 10 wrong
    await submit(f);
    await expect(f.getByTestId('score')).toContainText('30 of 40 correct');
    await expect.poll(async () => JSON.stringify(await committed(page))).toContain('"passed"');
    const cmi = await committed(page);
    if (v === '12') {
      expect(cmi.core.lesson_status).toBe('passed');
      expect(cmi.core.score.raw).toBe('75');
      expect(cmi.core.exit).toBe('');
      expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
    } else {
      expect(cmi.success_status).toBe('passed');
      expect(cmi.completion_status).toBe('completed');
      expect(cmi.score.scaled).toBe('0.75');
      expect(cmi.score.raw).toBe('30');
      expect(cmi.exit).toBe('normal');
      expect(cmi.session_time).toMatch(/^PT/);
    }
    const interactions = Object.values(cmi.interactions) as Record<string, string>[];
    expect(interactions).toHaveLength(40);
    expect(interactions.filter((i) => i.result === 'correct')).toHaveLength(30);
    expect(JSON.parse(cmi.suspend_data).s.d).toBe(1);
    expect(foreign).toEqual([]);
  });

  test(`SCORM ${v}: the two-call set is played on the engine and reported as the simulator grades`, async ({
    page,
  }) => {
    const name = `calls-sampler-scorm${v}`;
    const scenarios = content(name).scenarios as S[];
    expect(scenarios).toHaveLength(2);
    await page.goto(host.origin + lmsPage);
    await page.evaluate((n) => (window as any).lms.launch(n, null), name);
    const f = page.frameLocator('#sco');
    await playCall(f, scenarios[0]!);
    await f.getByRole('button', { name: 'Next call' }).click();
    await expect(f.getByRole('heading', { level: 2 })).toContainText('Call 2 of 2');
    // Close in the middle of call 2, then resume there.
    await f.getByRole('radio', { name: CALL_TYPES[scenarios[1]!.expected.callType].name, exact: true }).check();
    await page.evaluate(() => (window as any).lms.close());
    await expect
      .poll(async () => (v === '12' ? (await committed(page)).core.exit : (await committed(page)).exit))
      .toBe('suspend');
    const suspend = (await committed(page)).suspend_data as string;
    expect(JSON.parse(suspend).s).toMatchObject({
      i: 1,
      e: [{ type: 'CLASSIFY' }],
      d: [[expect.any(Number), 1, expect.stringMatching(/^\d:\d+$/)]],
    });
    const kept =
      v === '12' ? { suspend_data: suspend, core: { entry: 'resume' } } : { suspend_data: suspend, entry: 'resume' };
    await page.evaluate(([n, k]) => (window as any).lms.launch(n, k), [name, kept] as const);
    await expect(f.getByRole('heading', { level: 2 })).toContainText('Call 2 of 2');
    await expect(
      f.getByRole('radio', { name: CALL_TYPES[scenarios[1]!.expected.callType].name, exact: true }),
    ).toBeChecked();
    await playCall(f, scenarios[1]!);
    await f.getByRole('button', { name: 'Finish and send the result' }).click();
    await expect(f.getByTestId('result')).toContainText('2 of 2 calls routed right');
    await expect.poll(async () => JSON.stringify(await committed(page))).toContain('"passed"');
    const cmi = await committed(page);
    if (v === '12') {
      expect(cmi.core.lesson_status).toBe('passed');
      expect(Number(cmi.core.score.raw)).toBeGreaterThanOrEqual(65);
    } else {
      expect(cmi.success_status).toBe('passed');
      expect(Number(cmi.score.scaled)).toBeGreaterThanOrEqual(0.65);
      expect(Number(cmi.score.raw)).toBe(Math.round(Number(cmi.score.scaled) * 10000) / 100);
    }
    const interactions = Object.values(cmi.interactions) as Record<string, string>[];
    expect(interactions.map((i) => i.id)).toEqual(scenarios.map((s) => s.id));
    expect(interactions.every((i) => i.result === 'correct')).toBe(true);
  });
}

test('cmi5: the mock exam and the call set send the cmi5 statements, resume from the state API, and score', async ({
  page,
}) => {
  for (const name of ['mock-exam-cmi5', 'calls-sampler-cmi5']) {
    const c = content(name);
    const auId = /<au id="([^"]+)"/.exec(new TextDecoder().decode(host.packages.get(name)!.get('cmi5.xml')!))![1]!;
    const actor = { objectType: 'Agent', account: { homePage: 'http://lms.example', name: 'learner-7' } };
    const registration = crypto.randomUUID();
    const open = async (sessionId: string) => {
      host.launch = { registration, sessionId, masteryScore: 0.65 };
      // The LMS sends launched before it opens the AU.
      host.statements.push({
        id: crypto.randomUUID(),
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched' },
        context: { registration, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId } },
      });
      const q = new URLSearchParams({
        endpoint: `${host.origin}/xapi/`,
        fetch: `${host.origin}/fetch`,
        actor: JSON.stringify(actor),
        registration,
        activityId: auId,
      });
      await page.goto(`${host.origin}/pkg/${name}/index.html?${q}`);
    };
    const sessionStatements = (sessionId: string) =>
      host.statements.filter(
        (s) =>
          (s.context as Statement['context'])?.extensions?.[
            'https://w3id.org/xapi/cmi5/context/extensions/sessionid'
          ] === sessionId && (s.verb as { id: string }).id !== 'http://adlnet.gov/expapi/verbs/launched',
      ) as unknown as Statement[];
    const launch = (sessionId: string) => ({ actor, registration, activityId: auId, sessionId, masteryScore: 0.65 });
    const foreign = watchForeignRequests(page, host.origin);

    await open(`${name}-1`);
    if (c.kind === 'exam') await answer(page, c.questions, 1, 2, () => false);
    else await playCall(page, c.scenarios[0]);
    await page.goto('about:blank');
    await expect
      .poll(() => sessionStatements(`${name}-1`).map((s) => s.verb.id.split('/').pop()))
      .toEqual(['initialized', 'terminated']);
    expect(cmi5Problems(sessionStatements(`${name}-1`), launch(`${name}-1`))).toEqual([]);

    await open(`${name}-2`);
    await expect(page.getByTestId('lms-notice')).toContainText('continues where you left it');
    if (c.kind === 'exam') {
      await answer(page, c.questions, 3, 40, (n) => n > 20); // 20 right: 50 %, failed
      await submit(page);
    } else {
      await page.getByRole('button', { name: 'Next call' }).click();
      await playCall(page, c.scenarios[1]);
      await page.getByRole('button', { name: 'Finish and send the result' }).click();
      await expect(page.getByTestId('result')).toBeVisible();
    }
    await expect
      .poll(() => sessionStatements(`${name}-2`).at(-1)?.verb.id)
      .toBe('http://adlnet.gov/expapi/verbs/terminated');
    const sent = sessionStatements(`${name}-2`);
    expect(cmi5Problems(sent, launch(`${name}-2`))).toEqual([]);
    const verbs = sent.map((s) => s.verb.id.split('/').pop());
    const judged = sent.find((s) => /passed|failed$/.test(s.verb.id))!;
    if (c.kind === 'exam') {
      expect(verbs.filter((x) => x === 'answered')).toHaveLength(40);
      expect(judged.verb.id).toMatch(/failed$/);
      expect(judged.result?.score).toEqual({ scaled: 0.5, raw: 20, min: 0, max: 40 });
    } else {
      expect(verbs.filter((x) => x === 'answered')).toHaveLength(2);
      expect(judged.verb.id).toMatch(/passed$/);
      expect(judged.result?.score?.scaled).toBeGreaterThanOrEqual(0.65);
    }
    expect(verbs).toContain('completed');
    expect(foreign).toEqual([]);
  }
});

test('bad input: no LMS, corrupt suspend data and another version’s data each give a message and a playable attempt', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Opened outside an LMS.
  await page.goto(`${host.origin}/pkg/mock-exam-scorm2004/index.html`);
  await expect(page.getByTestId('lms-notice')).toContainText('No SCORM 2004 LMS was found');
  await page.getByRole('radio').first().check();
  await expectAccessible(page);
  await page.goto(`${host.origin}/pkg/calls-sampler-cmi5/index.html`);
  await expect(page.getByTestId('lms-notice')).toContainText('not launched by a cmi5 LMS');
  await expect(page.getByRole('button', { name: /^Send to / }).first()).toBeVisible();
  await expectAccessible(page);
  // Keyboard alone: the call types are reached with Tab (past the facts' buttons) and one is chosen with Space.
  for (
    let i = 0;
    i < 12 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'));
    i++
  )
    await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio').first()).toBeChecked();

  await page.goto(host.origin + '/host.html?v=12');
  const f = page.frameLocator('#sco');
  await page.evaluate(() =>
    (window as any).lms.launch('mock-exam-scorm12', {
      suspend_data: '{"p":"usm-trainer-mock-exam","v":',
      core: { entry: 'resume' },
    }),
  );
  await expect(f.getByTestId('lms-notice')).toContainText('could not be read');
  await expect(f.locator('.lms-count')).toHaveText('Question 1 of 40');
  await f.getByRole('radio').first().check();

  const old = JSON.stringify({
    p: 'usm-trainer-mock-exam',
    v: 'an-old-version',
    s: { s: 1, a: [], i: 0, t: 1000, d: 0 },
  });
  await page.evaluate(
    (s) => (window as any).lms.launch('mock-exam-scorm12', { suspend_data: s, core: { entry: 'resume' } }),
    old,
  );
  await expect(f.getByTestId('lms-notice')).toContainText('another version of this package');
  await f.getByRole('radio').first().check();
  expect(errors).toEqual([]);
});
