import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { expectAccessible, hydrated, playRoute, takeNextCall } from './helpers.ts';

const FLAGSHIP = '/simulator/mining-telemetry-outage/';
const PROCESSES = ['Agree', 'Change', 'Recover', 'Operate', 'Improve'];

const boardOf = (page: Page) => page.getByRole('region', { name: 'Process board' });
const lane = (page: Page, name: string) => boardOf(page).getByRole('group', { name, exact: true });

async function attachShot(page: Page, info: TestInfo, name: string) {
  await info.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}

/** Presses Tab until `target` has focus. */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

test.describe('the process board', () => {
  // Keyboard walks and axe runs on a full board take a while on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('the flagship played on the board with the pointer scores 100; the card travels and the nesting shows', async ({
    page,
  }) => {
    await page.goto(FLAGSHIP);
    await hydrated(page);
    const board = boardOf(page);
    for (const name of PROCESSES) await expect(lane(page, name)).toHaveCount(1);
    await board.getByRole('radio', { name: 'Incident' }).check();
    await board.getByRole('combobox', { name: 'Impact' }).selectOption('high');
    await board.getByRole('combobox', { name: 'Urgency' }).selectOption('high');
    await expect(board.getByTestId('call-card').locator('dd')).toHaveText(['Incident', '1']);

    await lane(page, 'Recover').getByRole('button', { name: 'Send to Recover' }).click();
    await expect(lane(page, 'Recover').getByTestId('call-card')).toContainText('Now at Recover: Accept incident');
    await lane(page, 'Recover').getByRole('button', { name: 'Continue Recover' }).click();
    await expect(lane(page, 'Recover').getByTestId('call-card')).toContainText('Now at Recover: Recover');
    await lane(page, 'Change').getByRole('button', { name: 'Trigger Change (with a request for change)' }).click();
    await expect(lane(page, 'Change').getByTestId('call-card')).toContainText(
      'Now at Change: Accept request for change',
    );
    await expect(lane(page, 'Change')).toContainText('triggered by Recover');
    await expect(lane(page, 'Recover')).toContainText('waiting for Change');
    await lane(page, 'Change').getByRole('button', { name: 'Continue Change' }).click();
    await lane(page, 'Operate').getByRole('button', { name: 'Trigger Operate (with a service request)' }).click();
    const stack = board.getByRole('list', { name: 'Active processes (outermost first)' }).locator(':scope > li');
    await expect(stack).toHaveText([
      'Recover: Recover — waiting for Change',
      'Change: Deploy — waiting for Operate',
      'Operate: Accept service request',
    ]);
    await lane(page, 'Operate').getByRole('button', { name: 'Continue Operate' }).click();
    await lane(page, 'Operate').getByRole('button', { name: 'Continue Operate' }).click();
    // Operate returns 'process fulfilled'; the card is back with its caller, Change, at its review.
    await expect(lane(page, 'Operate')).toContainText("'process fulfilled'");
    await expect(lane(page, 'Change').getByTestId('call-card')).toContainText(
      'Now at Change: Review delivery & feedback',
    );
    await lane(page, 'Change').getByRole('button', { name: 'Continue Change' }).click();
    await lane(page, 'Recover').getByRole('button', { name: 'Continue Recover' }).click();
    await expect(board).toContainText("'workflow fulfilled'");
    await expect(page.getByTestId('score')).toContainText('Passed · Score: 100 / 100');
    // The path is drawn: one segment per move, handed over twice and returned twice.
    await expect(board.locator('.board-path path.board-path-trigger.is-yours')).toHaveCount(2);
    await expect(board.locator('.board-path path.board-path-return.is-yours')).toHaveCount(2);
  });

  test('the flagship played with the keyboard alone on the board scores 100', async ({ page }) => {
    await page.goto(FLAGSHIP);
    await hydrated(page);
    const board = boardOf(page);
    await tabTo(page, board.getByRole('radio', { name: 'Wish' }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(board.getByRole('radio', { name: 'Incident' })).toBeChecked();
    await tabTo(page, board.getByRole('combobox', { name: 'Impact' }));
    await page.keyboard.press('h');
    await tabTo(page, board.getByRole('combobox', { name: 'Urgency' }));
    await page.keyboard.press('h');
    await tabTo(page, lane(page, 'Recover').getByRole('button', { name: 'Send to Recover' }));
    await page.keyboard.press('Enter');
    // Each move hands the focus on to the card's next move, so the keyboard never starts over.
    await expect(lane(page, 'Recover').getByRole('button', { name: 'Continue Recover' })).toBeFocused();
    await page.keyboard.press('Enter');
    await tabTo(page, lane(page, 'Change').getByRole('button', { name: /^Trigger Change/ }), 10);
    await page.keyboard.press('Enter');
    await expect(lane(page, 'Change').getByRole('button', { name: 'Continue Change' })).toBeFocused();
    await page.keyboard.press('Enter');
    await tabTo(page, lane(page, 'Operate').getByRole('button', { name: /^Trigger Operate/ }), 10);
    await page.keyboard.press('Enter');
    for (const p of ['Operate', 'Operate', 'Change', 'Recover']) {
      await expect(page.getByRole('button', { name: `Continue ${p}`, exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('score')).toContainText('Passed · Score: 100 / 100');
    await expect(page.getByTestId('debrief')).toBeFocused();
  });

  test('a wrong route shows the expected route ghosted and the difference pinned at its step, with the rule', async ({
    page,
  }) => {
    await page.goto(FLAGSHIP);
    await hydrated(page);
    await playRoute(page, 'Incident', ['Recover', 'Operate']);
    const debrief = page.getByTestId('board-debrief');
    await expect(debrief).toContainText('Your route: Recover → Operate');
    await expect(debrief).toContainText('Expected route (ghosted): Recover → Change → Operate');
    await expect(boardOf(page).locator('.board-path path.is-ghost').first()).toBeAttached();
    expect(await boardOf(page).locator('.board-path path.is-ghost').count()).toBeGreaterThan(5);
    // The pin sits on Recover's fork, where the wrong turn was taken.
    const pin = lane(page, 'Recover')
      .locator('li[aria-current], li')
      .filter({ has: page.getByTestId('pin') });
    await expect(pin).toContainText('Recover');
    await expect(pin.getByTestId('pin')).toContainText('2');
    await expect(debrief.getByTestId('pin-item').first()).toContainText(
      'Step 2, at Recover (Recover): you chose Operate; Change was needed',
    );
    await expect(debrief.getByTestId('pin-item').first()).toContainText(
      'A permanent effect on the managed infrastructure',
    );
    // The expected route's steps in Change are ghosted although the learner never went there.
    expect(await lane(page, 'Change').locator('.lane-step.is-ghost').count()).toBeGreaterThan(0);
  });

  test('an expected early close is ghosted too: Agree alone, closed without its fork', async ({ page }) => {
    // The call expects Agree to close at Negotiate without agreement; the learner goes on to Change and Operate.
    await page.goto('/simulator/sports-hall-late-opening-declined/');
    await hydrated(page);
    await playRoute(page, 'Wish', ['Agree', 'Change', 'Operate']);
    const debrief = page.getByTestId('board-debrief');
    await expect(debrief).toContainText('Your route: Agree → Change → Operate');
    await expect(debrief).toContainText('Expected route (ghosted): Agree');
    // The ghost is drawn, and it stays in Agree: no step of Change or Operate is ghosted.
    await expect(boardOf(page).locator('.board-path path.is-ghost').first()).toBeAttached();
    expect(await lane(page, 'Agree').locator('.lane-step.is-ghost').count()).toBeGreaterThan(0);
    await expect(lane(page, 'Change').locator('.lane-step.is-ghost')).toHaveCount(0);
    await expect(lane(page, 'Operate').locator('.lane-step.is-ghost')).toHaveCount(0);
    await expect(debrief.getByTestId('pin-item').first()).toContainText('Step 2');
  });

  test('replay steps back and forth through the moves, board and statechart together', async ({ page }) => {
    await page.goto(FLAGSHIP);
    await hydrated(page);
    await playRoute(page, 'Incident', ['Recover', 'Change', 'Operate']);
    await page.getByRole('button', { name: 'Show the statechart' }).click();
    const position = page.getByTestId('replay-position');
    const total = Number((await position.textContent())!.match(/of (\d+)/)![1]);
    await expect(position).toHaveText(`Move ${total} of ${total}`);
    await page.getByRole('button', { name: 'Step back' }).click();
    await expect(position).toHaveText(`Move ${total - 1} of ${total}`);
    await expect(lane(page, 'Recover').getByTestId('call-card')).toContainText(
      'Now at Recover: Review delivery & feedback',
    );
    await page.getByRole('button', { name: 'To the start' }).click();
    await expect(position).toHaveText(`Move 0 of ${total}`);
    await expect(boardOf(page).getByTestId('call-card')).toContainText('not classified yet');
    await expect(page.getByTestId('event-log').locator('li')).toHaveCount(1);
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(position).toHaveText(`Move 2 of ${total}`);
    await expect(lane(page, 'Recover').getByTestId('call-card')).toContainText('Now at Recover: Accept incident');
    await expect(
      page.getByRole('tree', { name: 'Statechart' }).locator('[aria-current="true"] > .sc-label'),
    ).toHaveText([/^With the processes/, /^Recover has the call/, /^Working through its steps/]);
    await page.getByRole('button', { name: 'To the end' }).click();
    await expect(position).toHaveText(`Move ${total} of ${total}`);
    await expect(boardOf(page)).toContainText("'workflow fulfilled'");
  });

  test('projector mode at 1920×1080: no site chrome, the caller once, the statechart on screen', async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${FLAGSHIP}?projector=1`);
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    await expect(page.locator('.page > .header')).toBeHidden();
    await expect(page.locator('nav.sidebar')).toBeHidden();
    await expect(page.getByText('Shift supervisor, pit control room', { exact: true })).toHaveCount(1);
    await page.getByRole('radio', { name: 'Incident' }).check();
    await page.getByRole('button', { name: 'Send to Recover' }).click();
    await page.getByRole('button', { name: 'Continue Recover' }).click();
    await page.getByRole('button', { name: /^Trigger Change/ }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    const tree = page.getByRole('tree', { name: 'Statechart' });
    await expect(tree).toBeInViewport();
    const box = (await tree.boundingBox())!;
    expect(box.y).toBeLessThan(1080 / 2);
    await expect(boardOf(page)).toBeInViewport();
    await attachShot(page, info, 'projector-1920x1080');
    await page.getByRole('button', { name: 'Leave projector mode' }).click();
    await expect(page.locator('.page > .header')).toBeVisible();
  });

  test('the board at 390×844: nothing sideways, every process reachable, the flagship playable', async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(FLAGSHIP);
    await hydrated(page);
    await page.getByRole('radio', { name: 'Incident' }).check();
    await page.getByRole('button', { name: 'Send to Recover' }).click();
    await page.getByRole('button', { name: 'Continue Recover' }).click();
    await page.getByRole('button', { name: /^Trigger Change/ }).click();
    await expect(lane(page, 'Change').getByTestId('call-card')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of PROCESSES) await expect(lane(page, name)).toBeVisible();
    await attachShot(page, info, 'board-390x844');
  });

  test('axe: the board and the statechart open, during play and in the debrief', async ({ page }) => {
    await page.goto(FLAGSHIP);
    await hydrated(page);
    await page.getByRole('button', { name: 'Show the statechart' }).click();
    await page.getByRole('radio', { name: 'Incident' }).check();
    await page.getByRole('button', { name: 'Send to Recover' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Continue Recover' }).click();
    await page.getByRole('button', { name: /^Trigger Operate/ }).click();
    for (const name of ['Continue Operate', 'Continue Operate', 'Continue Recover'])
      await page.getByRole('button', { name, exact: true }).click();
    await expect(page.getByTestId('board-debrief')).toBeVisible();
    await expectAccessible(page);
  });

  test('reduced motion: the same board, without animation', async ({ page }) => {
    const animationOf = (l: Locator) => l.evaluate((el) => getComputedStyle(el).animationName);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(FLAGSHIP);
    await hydrated(page);
    await page.getByRole('radio', { name: 'Incident' }).check();
    await page.getByRole('button', { name: 'Send to Recover' }).click();
    const card = lane(page, 'Recover').getByTestId('call-card');
    expect(await animationOf(card)).toBe('token-in');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await animationOf(card)).toBe('none');
    await expect(card).toContainText('Now at Recover: Accept incident');
  });
});

test('a Shift played for three calls on the board, with the queue and the KPIs beside it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/shift/?seed=7');
  await hydrated(page);
  await page.getByRole('radio', { name: /A day shift at the mine/ }).check();
  await page.getByRole('button', { name: 'Start the shift' }).click();
  const queue = page.getByTestId('shift-queue');
  for (let i = 0; i < 3; i++) {
    await takeNextCall(page);
    await hydrated(page);
    // The queue, the KPIs and the board are on screen together.
    await expect(boardOf(page)).toBeVisible();
    await expect(page.getByTestId('kpi-backlog')).toBeVisible();
    await expect(queue.getByText('On the board', { exact: true })).toBeVisible();
    await playRoute(page, 'Incident', ['Recover', 'Operate']);
    await expect(page.getByTestId('score')).toBeVisible();
    await expect(page.getByTestId('kpi-score')).toHaveText(/^\d+$/);
  }
  // Every call in the queue says where it came from: a customer, or the process that raised it.
  const origins = await queue
    .getByTestId('call-origin')
    .allTextContents()
    .catch(() => []);
  for (const o of origins)
    expect(o).toMatch(/from a customer|raised by (Operate|Agree|Change|Recover|Improve)|was left too long/);
  await page.getByRole('button', { name: 'End the shift' }).click();
  const handled = page
    .getByTestId('shift-report-calls')
    .locator('tbody tr')
    .filter({ has: page.locator('td:nth-child(4)', { hasText: /^\d+$/ }) });
  await expect(handled).toHaveCount(3);
});
