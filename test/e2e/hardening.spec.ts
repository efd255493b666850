/**
 * Issue 12's browser reproductions: every one used to throw, brick a page or lose data. Each test also
 * listens for uncaught page errors: there must be none.
 */
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { hydrated } from './helpers.ts';

function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Uncaught/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

const SCENARIO = JSON.stringify({
  v: 1,
  data: {
    results: {
      'mining-telemetry-outage': {
        best: 100,
        attempts: 1,
        lastWorkflow: 3,
        passed: true,
        at: '2026-11-20T10:00:00.000Z',
      },
    },
  },
});
const exam = {
  seed: 1,
  ids: ['recover-001'],
  answers: {},
  flags: [],
  extraTime: false,
  remainingMs: 60_000,
  current: 0,
  startedAt: '2026-11-20T09:00:00.000Z',
};

test.describe('hostile saved data', () => {
  test('1: a record larger than the free quota is set aside in place; every page works and nothing is lost', async ({
    page,
  }) => {
    test.setTimeout(90_000); // megabytes through localStorage on a shared machine
    const errors = pageErrors(page);
    await page.goto('/');
    const size = await page.evaluate((scenario) => {
      localStorage.setItem('usm-trainer/scenarios', scenario);
      localStorage.setItem('usm-trainer/lessons', `{"v":2,"data":"${'A'.repeat(3e6)}"}`);
      return localStorage.getItem('usm-trainer/lessons')!.length;
    }, SCENARIO);
    for (const path of ['/', '/lessons/processes/recover/', '/exam/', '/progress/']) {
      await page.goto(path);
      await hydrated(page);
    }
    await expect(page.getByTestId('quarantine-list')).toContainText('lessons');
    await expect(page.getByTestId('quarantine-list')).toContainText('Too large to copy');
    await expect(page.getByTestId('lessons-done')).toBeVisible();
    // The original is still there, byte for byte, and the other record is untouched.
    expect(await page.evaluate(() => localStorage.getItem('usm-trainer/lessons')!.length)).toBe(size);
    expect(await page.evaluate(() => localStorage.getItem('usm-trainer/scenarios'))).toBe(SCENARIO);
    const download = page.waitForEvent('download');
    await page.getByTestId('quarantine-list').getByRole('button', { name: 'Download' }).click();
    expect((await download).suggestedFilename()).toBe('usm-trainer-lessons-set-aside.txt');
    await page.getByTestId('quarantine-list').getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByText('Nothing has been set aside.')).toBeVisible();
    expect(errors).toEqual([]);
  });

  for (const [name, data] of [
    ['current: 999', { ...exam, current: 999 }],
    ['ids: []', { ...exam, ids: [], current: 0 }],
  ] as const) {
    test(`2: a saved exam with ${name} is set aside; /exam/ offers a new exam`, async ({ page }) => {
      const errors = pageErrors(page);
      await page.goto('/');
      await page.evaluate((d) => localStorage.setItem('usm-trainer/exam', JSON.stringify({ v: 1, data: d })), data);
      await page.goto('/exam/');
      await hydrated(page);
      await expect(page.getByRole('button', { name: 'Start the exam' })).toBeVisible();
      await expect(page.getByText('Some saved progress could not be read')).toBeVisible();
      const set = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('usm-trainer/quarantine/'))
          .map((k) => JSON.parse(localStorage.getItem(k)!)),
      );
      expect(set).toMatchObject([
        { kind: 'exam', reason: expect.stringMatching(name.startsWith('ids') ? /ids/ : /current/) },
      ]);
      expect(errors).toEqual([]);
    });
  }

  test('5: a review card in state 99 is set aside; /review/ works', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('/');
    await page.evaluate(() =>
      localStorage.setItem(
        'usm-trainer/reviews',
        JSON.stringify({
          v: 1,
          data: {
            cards: {
              'recover-003': {
                due: '2026-01-01T00:00:00.000Z',
                stability: 1,
                difficulty: 5,
                elapsed_days: 0,
                scheduled_days: 0,
                learning_steps: 0,
                reps: 1,
                lapses: 1,
                state: 99,
              },
            },
          },
        }),
      ),
    );
    await page.goto('/review/');
    await hydrated(page);
    await expect(page.getByTestId('review-count')).toContainText('Nothing is due');
    await page.goto('/progress/');
    await hydrated(page);
    await expect(page.getByTestId('quarantine-list')).toContainText('state: must be between 0 and 3');
    expect(errors).toEqual([]);
  });

  test('11: a damaged starlight-theme is reset before Starlight reads it, by a script the CSP allows', async ({
    page,
  }) => {
    const errors = pageErrors(page);
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('starlight-theme', 'x"] y'));
    await page.reload();
    await expect(page.locator('starlight-theme-select select').first()).toHaveValue('auto');
    // Reset (Starlight then saves '' for "auto").
    expect(['', null]).toContain(await page.evaluate(() => localStorage.getItem('starlight-theme')));
    const html = await (await page.request.get('/')).text();
    const guard = /<script>(try\{var k='starlight-theme'[^<]*)<\/script>/.exec(html)![1]!;
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain(`'sha256-${createHash('sha256').update(guard).digest('base64')}'`);
    expect(errors).toEqual([]);
  });

  test('11: damaged quarantine entries are listed as damaged, never as "undefined"', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('/');
    await page.evaluate(() => {
      localStorage.setItem('usm-trainer/quarantine/a', '{"kind":7}');
      localStorage.setItem('usm-trainer/quarantine/b', 'not json');
    });
    await page.goto('/progress/');
    await hydrated(page);
    const list = page.getByTestId('quarantine-list');
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list).toContainText('A damaged set-aside entry');
    await expect(list).not.toContainText(/undefined|unknown/);
    expect(errors).toEqual([]);
  });
});

test.describe('storage that refuses', () => {
  test('storage that throws on every write: the page works in memory and says "export now"', async ({ page }) => {
    const errors = pageErrors(page);
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/lessons/processes/recover/');
    await hydrated(page);
    await page.getByTestId('lesson-done').click();
    await expect(page.getByTestId('lesson-done')).toHaveAttribute('aria-pressed', 'true');
    const notice = page.getByRole('alert').filter({ hasText: 'Your browser is not saving progress' });
    await expect(notice).toBeVisible();
    await notice.getByRole('link', { name: 'Export now on the progress page' }).click();
    await page.waitForURL(/\/progress\/$/);
    await hydrated(page);
    await expect(page.getByRole('button', { name: 'Export all progress' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('storage disabled (reading throws SecurityError): every page works and says so, at phone width too', async ({
    page,
  }) => {
    const errors = pageErrors(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    for (const path of ['/', '/exam/', '/progress/']) {
      await page.goto(path);
      await hydrated(page);
      await expect(page.getByText('Your browser is not saving progress')).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
});

test.describe('imports: all or nothing', () => {
  const file = (records: object) =>
    Buffer.from(
      JSON.stringify({ format: 'usm-trainer-progress', version: 1, exportedAt: '2026-11-24T10:00:00.000Z', records }),
    );
  const good = {
    lessons: { v: 2, data: { done: { agree: '2026-11-21T09:00:00.000Z' } } },
    questions: { v: 1, data: { answers: { 'recover-001': { right: 1, wrong: 0, at: '2026-11-21T09:00:00.000Z' } } } },
    reviews: { v: 1, data: { cards: {} } },
  };

  test('6: storage filling up midway puts every previous value back and says so', async ({ page }) => {
    await page.goto('/progress/');
    await page.evaluate(() =>
      localStorage.setItem(
        'usm-trainer/lessons',
        JSON.stringify({ v: 2, data: { done: { recover: '2026-11-20T09:00:00.000Z' } } }),
      ),
    );
    await page.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'usm-trainer/reviews') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return set.call(this, key, value);
      };
    });
    await page.reload();
    await hydrated(page);
    const before = await page.evaluate(() => [
      localStorage.getItem('usm-trainer/lessons'),
      localStorage.getItem('usm-trainer/questions'),
    ]);
    await page.setInputFiles('#progress-import', {
      name: 'big.json',
      mimeType: 'application/json',
      buffer: file(good),
    });
    await expect(page.getByTestId('import-result')).toContainText('Nothing was changed');
    await expect(page.getByTestId('import-result')).toContainText('storage is full');
    expect(
      await page.evaluate(() => [
        localStorage.getItem('usm-trainer/lessons'),
        localStorage.getItem('usm-trainer/questions'),
      ]),
    ).toEqual(before);
  });

  test('6: a 6.1 MB file and an empty file are refused before anything is written', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/progress/');
    await hydrated(page);
    await page.setInputFiles('#progress-import', {
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.concat([file(good), Buffer.alloc(6_100_000, ' ')]),
    });
    await expect(page.getByTestId('import-result')).toContainText('a progress file is at most 5 MB');
    await page.setInputFiles('#progress-import', {
      name: 'empty.json',
      mimeType: 'application/json',
      buffer: file({}),
    });
    await expect(page.getByTestId('import-result')).toContainText('the file holds no progress');
    await expect(page.getByTestId('import-result')).not.toContainText('Imported');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('usm-trainer/')))).toEqual(
      [],
    );
  });
});
