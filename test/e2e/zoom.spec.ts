import { expect, test } from '@playwright/test';
import { hydrated } from './helpers.ts';

// 200 % zoom on a 1280-pixel screen leaves 640 CSS pixels: every page must reflow without sideways scrolling.
test.use({ viewport: { width: 640, height: 900 } });

for (const path of [
  '/',
  '/lessons/workflows/forks-and-nesting/',
  '/simulator/mining-telemetry-outage/',
  '/exam/',
  '/assessment/',
  '/practice/',
  '/glossary/',
  '/coach/',
  '/shift/',
  '/progress/',
]) {
  test(`readable at 200% zoom: ${path}`, async ({ page }) => {
    await page.goto(path);
    await hydrated(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}
