import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './helpers.ts';

const combobox = (page: Page) => page.getByRole('combobox', { name: /Search lessons, glossary/ });

test.describe('search palette: full text', () => {
  test('a word that stands only deep inside one lesson section leads to that section’s anchor', async ({ page }) => {
    await page.goto('/glossary/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Search' }).click();
    // "defibrillators" stands near the end of a long worked example, far past its first sentences.
    await combobox(page).fill('defibrillators');
    const first = page.locator('#search-results [role=option]').first();
    await expect(first).toContainText('Deployment scenarios › Worked example: a regional ambulance service');
    await expect(first.locator('mark')).toHaveText(['defibrillators']);
    await expect(first.locator('.search-text')).not.toContainText('---');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      /\/lessons\/applying\/deployment-scenarios\/#worked-example-a-regional-ambulance-service$/,
    );
    await expect(
      page.getByRole('heading', { level: 2, name: 'Worked example: a regional ambulance service' }),
    ).toBeInViewport();
  });

  test('the dialog is centred over a dimmed page, keeps focus inside, is accessible, and gives focus back on close', async ({
    page,
  }) => {
    await page.goto('/lessons/processes/recover/');
    await page.waitForLoadState('networkidle');
    const button = page.getByRole('button', { name: 'Search' });
    await expect(button.locator('svg')).toBeVisible();
    await button.click();
    const dialog = page.getByRole('dialog', { name: /Search lessons, glossary/ });
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    const width = page.viewportSize()!.width;
    expect(Math.abs(box.x + box.width / 2 - width / 2)).toBeLessThan(2);
    const backdrop = await dialog.evaluate((d) => getComputedStyle(d, '::backdrop').backgroundColor);
    expect(backdrop).not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent)$/);
    await combobox(page).fill('underpin');
    await expect(page.locator('#search-results [role=option]').first()).toContainText('Underpinning contract');
    await expect(page.locator('#search-results mark').first()).toBeVisible();
    await expectAccessible(page);
    // Tab and Shift+Tab stay within the box and the Close button.
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    // Opened with the shortcut, it still hands focus back to the button.
    await page.keyboard.press('Control+k');
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toBeFocused();
  });

  test('short queries match exactly: RFC finds the term first and never “Root cause analysis”', async ({ page }) => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Control+k');
    await combobox(page).fill('RFC');
    const options = page.locator('#search-results [role=option]');
    await expect(options.first()).toContainText('Request for change');
    await expect(page.locator('#search-results')).not.toContainText('Root cause analysis');
  });

  test('a scenario’s workflow shows only once played, or when the query names it', async ({ page }) => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Control+k');
    await combobox(page).fill('haul truck telemetry');
    const scenario = page.getByRole('group', { name: 'Scenarios' }).getByRole('option').first();
    await expect(scenario).toContainText('Haul-truck telemetry goes dark');
    await expect(page.getByRole('group', { name: 'Scenarios' })).not.toContainText(/workflow \d/i);
    await combobox(page).fill('workflow 3');
    await expect(page.getByRole('group', { name: 'Scenarios' }).getByRole('option').first()).toContainText(
      'Workflow 3: Incidents with changes to managed resources',
    );
    await page.keyboard.press('Escape');
    await page.evaluate(() =>
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
                at: '2026-12-01T10:00:00.000Z',
              },
            },
          },
        }),
      ),
    );
    await page.keyboard.press('Control+k');
    await combobox(page).fill('haul truck telemetry');
    await expect(scenario).toContainText('Workflow 3: Incidents with changes to managed resources');
    await expect(scenario).toContainText('You played this call');
  });

  test('at 390 px the search button shows its icon and keeps its name', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/lessons/processes/recover/');
    const button = page.getByRole('button', { name: 'Search' });
    await expect(button).toBeVisible();
    const icon = (await button.locator('svg').boundingBox())!;
    expect(icon.width).toBeGreaterThan(10);
    await button.click();
    await combobox(page).fill('payslip');
    await expect(page.locator('#search-results [role=option]').first()).toBeVisible();
    await expect(page.locator('#search-results .search-text').first()).not.toBeEmpty();
  });
});

test.describe('search palette offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('the index and its snippets are precached: search works with the network off', async ({ page, context }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.controller
          ? resolve()
          : navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    });
    await context.setOffline(true);
    await page.goto('/glossary/');
    await page.keyboard.press('Control+k');
    await combobox(page).fill('defibrillators');
    await expect(page.locator('#search-results [role=option]').first().locator('mark')).toHaveText(['defibrillators']);
    await context.setOffline(false);
  });
});
