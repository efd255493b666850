import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Hydrates every island the user could reach: each one is scrolled into view in turn (client:visible
 * waits for that) and awaited until Astro removes its `ssr` attribute. Islands inside a closed
 * <details> wait for the user to open it, so they are left alone.
 */
export async function hydrated(page: Page, selector = 'astro-island') {
  const islands = page.locator(selector);
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    const island = islands.nth(i);
    const reachable = await island.evaluate((el) => el.closest('details:not([open])') === null);
    if (!reachable) continue;
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
    // client:interact islands hydrate when someone reaches into them: reach in as a pointer would.
    await island.evaluate((el) => el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    await expect(island).not.toHaveAttribute('ssr', { timeout: 10_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Fails on any serious or critical axe violation, listing them. Axe reports only violations (passes and
 * inapplicable rules are what the test never reads; leaving them out makes a scan about a fifth quicker).
 * `within` limits the scan to the parts of the page those selectors name (a lesson's own content, whose
 * shared shell is scanned whole on other pages).
 */
export async function expectAccessible(page: Page, within: string[] = []) {
  let axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  for (const selector of within) axe = axe.include(selector);
  const results = await axe.analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/** Records every request that leaves the page's own origin. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

/**
 * Plays the call on screen with the mouse: classify it, send it to the first process, and follow the
 * route (process names as shown, e.g. ['Recover', 'Change', 'Operate']) to 'workflow fulfilled'.
 */
export async function playRoute(page: Page | Locator, callType: string, route: string[]) {
  await page.getByRole('radio', { name: callType }).check();
  await page.getByRole('button', { name: `Send to ${route[0]}` }).click();
  for (let i = 0; i < route.length; i++) {
    await page.getByRole('button', { name: `Continue ${route[i]}`, exact: true }).click();
    if (i + 1 < route.length) await page.getByRole('button', { name: new RegExp(`^Trigger ${route[i + 1]}`) }).click();
  }
  // The triggered processes end 'process fulfilled' innermost first; the first one ends the workflow.
  for (let i = route.length - 1; i >= 0; i--)
    await page.getByRole('button', { name: `Continue ${route[i]}`, exact: true }).click();
}

/** On the Shift's floor: waits for a call if none is queued, then takes the first call in the queue. */
export async function takeNextCall(page: Page) {
  const wait = page.getByRole('button', { name: 'Wait for the next call' });
  if (await wait.isVisible()) await wait.click();
  await page
    .getByRole('button', { name: /^Take this call/ })
    .first()
    .click();
}
