// The first hour (issue 13): lesson knowledge checks, the home page, the 404 page.
import { expect, test } from '@playwright/test';
import { expectAccessible, hydrated } from './helpers.ts';

test.describe('first hour: lessons, home and 404', () => {
  test('knowledge-check questions are numbered "1. …" once, before and after hydration', async ({ page }) => {
    await page.goto('/lessons/processes/recover/');
    const legends = page.locator('.knowledge-check .question legend');
    await hydrated(page);
    const texts = await legends.allTextContents();
    expect(texts.length).toBeGreaterThan(1);
    texts.forEach((text, i) => {
      expect(text.startsWith(`${i + 1}. `)).toBe(true);
      expect(text).not.toMatch(/^\d+\. \./);
    });
  });

  test('options cannot be clicked before the check has hydrated, and a click after hydration enables "Check answer"', async ({
    page,
  }) => {
    // Hold back the island's script so the server-rendered check is what the learner first sees.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/KnowledgeCheck*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/lessons/processes/recover/');
    const first = page.locator('.knowledge-check .question').first();
    await first.scrollIntoViewIfNeeded();
    await expect(first.locator('fieldset')).toHaveAttribute('disabled', '');
    await expect(first.locator('input[type=radio]').first()).toBeDisabled();
    await expect(first.getByRole('button', { name: 'Check answer' })).toBeDisabled();
    release();
    await expect(first.locator('fieldset')).not.toHaveAttribute('disabled', { timeout: 10_000 });
    await first.locator('input[type=radio]').first().check();
    await expect(first.getByRole('button', { name: 'Check answer' })).toBeEnabled();
  });

  test('a disabled "Check answer" looks different from an enabled one', async ({ page }) => {
    await page.goto('/lessons/processes/recover/');
    await hydrated(page);
    const first = page.locator('.knowledge-check .question').first();
    const button = first.getByRole('button', { name: 'Check answer' });
    await expect(button).toBeDisabled();
    const style = () =>
      button.evaluate((el) => {
        const s = getComputedStyle(el);
        return `${s.backgroundColor}|${s.cursor}`;
      });
    const disabled = await style();
    await first.locator('input[type=radio]').first().check();
    await expect(button).toBeEnabled();
    expect(await style()).not.toBe(disabled);
    expect(disabled.endsWith('not-allowed')).toBe(true);
  });

  test('the first lesson has no "Previous" link out of the course; later lessons keep theirs', async ({ page }) => {
    await page.goto('/lessons/services/what-is-a-service/');
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', /^\/lessons\//);
    await page.goto('/lessons/services/customers-users-providers/');
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/lessons/services/what-is-a-service/');
  });

  test('home: the workshop card opens coach mode and the top cards are aligned', async ({ page }) => {
    await page.goto('/');
    const cards = page.locator('.usm-card');
    await expect(cards.nth(1).getByRole('link')).toHaveAttribute('href', '/coach/');
    const [a, b] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    expect(a && b).toBeTruthy();
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(1);
    expect(Math.abs(a!.height - b!.height)).toBeLessThan(1);
  });

  test('the 404 page links home and is accessible', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/no/such/page/');
    await expectAccessible(page);
  });
});
