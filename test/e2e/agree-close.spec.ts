import { expect, test } from '@playwright/test';
import { hydrated } from './helpers.ts';

// A wish that finds no agreement: Agree closes at Negotiate without a fork (workflow 1 ended early).
// Written against roles and accessible names only, so it holds while the simulator's layout changes.
test('a wish with no agreement, closed at Negotiate, scores full marks', async ({ page }) => {
  await page.goto('/simulator/sports-hall-late-opening-declined/');
  await hydrated(page);
  await page.getByRole('radio', { name: 'Wish' }).check();
  await page.getByRole('combobox', { name: 'Impact' }).selectOption('low');
  await page.getByRole('combobox', { name: 'Urgency' }).selectOption('low');
  await page.getByRole('button', { name: 'Send to Agree' }).click();
  await page.getByRole('button', { name: /^Continue Agree/ }).click();
  await page.getByRole('button', { name: /close Agree/i }).click();
  const debrief = page.getByRole('region', { name: 'Debrief' });
  await expect(debrief).toContainText('100 / 100');
  await expect(debrief).toContainText(
    'You executed workflow 1 (Changes to agreements), closed at Negotiate without agreement, as expected.',
  );
  await expect(debrief).toContainText('agreed locally');
});
