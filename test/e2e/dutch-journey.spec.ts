import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseQuestionFile, parseScenario, type Question } from '#engine/build';
import { forkArtifact, workflowByNumber, type ProcessId } from '#engine/model';
import { callTypeName, processName, stepName } from '#engine/lazy/step-grade';
import { tFor } from '../../src/i18n/dictionaries.ts';
import { expectAccessible, hydrated } from './helpers.ts';

/**
 * Issue 18's proof: a Dutch learner plays the flagship in Dutch on the board to 100, sits a Dutch mock exam,
 * switches to English with the language picker and finds both results there. Every Dutch word the test looks
 * for comes from the Dutch dictionary and the terminology table; the answers come from the Dutch content.
 */
const root = join(import.meta.dirname, '../..');
const nl = tFor('nl');
const en = tFor('en');
const FLAGSHIP_ID = 'mining-telemetry-outage';

const parsed = parseScenario(
  readFileSync(join(root, 'content/nl/scenarios/mining', `${FLAGSHIP_ID}.yaml`), 'utf8'),
  `${FLAGSHIP_ID}.yaml`,
);
if (!parsed.ok) throw new Error(`the Dutch flagship does not parse: ${JSON.stringify(parsed.errors)}`);
const flagship = parsed.scenario;
const route = workflowByNumber(flagship.expected.workflow)!.route;

const quizzes = join(root, 'content/nl/quizzes');
const dutchByStem = new Map<string, Question>(
  readdirSync(quizzes)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parseQuestionFile(readFileSync(join(quizzes, f), 'utf8'), f).questions)
    .map((q) => [q.stem.trim(), q]),
);

const P = (p: ProcessId) => processName(p, 'nl');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Plays the flagship's expected answer on the Dutch board, lane by lane, as a pointer user does. */
async function playFlagshipInDutch(page: Page) {
  const board = page.getByRole('region', { name: nl('sim.board') });
  const lane = (p: ProcessId) => board.getByRole('group', { name: P(p), exact: true });
  const card = (p: ProcessId) => lane(p).getByTestId('call-card');
  const cont = (p: ProcessId) =>
    lane(p).getByRole('button', { name: nl('sim.continue', { process: P(p) }), exact: true });
  await board.getByRole('radio', { name: callTypeName(flagship.expected.callType, 'nl'), exact: true }).check();
  await board.getByRole('combobox', { name: nl('sim.impact') }).selectOption(flagship.expected.impact!);
  await board.getByRole('combobox', { name: nl('sim.urgency') }).selectOption(flagship.expected.urgency!);
  await lane(route[0]!)
    .getByRole('button', { name: nl('sim.sendTo', { process: P(route[0]!) }) })
    .click();
  await expect(card(route[0]!)).toContainText(
    nl('sim.board.card.step', { process: P(route[0]!), step: stepName(route[0]!, 'accept', 'nl') }),
  );
  for (let i = 0; i < route.length; i++) {
    await cont(route[i]!).click();
    const next = route[i + 1];
    if (!next) continue;
    const artifact = forkArtifact(route[i]!, next)!;
    const trigger = nl('sim.trigger', { process: P(next), artifact: callTypeName(artifact, 'nl').toLowerCase() });
    await lane(next)
      .getByRole('button', { name: new RegExp(`^${escape(trigger)}`) })
      .click();
    await expect(lane(next)).toContainText(nl('sim.board.calledBy', { process: P(route[i]!) }));
  }
  // The triggered processes return innermost first; the entry process closes the workflow.
  for (let i = route.length - 1; i >= 0; i--) await cont(route[i]!).click();
}

/** "40 of 40 correct (100 %)": the score line of an exam with every answer right, up to the pass mark. */
const allRight = (t: typeof nl, total: number) =>
  t('exam.result.score', { correct: total, total, percent: 100, pass: 0 }).split(';')[0]!;

/** Answers every question of the Dutch exam on screen with the Dutch bank's key. */
async function answerDutchExam(page: Page, total: number) {
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(nl('exam.question', { n: i + 1, total }))).toBeVisible();
    const stem = (await page.locator('#exam-stem').innerText()).split('\n').slice(1).join('\n').trim();
    const q = dutchByStem.get(stem);
    if (!q || q.type !== 'single') throw new Error(`not a Dutch question of the bank: ${stem}`);
    await page.locator('.exam-question input[type=radio]').nth(q.answer).check();
    if (i < total - 1) await page.getByRole('button', { name: nl('exam.next'), exact: true }).click();
  }
}

test.describe('a Dutch learner, then in English', () => {
  // Three pages with axe and a 40-question exam on a shared, loaded machine.
  test.describe.configure({ timeout: 180_000 });

  test('plays the flagship in Dutch to 100, sits a Dutch mock exam, and finds both results in English', async ({
    page,
  }) => {
    // 1. The flagship, found in the Dutch library by its Dutch title, played in Dutch on the board.
    await page.goto('/nl/simulator/');
    await page.getByRole('table').getByRole('link', { name: flagship.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/nl/simulator/${FLAGSHIP_ID}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(flagship.title);
    await hydrated(page);
    await expectAccessible(page);
    await playFlagshipInDutch(page);
    await expect(page.getByRole('region', { name: nl('sim.board') })).toContainText(nl('sim.board.workflowFulfilled'));
    await expect(page.getByTestId('score')).toContainText(
      `${nl('sim.debrief.passed')} · ${nl('sim.debrief.score', { score: 100 })}`,
    );
    await expectAccessible(page);

    // 2. A Dutch mock exam, every answer from the Dutch bank.
    await page.goto('/nl/exam/');
    await hydrated(page);
    await page.getByRole('button', { name: nl('exam.start') }).click();
    const counter = new RegExp(`^${escape(nl('exam.question', { n: 1, total: '§' })).replace('§', '(\\d+)')}$`);
    const total = Number(counter.exec((await page.getByText(counter).innerText()).trim())![1]);
    expect(total).toBeGreaterThan(0);
    await expectAccessible(page);
    await answerDutchExam(page, total);
    await page.getByRole('button', { name: nl('exam.submit') }).click();
    await page.getByRole('button', { name: nl('exam.confirm.yes') }).click();
    await expect(page.getByTestId('exam-verdict')).toHaveText(nl('exam.result.passed'));
    await expect(page.getByTestId('exam-score')).toContainText(allRight(nl, total));
    await expectAccessible(page);

    // 3. The language picker leads to the English exam page, which shows the same result in English.
    await page.getByRole('combobox', { name: 'Selecteer taal' }).first().selectOption({ label: 'English' });
    await expect(page).toHaveURL(/\/exam\/$/);
    await expect(page).not.toHaveURL(/\/nl\//);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await hydrated(page);
    // The finished exam is shown as "Your last mock exam", now in English.
    await expect(page.getByText(en('exam.result.last', { date: '§' }).split('§')[0]!)).toBeVisible();
    await expect(page.getByTestId('exam-verdict')).toHaveText(en('exam.result.passed'));
    await expect(page.getByTestId('exam-score')).toContainText(allRight(en, total));

    // 4. The English progress page has the scenario played in Dutch and the Dutch exam.
    await page.goto('/progress/');
    await hydrated(page);
    await expect(page.getByTestId('dash-played')).toHaveText(en('dash.played', { n: 1 }));
    await expect(page.getByTestId(`dash-wf-${flagship.expected.workflow}`)).toHaveText('100');
    await expect(page.getByRole('region', { name: en('dash.exams') }).getByRole('listitem')).toContainText([
      `${total} / ${total} ✓`,
    ]);

    // 5. The English scenario library shows the flagship's best score.
    await page.goto('/simulator/');
    await hydrated(page);
    const englishTitle = parseScenario(
      readFileSync(join(root, 'content/scenarios/mining', `${FLAGSHIP_ID}.yaml`), 'utf8'),
      `${FLAGSHIP_ID}.yaml`,
    );
    if (!englishTitle.ok) throw new Error('the English flagship does not parse');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: englishTitle.scenario.title }) });
    await expect(row.getByRole('cell').last()).toHaveText('100');
  });
});
