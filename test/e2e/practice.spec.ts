import { expect, test } from '@playwright/test';
import { hydrated } from './helpers.ts';

test.describe('practice and review', () => {
  test('practice by topic gives immediate feedback, results per topic, and updates mastery', async ({ page }) => {
    await page.goto('/practice/');
    await hydrated(page);
    await expect(page.getByTestId('mastery-recover')).toHaveText('not practised yet');
    await page.getByRole('checkbox', { name: /^Recover \(/ }).check();
    await page.getByRole('combobox', { name: 'Number of questions' }).selectOption('5');
    await page.getByRole('button', { name: 'Start practising' }).click();
    for (let i = 1; i <= 5; i++) {
      await expect(page.getByText(`Question ${i} of 5`)).toBeVisible();
      const card = page.locator('form.question');
      // Answer whatever the type: pick the first option, or check the order/match as shown.
      const radios = card.locator('input[type=radio]');
      const boxes = card.locator('input[type=checkbox]');
      const selects = card.locator('select');
      if (await radios.count()) await radios.first().check();
      else if (await boxes.count()) await boxes.first().check();
      else if (await selects.count())
        for (let s = 0; s < (await selects.count()); s++) await selects.nth(s).selectOption({ index: 1 });
      await card.getByRole('button', { name: 'Check answer' }).click();
      await expect(card.locator('.question-feedback')).toContainText(/Correct\.|Not quite\./);
      await expect(card.getByRole('link', { name: 'Read the lesson' })).toHaveAttribute('href', /\/lessons\//);
      await page.getByRole('button', { name: i < 5 ? 'Next question' : 'See my results' }).click();
    }
    await expect(page.getByRole('heading', { name: 'Results of this session' })).toBeVisible();
    await expect(page.getByTestId('practice-result-recover')).toHaveText(/\d \/ 5/);
    await page.getByRole('button', { name: 'Practise again' }).click();
    await expect(page.getByTestId('mastery-recover')).toHaveText(/\d+ %/);
  });

  test('a missed question comes back on the review page and offers the matching scenario', async ({ page }) => {
    await page.goto('/review/');
    await hydrated(page);
    await expect(page.getByTestId('review-count')).toContainText('Nothing is due');
    // Miss a question in practice (pick a wrong option on a known single-answer item).
    await page.goto('/practice/?question=recover-003');
    await hydrated(page);
    await page.getByRole('radio', { name: /^A risk for Improve/ }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.locator('.question-feedback')).toContainText('Not quite.');
    await expect(page.getByTestId('scenario-offer')).toHaveAttribute('href', '/simulator/file-share-volume-filling/');
    await page.clock.install({ time: Date.now() + 2 * 60_000 });
    await page.goto('/review/');
    await hydrated(page);
    await expect(page.getByTestId('review-count')).toHaveText('1 due now');
    await expect(page.getByText(/patient-record server will be full/)).toBeVisible();
  });
});
