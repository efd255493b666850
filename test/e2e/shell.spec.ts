import { expect, test } from '@playwright/test';
import { expectAccessible, hydrated, watchForeignRequests } from './helpers.ts';

const PAGES = [
  '/',
  '/lessons/processes/recover/',
  '/simulator/',
  '/simulator/mining-telemetry-outage/',
  '/simulator/sandbox/',
  '/glossary/',
  '/practice/',
  '/exam/',
  '/review/',
  '/export/',
  '/assessment/',
  '/assessment/team/',
  '/progress/',
  '/coach/',
  '/coach/join/',
  '/coach/room/',
  '/shift/',
];

test.describe('site shell', () => {
  test('home tells each of the three users where to start', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'USM Trainer' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start the first lesson' })).toHaveAttribute(
      'href',
      '/lessons/services/what-is-a-service/',
    );
    await expect(page.getByRole('link', { name: 'Open coach mode' })).toHaveAttribute('href', '/coach/');
    await expect(page.getByRole('link', { name: 'Start the self-assessment' })).toBeVisible();
    const nav = page.getByRole('banner').getByRole('navigation', { name: 'Main' });
    for (const name of ['Lessons', 'Simulator', 'Practice', 'Self-assessment'])
      await expect(nav.getByRole('link', { name })).toBeVisible();
  });

  test('a lesson renders with objectives, sidebar and the next-lesson link', async ({ page }) => {
    await page.goto('/lessons/processes/recover/');
    await expect(page.getByRole('heading', { level: 1, name: 'Recover' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'In this lesson you will learn to' })).toBeVisible();
    await expect(page.locator('#starlight__sidebar a[aria-current="page"]:visible')).toHaveText(/Recover/);
    await expect(page.getByRole('link', { name: /Next/ })).toBeVisible();
  });

  test('keyboard alone reaches the header navigation and follows a link', async ({ page }) => {
    await page.goto('/');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () =>
          document.activeElement?.textContent?.trim() === 'Simulator' &&
          document.activeElement.closest('header nav[aria-label="Main"]') !== null,
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/simulator\/$/);
  });

  test('dark mode toggles and survives a reload', async ({ page }) => {
    await page.goto('/');
    const select = page.locator('starlight-theme-select select').first();
    await select.selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await select.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('no request leaves the site and every page sets a self-only Content-Security-Policy', async ({
    page,
    baseURL,
  }) => {
    const foreign = watchForeignRequests(page, baseURL!);
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).not.toMatch(/https?:/);
    }
    expect(foreign).toEqual([]);
  });

  for (const path of PAGES) {
    test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(path);
      await hydrated(page);
      await expectAccessible(page);
      expect(errors).toEqual([]);
    });
  }
});
