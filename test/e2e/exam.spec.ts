import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseQuestionFile, type Question } from '#engine/build';
import { expectAccessible, hydrated } from './helpers.ts';

const dir = join(import.meta.dirname, '../../quizzes');
const byStem = new Map<string, Question>(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parseQuestionFile(readFileSync(join(dir, f), 'utf8'), f).questions)
    .map((q) => [q.stem.trim(), q]),
);

async function start(page: Page, extraTime = false) {
  await page.goto('/exam/');
  await hydrated(page);
  if (extraTime) await page.getByRole('checkbox', { name: /25 % extra time/ }).check();
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByText('Question 1 of 40')).toBeVisible();
}

/** The stem of the question on screen, and its key from the bank. */
async function current(page: Page) {
  const legend = (await page.locator('#exam-stem').innerText()).split('\n').slice(1).join('\n').trim();
  const q = byStem.get(legend);
  if (!q || q.type !== 'single') throw new Error(`question not found in the bank: ${legend}`);
  return q;
}

async function answerAll(page: Page, right: number) {
  for (let i = 0; i < 40; i++) {
    const q = await current(page);
    const pick = i < right ? q.answer : (q.answer + 1) % q.options.length;
    await page.locator('.exam-question input[type=radio]').nth(pick).check();
    if (i < 39) await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
}

test.describe('the mock exam', () => {
  test('26 right and 14 wrong passes; the results break down by topic and review every question', async ({ page }) => {
    await start(page);
    await expectAccessible(page);
    await answerAll(page, 26);
    await page.getByRole('button', { name: 'Submit the exam' }).click();
    await expect(page.getByTestId('confirm-unanswered')).toHaveText('Every question has an answer.');
    await page.getByRole('button', { name: 'Yes, submit' }).click();
    await expect(page.getByTestId('exam-verdict')).toHaveText('Passed');
    await expect(page.getByTestId('exam-score')).toContainText('26 of 40 correct (65 %)');
    await page.getByText('Review every question').click();
    await expect(page.locator('.exam-review > li')).toHaveCount(40);
    await expect(page.locator('.exam-review > li.is-wrong')).toHaveCount(14);
    await expectAccessible(page);
    const history = await page.evaluate(
      () => JSON.parse(localStorage.getItem('usm-trainer/examHistory')!).data.attempts,
    );
    expect(history).toHaveLength(1);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            Object.keys(JSON.parse(localStorage.getItem('usm-trainer/reviews') ?? '{"data":{"cards":{}}}').data.cards)
              .length,
        ),
      )
      .toBe(14);
  });

  test('25 right fails, and the confirmation names unanswered questions', async ({ page }) => {
    await start(page);
    await answerAll(page, 25);
    // Clear nothing but leave the last question unanswered in a second exam? Here: check the pass mark.
    await page.getByRole('button', { name: 'Submit the exam' }).click();
    await page.getByRole('button', { name: 'Yes, submit' }).click();
    await expect(page.getByTestId('exam-verdict')).toHaveText('Not passed');
    await expect(page.getByTestId('exam-score')).toContainText('25 of 40 correct');
    await page.getByRole('button', { name: 'Sit another mock exam' }).click();
    await page.getByRole('button', { name: 'Start the exam' }).click();
    await page.locator('.exam-question input[type=radio]').first().check();
    await page.getByRole('button', { name: 'Submit the exam' }).click();
    await expect(page.getByTestId('confirm-unanswered')).toContainText('Unanswered: questions 2, 3, 4');
    await page.getByRole('button', { name: 'Back to the exam' }).click();
    await expect(page.getByText('Question 1 of 40')).toBeVisible();
  });

  test('a flagged question shows in the map and can be returned to', async ({ page }) => {
    await start(page);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Flag for review' }).check();
    const flagged = (await current(page)).id;
    await page.getByRole('button', { name: /^Question 10, unanswered$/ }).click();
    await expect(page.getByText('Question 10 of 40')).toBeVisible();
    await page.getByRole('button', { name: 'Question 3, unanswered, flagged' }).click();
    await expect(page.getByText('Question 3 of 40')).toBeVisible();
    expect((await current(page)).id).toBe(flagged);
    await expect(page.getByRole('checkbox', { name: 'Flag for review' })).toBeChecked();
  });

  test('a reload mid-exam continues with the same answers and time left', async ({ page }) => {
    await page.clock.install();
    await start(page);
    await page.locator('.exam-question input[type=radio]').nth(2).check();
    await page.clock.runFor('05:00');
    await expect(page.getByTestId('exam-clock')).toHaveText('55:00');
    await page.reload();
    await hydrated(page);
    await expect(page.getByText('Question 1 of 40')).toBeVisible();
    await expect(page.getByTestId('exam-clock')).toHaveText('55:00');
    await expect(page.locator('.exam-question input[type=radio]').nth(2)).toBeChecked();
    await expect(page.getByRole('button', { name: /^Question 1, answered$/ })).toBeVisible();
  });

  test('the timer announces 10 minutes left, and running out submits the exam (75 minutes with extra time)', async ({
    page,
  }) => {
    await page.clock.install();
    await start(page, true);
    await expect(page.getByTestId('exam-clock')).toHaveText('1:15:00');
    await page.clock.fastForward('01:05:00');
    await page.clock.runFor(1000);
    await expect(page.getByTestId('exam-announcement')).toHaveText('10 minutes left');
    await page.clock.fastForward('10:00');
    await page.clock.runFor(2000);
    await expect(page.getByText('Time is up: the exam was submitted.')).toBeVisible();
    await expect(page.getByTestId('exam-verdict')).toHaveText('Not passed');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('usm-trainer/exam')!).data)).toBeNull();
  });
});

test.describe('the mock exam before hydration', () => {
  test.use({ javaScriptEnabled: false });

  test('the server-rendered page already shows the start screen, so hydrating it shifts nothing', async ({ page }) => {
    await page.goto('/exam/');
    await expect(page.getByRole('button', { name: 'Start the exam' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Pass mark' })).toBeVisible();
  });
});
