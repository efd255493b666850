import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, hydrated } from './helpers.ts';

/** Presses Tab until `target` has focus: the keyboard-only way to reach a control. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

async function pressButton(page: Page, name: string | RegExp) {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

test.describe('the simulator', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/simulator/mining-telemetry-outage/');
    await hydrated(page);
  });

  test('the mining scenario completed correctly with the keyboard alone scores 100', async ({ page }) => {
    // Tab reaches the radio group at its first option; the arrow keys move to Incident (wish → rfc → incident).
    await tabTo(page, page.getByRole('radio', { name: 'Wish' }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Incident' })).toBeChecked();
    await expect(page.getByTestId('sim-message')).toContainText('Right: this is incident');
    await tabTo(page, page.getByRole('combobox', { name: 'Impact' }));
    await page.keyboard.press('h');
    await tabTo(page, page.getByRole('combobox', { name: 'Urgency' }));
    await page.keyboard.press('h');
    await expect(page.getByText('Priority 1 (impact × urgency)')).toBeVisible();
    await pressButton(page, 'Send to Recover');
    await pressButton(page, 'Continue Recover');
    await pressButton(page, 'Trigger Change (with a request for change)');
    await expect(page.getByTestId('sim-message')).toContainText('Right: Recover triggers Change');
    await pressButton(page, 'Continue Change');
    await pressButton(page, 'Trigger Operate (with a service request)');
    await expect(
      page.getByRole('list', { name: 'Active processes (outermost first)' }).locator(':scope > li'),
    ).toHaveCount(3);
    await pressButton(page, 'Continue Operate');
    await pressButton(page, 'Continue Operate');
    await pressButton(page, 'Continue Change');
    await pressButton(page, 'Continue Recover');
    await expect(page.getByTestId('score')).toContainText('Passed · Score: 100 / 100');
    await expect(page.getByTestId('workflow-chosen')).toHaveText('3: Incidents with changes to managed resources');
    await expect(page.getByTestId('debrief')).toBeFocused();
    const saved = await page.evaluate(
      () => JSON.parse(localStorage.getItem('usm-trainer/scenarios')!).data.results['mining-telemetry-outage'],
    );
    expect(saved).toMatchObject({ best: 100, passed: true, lastWorkflow: 3 });
  });

  test('routing the incident Recover → Operate shows workflow 4 and names the missed change', async ({ page }) => {
    await page.getByRole('radio', { name: 'Incident' }).check();
    await page.getByRole('button', { name: 'Send to Recover' }).click();
    await page.getByRole('button', { name: 'Continue Recover' }).click();
    await page.getByRole('button', { name: 'Trigger Operate (with a service request)' }).click();
    await expect(page.getByTestId('sim-message')).toContainText(
      'This is not the expected route: A permanent effect on the managed infrastructure',
    );
    for (const name of ['Continue Operate', 'Continue Operate', 'Continue Recover'])
      await page.getByRole('button', { name, exact: true }).click();
    await expect(page.getByTestId('workflow-chosen')).toHaveText('4: Incidents without changes to managed resources');
    await expect(page.getByTestId('workflow-expected')).toHaveText('3: Incidents with changes to managed resources');
    await expect(page.getByTestId('score')).toContainText('Not passed');
    await expect(page.getByTestId('feedback')).toContainText(
      'after Recover you triggered Operate, but Change was needed',
    );
  });

  test('an illegal move is refused with the rule, counted, and can be undone around', async ({ page }) => {
    await page.getByRole('radio', { name: 'Incident' }).check();
    await page.getByRole('button', { name: 'Send to Change' }).click();
    await expect(page.getByTestId('sim-message')).toContainText('Refused: An incident starts Recover, not Change.');
    await page.getByRole('button', { name: 'Send to Recover' }).click();
    await page.getByRole('button', { name: 'Continue Recover' }).click();
    await page.getByRole('button', { name: 'Trigger Agree' }).click();
    await expect(page.getByTestId('sim-message')).toContainText('Refused: Recover cannot trigger Agree');
    await page.getByRole('button', { name: 'Undo last decision' }).click();
    await expect(page.getByRole('button', { name: 'Continue Recover' })).toBeVisible();
  });

  test("the statechart view opens and follows the running machine, in the learner's words", async ({ page }) => {
    test.setTimeout(90_000);
    await page.getByRole('button', { name: 'Show the statechart' }).click();
    const tree = page.getByRole('tree', { name: 'Statechart' });
    const active = tree.locator('[aria-current="true"] > .sc-label');
    await expect(active).toHaveText([/^Intake/]);
    await page.getByRole('radio', { name: 'Incident' }).check();
    await page.getByRole('button', { name: 'Send to Recover' }).click();
    await expect(active).toHaveText([/^With the processes/, /^Recover has the call/, /^Working through its steps/]);
    await page.getByRole('button', { name: 'Continue Recover' }).click();
    await page.getByRole('button', { name: 'Trigger Change (with a request for change)' }).click();
    await expect(active).toHaveText([
      /^With the processes/,
      /^Recover has the call/,
      /^Waiting for Change/,
      /^Working through its steps/,
    ]);
    const log = page.getByTestId('event-log').locator('li');
    await expect(log).toHaveCount(5);
    await expect(log.nth(2)).toHaveText('You sent it to Recover.');
    await expect(log.nth(4)).toHaveText('Recover triggered Change (with a request for change).');
    await expect(page.getByTestId('statechart-panel')).not.toContainText(/running_|atFork|ADVANCE|TRIGGER|SEND_TO/);
    await expectAccessible(page);
  });

  test('assessment mode gives no feedback until the debrief', async ({ page }) => {
    await page.getByRole('radio', { name: /Assessment/ }).check();
    await page.getByRole('radio', { name: 'Wish' }).check();
    await expect(page.getByTestId('sim-message')).toBeEmpty();
    await page.getByRole('button', { name: 'Send to Recover' }).click();
    await expect(page.getByTestId('sim-message')).toContainText('That move is not possible here');
    await expect(page.getByRole('button', { name: 'Give me a hint' })).toHaveCount(0);
  });

  test('the scenario index filters by workflow and shows the best score', async ({ page }) => {
    await page.evaluate(() =>
      localStorage.setItem(
        'usm-trainer/scenarios',
        JSON.stringify({
          v: 1,
          data: {
            results: {
              'mining-telemetry-outage': {
                best: 90,
                attempts: 1,
                lastWorkflow: 3,
                passed: true,
                at: '2026-11-20T10:00:00.000Z',
              },
            },
          },
        }),
      ),
    );
    await page.goto('/simulator/?workflow=3');
    await hydrated(page);
    const rows = page.locator('#scenario-table tbody tr');
    await expect(rows.first()).toContainText('3: Incidents with changes');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText('3: Incidents with changes');
    await expect(rows.filter({ hasText: 'Haul-truck telemetry goes dark' })).toContainText('90');
  });
});

test('the scenario index keeps each workflow hidden until the call is played or the workflow is filtered', async ({
  page,
}) => {
  await page.goto('/simulator/');
  await page.evaluate(() =>
    localStorage.setItem(
      'usm-trainer/scenarios',
      JSON.stringify({
        v: 1,
        data: {
          results: {
            'mining-telemetry-outage': {
              best: 90,
              attempts: 1,
              lastWorkflow: 3,
              passed: true,
              at: '2026-11-20T10:00:00.000Z',
            },
          },
        },
      }),
    ),
  );
  await page.reload();
  await hydrated(page);
  const rows = page.locator('#scenario-table tbody tr');
  await expect(rows.filter({ hasText: 'Haul-truck telemetry goes dark' })).toContainText('3: Incidents with changes');
  const unplayed = rows.filter({ hasNotText: 'Haul-truck telemetry goes dark' });
  await expect(unplayed.first()).toContainText('play it to find out');
  await expect(page.locator('#scenario-table tbody')).not.toContainText(/\d: Incidents without changes/);
  await page.getByRole('combobox', { name: 'Workflow' }).selectOption('4');
  await expect(rows.first()).toContainText('4: Incidents without changes');
});

test('the hint button says when there are no more hints for this call', async ({ page }) => {
  await page.goto('/simulator/mining-telemetry-outage/');
  await hydrated(page);
  const hint = page.getByRole('button', { name: 'Give me a hint' });
  await hint.click();
  await hint.click();
  await expect(hint).toHaveCount(0);
  await expect(page.getByTestId('no-more-hints')).toHaveText('No more hints for this call.');
});
