/**
 * The scenario page's board hydrates when someone reaches into it (client:interact, src/directives/interact.ts),
 * not on load: the page's first second on a phone is not spent on a board nobody has touched. A first tap made
 * before the board is live still counts.
 */
import { expect, test } from '@playwright/test';

const FLAGSHIP = '/simulator/mining-telemetry-outage/';

test.describe('hydrating the board on first reach', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the board waits for a touch, and the first tap is played once the board is live', async ({ page }) => {
    await page.goto(FLAGSHIP);
    await page.waitForLoadState('networkidle');
    const island = page.locator('astro-island[client="interact"]');
    await expect(island).toHaveAttribute('ssr', '');
    // The server-rendered board is already there to read.
    await expect(page.getByRole('region', { name: 'Process board' })).toBeVisible();
    await page.getByRole('radio', { name: 'Incident' }).tap();
    await expect(island).not.toHaveAttribute('ssr');
    await expect(page.getByRole('radio', { name: 'Incident' })).toBeChecked();
    await expect(page.getByTestId('sim-message')).toContainText('Right: this is incident');
  });

  test('an address with a mode hydrates the board at once, in that mode', async ({ page }) => {
    await page.goto(`${FLAGSHIP}?mode=assessment`);
    await expect(page.locator('astro-island[client="interact"]')).not.toHaveAttribute('ssr');
    await expect(page.getByRole('radio', { name: /^Assessment/ })).toBeChecked();
  });
});
