/**
 * The mock exam across reloads and tabs (issues 12 and 13): the last result survives a reload, one exam
 * runs in one tab, the time is said to the second, one flagged question is "question", the Professional
 * pass mark can be chosen; and the review page says what is scheduled after missed questions.
 */
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

async function start(page: Page, professional = false) {
  await page.goto('/exam/');
  await hydrated(page);
  if (professional) await page.getByRole('radio', { name: /^Professional: 30 of 40/ }).check();
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByText('Question 1 of 40')).toBeVisible();
}

async function current(page: Page) {
  const legend = (await page.locator('#exam-stem').innerText()).split('\n').slice(1).join('\n').trim();
  const q = byStem.get(legend);
  if (!q || q.type !== 'single') throw new Error(`question not found in the bank: ${legend}`);
  return q;
}

async function answer(page: Page, count: number, right: number) {
  for (let i = 0; i < count; i++) {
    const q = await current(page);
    await page
      .locator('.exam-question input[type=radio]')
      .nth(i < right ? q.answer : (q.answer + 1) % q.options.length)
      .check();
    if (i < 39) await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
}

async function submit(page: Page) {
  await page.getByRole('button', { name: 'Submit the exam' }).click();
  await page.getByRole('button', { name: 'Yes, submit' }).click();
}

test.describe('the mock exam session', () => {
  // Forty questions, axe and several reloads per test: more than the default 30 s on a shared machine.
  test.describe.configure({ timeout: 90_000 });
  test('the result and the per-topic table stay on /exam/ after a reload until a new exam starts', async ({ page }) => {
    await start(page);
    await answer(page, 3, 2);
    await submit(page);
    await expect(page.getByTestId('exam-score')).toContainText('2 of 40 correct');
    await page.reload();
    await hydrated(page);
    await expect(page.getByTestId('exam-verdict')).toHaveText('Not passed');
    await expect(page.getByTestId('exam-score')).toContainText('2 of 40 correct');
    await expect(page.getByTestId('exam-last')).toContainText('Your last mock exam, taken');
    await expect(page.getByRole('table')).toContainText('Recover');
    await page.getByText('Review every question').click();
    await expect(page.locator('.exam-review > li')).toHaveCount(40);
    await expectAccessible(page);
    // "Sit another" goes to the start screen, from where the last result can still be opened...
    await page.getByRole('button', { name: 'Sit another mock exam' }).click();
    await page.getByRole('button', { name: 'Show the result of your last mock exam' }).click();
    await expect(page.getByTestId('exam-score')).toContainText('2 of 40 correct');
    // ...until a new exam starts: then a reload shows the running exam, and the history keeps its line.
    await page.getByRole('button', { name: 'Sit another mock exam' }).click();
    await page.getByRole('button', { name: 'Start the exam' }).click();
    await page.reload();
    await hydrated(page);
    await expect(page.getByText('Question 1 of 40')).toBeVisible();
    const history = await page.evaluate(
      () => JSON.parse(localStorage.getItem('usm-trainer/examHistory')!).data.attempts,
    );
    expect(history).toHaveLength(1);
    expect(history[0]).not.toHaveProperty('answers');
  });

  test('one exam, one tab: a second tab offers to continue, the first is told and stops; one attempt is recorded', async ({
    page,
    context,
  }) => {
    await start(page);
    await answer(page, 2, 2);
    const second = await context.newPage();
    await second.goto('/exam/');
    await hydrated(second);
    await expect(second.getByTestId('exam-other-tab')).toContainText('This exam is open in another tab');
    await expect(second.getByText('Question 1 of 40')).toBeHidden();
    await second.getByRole('button', { name: 'Continue the exam here' }).click();
    await expect(second.getByText('Question 3 of 40')).toBeVisible();
    await expect(second.getByRole('button', { name: 'Question 2, answered' })).toBeVisible();
    // The first tab is told, and no longer shows (or saves) the exam.
    await expect(page.getByTestId('exam-other-tab')).toContainText('This exam now continues in another tab');
    await expect(page.getByRole('button', { name: 'Submit the exam' })).toBeHidden();
    await answer(second, 1, 1);
    await submit(second);
    await expect(second.getByTestId('exam-score')).toContainText('3 of 40 correct');
    // The first tab learns that the exam was submitted and shows its result; there is one attempt.
    await expect(page.getByText('This exam was submitted in another tab.')).toBeVisible();
    await expect(page.getByTestId('exam-score')).toContainText('3 of 40 correct');
    const attempts = await page.evaluate(
      () => JSON.parse(localStorage.getItem('usm-trainer/examHistory')!).data.attempts.length,
    );
    expect(attempts).toBe(1);
    await second.close();
  });

  test('"Say the time left" at 59:53 says 59 minutes 53 seconds; one flagged question is "question"', async ({
    page,
  }) => {
    await page.clock.install();
    await start(page);
    await page.clock.runFor(7000);
    await expect(page.getByTestId('exam-clock')).toHaveText('59:53');
    await page.getByRole('button', { name: 'Say the time left' }).click();
    await expect(page.getByTestId('exam-announcement')).toHaveText('59 minutes 53 seconds left');
    await page.getByRole('button', { name: 'Question 3, unanswered' }).click();
    await page.getByRole('checkbox', { name: 'Flag for review' }).check();
    await page.getByRole('button', { name: 'Question 1, unanswered' }).click();
    await page.locator('.exam-question input[type=radio]').first().check();
    await page.getByRole('button', { name: 'Submit the exam' }).click();
    await expect(page.getByTestId('confirm-flagged')).toHaveText('Still flagged: question 3.');
  });

  test('the Professional pass mark (30 of 40) is offered, says where SURVUZ differs, and is applied', async ({
    page,
  }) => {
    await page.goto('/exam/');
    await hydrated(page);
    await expect(page.getByText(/SURVUZ's pages differ on the Professional/)).toBeVisible();
    await expect(page.getByRole('radio', { name: /^Foundation: 26 of 40 \(65 %\)/ })).toBeChecked();
    await expectAccessible(page);
    await start(page, true);
    await answer(page, 40, 28);
    await submit(page);
    await expect(page.getByTestId('exam-verdict')).toHaveText('Not passed');
    await expect(page.getByTestId('exam-score')).toContainText('28 of 40 correct (70 %); the pass mark is 30.');
  });
});

test.describe('review after missed questions', () => {
  test.describe.configure({ timeout: 60_000 });
  test('says how many are scheduled and when the next is due, and offers to review them now', async ({ page }) => {
    await page.goto('/practice/?question=recover-003');
    await hydrated(page);
    await page.getByRole('radio', { name: /^A risk for Improve/ }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.locator('.question-feedback')).toContainText('Not quite.');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            Object.keys(JSON.parse(localStorage.getItem('usm-trainer/reviews') ?? '{"data":{"cards":{}}}').data.cards)
              .length,
        ),
      )
      .toBe(1);
    await page.goto('/review/');
    await hydrated(page);
    await expect(page.getByTestId('review-count')).toContainText('Nothing is due');
    await expect(page.getByTestId('review-count')).toContainText(
      /1 question is scheduled for review; it is due in \d+ minutes?\./,
    );
    await page.getByRole('button', { name: 'Review the missed ones now' }).click();
    await expect(page.getByText(/patient-record server will be full/)).toBeVisible();
    await expectAccessible(page);
  });
});
