import { expect, test, type Page } from '@playwright/test';
import { hydrated, playRoute, takeNextCall } from './helpers.ts';

/** The paths of the scripts and data files the page has requested so far. */
function requested(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  return seen;
}
const floorData = (seen: string[]) => seen.filter((p) => p.endsWith('/shift/data.json'));
const simulator = (seen: string[]) => seen.filter((p) => /\/_astro\/Simulator\.[\w-]+\.js$/.test(p));

// The Shift page ships its start form only: the floor and its data load when a shift starts, the board when a
// call is picked (src/components/shift/load-floor.ts). The game itself is the same (board.spec.ts plays it).
test('the Shift loads its floor when a shift starts and the board when a call is picked', async ({ page }) => {
  const seen = requested(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/shift/?seed=7');
  await hydrated(page);
  await expect(page.getByRole('button', { name: 'Start the shift' })).toBeVisible();
  expect(floorData(seen)).toEqual([]);
  expect(simulator(seen)).toEqual([]);
  // The start form is in the page's HTML, not drawn after a load.
  const html = await (await page.request.get('/shift/')).text();
  expect(html).toContain('Start the shift');
  // The calls a shift draws on come with the floor's data, not in the page.
  expect(html).not.toContain('Locked out before the budget meeting');

  await page.getByRole('radio', { name: /A day shift at the mine/ }).check();
  await page.getByRole('button', { name: 'Start the shift' }).click();
  await expect(page.getByTestId('shift-clock')).toContainText('Shift time');
  expect(floorData(seen)).toEqual(['/shift/data.json']);
  expect(simulator(seen)).toEqual([]);

  await takeNextCall(page);
  await expect(page.getByRole('region', { name: 'Process board' })).toBeVisible();
  expect(simulator(seen)).not.toEqual([]);
  await playRoute(page, 'Incident', ['Recover', 'Operate']);
  await expect(page.getByTestId('kpi-score')).toHaveText(/^\d+$/);
  expect(errors).toEqual([]);
});

test('the Dutch Shift loads the Dutch floor', async ({ page }) => {
  const seen = requested(page);
  await page.goto('/nl/shift/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Begin de dienst' }).click();
  await expect(page.getByTestId('shift-clock')).toContainText('Diensttijd');
  expect(floorData(seen)).toEqual(['/nl/shift/data.json']);
});
