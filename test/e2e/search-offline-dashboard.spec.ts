import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectAccessible, hydrated, playRoute, takeNextCall } from './helpers.ts';

test.describe('search palette', () => {
  test('opens by keyboard, finds the Dutch term BIR and lands on the glossary entry', async ({ page }) => {
    await page.goto('/lessons/processes/change/');
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: /Search lessons, glossary/ });
    await expect(input).toBeFocused();
    await input.fill('BIR');
    await expect(page.locator('#search-results [role=option]').first()).toContainText(
      'Managed infrastructure register',
    );
    await expectAccessible(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/glossary\/#managed-infrastructure-register$/);
  });

  test('finds the mining scenario, grouped by kind, and the index loads only on first open', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(requests.some((u) => u.includes('search-index.json'))).toBe(false);
    await page
      .getByRole('button', { name: /Search/ })
      .first()
      .click();
    await page.getByRole('combobox', { name: /Search lessons, glossary/ }).fill('haul truck telemetry');
    const scenarios = page.getByRole('group', { name: 'Scenarios' });
    await expect(scenarios.getByRole('option').first()).toContainText('Haul-truck telemetry goes dark');
    expect(requests.some((u) => u.includes('search-index.json'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});

test.describe('progress dashboard', () => {
  test('reflects a finished lesson, a practice answer and a played scenario, and survives export, clear and import', async ({
    page,
  }) => {
    await page.goto('/lessons/processes/recover/');
    await hydrated(page);
    await page.getByTestId('lesson-done').click();
    await expect(page.getByTestId('lesson-done')).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/practice/?question=recover-002');
    await hydrated(page);
    await page.getByRole('radio', { name: /^Restoring the service as agreed/ }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.locator('.question-feedback')).toBeVisible();
    await page.goto('/simulator/mining-telemetry-outage/');
    await hydrated(page);
    await playRoute(page, 'Incident', ['Recover', 'Operate']);
    await expect(page.getByTestId('score')).toBeVisible();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('usm-trainer/scenarios'))).not.toBeNull();

    await page.goto('/progress/');
    await hydrated(page);
    const check = async () => {
      await expect(page.getByTestId('dash-module-processes')).toHaveText('1 / 5');
      await expect(page.getByTestId('dash-mastery-recover')).toHaveText(/^100 %/);
      await expect(page.getByTestId('dash-played')).toHaveText('Scenarios played: 1');
      await expect(page.getByText('expected 3, you executed 4: 1×')).toBeVisible();
      await expect(page.getByTestId('dash-wf-3')).not.toHaveText('—');
    };
    await check();
    await expectAccessible(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all progress' }).click();
    const file = readFileSync(await (await download).path());
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await hydrated(page);
    await expect(page.getByTestId('dash-played')).toHaveText('Scenarios played: 0');
    await page.setInputFiles('#progress-import', { name: 'progress.json', mimeType: 'application/json', buffer: file });
    await check();
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after a first visit the site works with the network off, and a scenario can be played', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      // Wait until the worker controls the page and the precache is complete.
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.controller
          ? resolve()
          : navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
      return reg.active?.state;
    });
    await context.setOffline(true);
    for (const path of ['/lessons/workflows/forks-and-nesting/', '/glossary/', '/simulator/']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.goto('/simulator/mining-telemetry-outage/');
    await hydrated(page);
    await playRoute(page, 'Incident', ['Recover', 'Change', 'Operate']);
    await expect(page.getByTestId('score')).toContainText('Score: 100 / 100');
    await context.setOffline(false);
  });
});

test.describe('the Shift', () => {
  test('a shift is played to the end and the report shows', async ({ page }) => {
    await page.goto('/shift/?seed=7');
    await hydrated(page);
    await page.getByRole('radio', { name: /A day shift at the mine/ }).check();
    await page.getByRole('button', { name: 'Start the shift' }).click();
    await expect(page.getByTestId('shift-clock')).toContainText('Shift time');
    await expectAccessible(page);
    // Handle the first open call (any routing), then end the shift.
    for (let i = 0; i < 3; i++) {
      await takeNextCall(page);
      await hydrated(page);
      await playRoute(page, 'Incident', ['Recover', 'Operate']);
      await page.getByRole('button', { name: 'Back to the queue' }).click();
    }
    await expect(page.getByTestId('kpi-incidents')).toBeVisible();
    await page.getByRole('button', { name: 'End the shift' }).click();
    await expect(page.getByRole('heading', { name: 'Shift report' })).toBeVisible();
    await expect(page.getByTestId('shift-report-calls').locator('tbody tr')).not.toHaveCount(0);
    const handled = page
      .getByTestId('shift-report-calls')
      .locator('tbody tr')
      .filter({ has: page.locator('td:nth-child(4)', { hasText: /^\d+$/ }) });
    await expect(handled).toHaveCount(3);
    await expectAccessible(page);
  });
});
