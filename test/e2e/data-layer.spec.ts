import { expect, test } from '@playwright/test';
import { hydrated } from './helpers.ts';

test.describe('data layer in the browser', () => {
  test('a corrupted record is set aside with a notice, can be downloaded, and good data stays', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => {
      localStorage.setItem(
        'usm-trainer/scenarios',
        JSON.stringify({
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
        }),
      );
      localStorage.setItem('usm-trainer/lessons', '{"v":2,"data":{"done":{"recover":');
    });
    await page.reload();
    await expect(page.getByText('Some saved progress could not be read')).toBeVisible();
    await page.getByRole('link', { name: 'Review it on the progress page' }).click();
    await page.waitForURL(/\/progress\/$/);
    await hydrated(page);
    const list = page.getByTestId('quarantine-list');
    await expect(list).toContainText('lessons');
    await expect(list).toContainText('not valid JSON');
    const download = page.waitForEvent('download');
    await list.getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('usm-trainer-lessons-set-aside.txt');
    const kept = await page.evaluate(
      () => JSON.parse(localStorage.getItem('usm-trainer/scenarios')!).data.results['mining-telemetry-outage'].best,
    );
    expect(kept).toBe(100);
  });

  test('export then import restores progress; a tampered file changes nothing and says why', async ({ page }) => {
    await page.goto('/lessons/processes/recover/');
    await hydrated(page);
    await page.getByTestId('lesson-done').click();
    await expect(page.getByTestId('lesson-done')).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/progress/');
    await hydrated(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all progress' }).click();
    const exported = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(exported, 'utf8');
    expect(JSON.parse(text).records.lessons.data.done).toHaveProperty('recover');

    const tampered = JSON.parse(text);
    tampered.records.lessons.data.done.recover = 'not a date';
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await hydrated(page);
    await page.setInputFiles('#progress-import', {
      name: 'tampered.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(tampered)),
    });
    await expect(page.getByTestId('import-result')).toContainText('Nothing was changed');
    await expect(page.getByTestId('import-result')).toContainText('records.lessons');
    expect(await page.evaluate(() => localStorage.getItem('usm-trainer/lessons'))).toBeNull();

    await page.setInputFiles('#progress-import', {
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(page.getByTestId('import-result')).toContainText(
      'Imported: lessons, scenarios, questions, exam, examHistory, maturity, reviews, coachRooms, builderDrafts.',
    );
    await page.goto('/lessons/processes/recover/');
    await expect(page.locator('#starlight__sidebar a[data-done]')).toHaveText(/Recover/);
  });
});
