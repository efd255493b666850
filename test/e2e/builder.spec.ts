/** Issue 16: the scenario builder, share links, packs and workshops with custom calls. */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, hydrated, playRoute } from './helpers.ts';

const problems = (page: Page) => page.getByRole('list', { name: 'Problems' });

async function writeCall(page: Page, id: string, title: string, explanation = 'Outside what the canteen agreed: a wish for Agree, which has Change and Operate realise it (workflow 1).') {
  await page.getByLabel('Id', { exact: true }).fill(id);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Domain', { exact: true }).fill('facilities');
  await page.getByLabel('From', { exact: true }).fill('Head chef, staff canteen');
  await page.getByLabel('Channel', { exact: true }).selectOption('email');
  await page.getByLabel('What the caller says').fill('Half the staff asked for a vegan lunch every day. Can we add it to the menu from next month?');
  await page.getByLabel('Facts', { exact: true }).fill('The agreed catering service lists two menus, neither vegan.\nA new menu needs a new supplier contract.');
  await page.getByLabel('Call type', { exact: true }).selectOption('wish');
  await page.getByLabel('Workflow', { exact: true }).selectOption('1');
  if (explanation) await page.getByLabel('Explanation', { exact: true }).fill(explanation);
}

test.describe('scenario builder', () => {
  test('write a call from scratch, see a problem, fix it, play-test it, share it and play the link in a fresh browser', async ({ page, browser, context }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/simulator/builder/');
    await hydrated(page);
    const yaml = page.getByRole('textbox', { name: 'Scenario YAML' });
    await expect(yaml).toHaveValue(/^id: ""/);
    await expect(problems(page).getByRole('listitem').first()).toContainText('id');
    await expectAccessible(page);

    await writeCall(page, 'canteen-vegan-menu', 'The canteen wants a vegan menu', '');
    // One problem left, named as the CLI names it, in the list and beside the field.
    await expect(problems(page).getByRole('listitem')).toHaveCount(1);
    await expect(problems(page).getByRole('listitem')).toHaveText('explanation: must not be empty');
    await expect(page.getByLabel('Explanation', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#b-explanation-problems')).toHaveText('explanation: must not be empty');
    // Keyboard: the problem's link takes the focus to its field.
    await problems(page).getByRole('link', { name: 'explanation' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Explanation', { exact: true })).toBeFocused();
    await page.keyboard.type('Outside what the canteen agreed: a wish for Agree, which has Change and Operate realise it (workflow 1).');
    await expect(problems(page).getByRole('listitem')).toHaveCount(0);
    await expect(page.getByTestId('builder-status')).toHaveText(/The scenario is valid/);
    await expect(page.getByTestId('builder-proof')).toContainText('ended in workflow 1');

    // The YAML view is the same draft: an edit there shows in the form and in Problems, and back.
    await expect(yaml).toHaveValue(/id: canteen-vegan-menu\ntitle: The canteen wants a vegan menu\ndomain: facilities/);
    await yaml.fill((await yaml.inputValue()).replace('workflow: 1', 'workflow: 3'));
    await expect(page.getByLabel('Workflow', { exact: true })).toHaveValue('3');
    await expect(problems(page).getByRole('listitem')).toHaveText(/^expected\.workflow: workflow 3 .* does not start with a wish/);
    await expect(page.getByTestId('builder-proof')).toContainText('is refused');
    await page.getByLabel('Workflow', { exact: true }).selectOption('1');
    await expect(yaml).toHaveValue(/workflow: 1/);
    await expect(problems(page).getByRole('listitem')).toHaveCount(0);

    // Play-test on the board, in place.
    await page.getByRole('button', { name: 'Play-test this call' }).click();
    const board = page.getByTestId('builder-board');
    await expect(board.getByRole('heading', { name: 'The canteen wants a vegan menu' })).toBeVisible();
    await playRoute(board, 'Wish', ['Agree', 'Change', 'Operate']);
    await expect(board.getByTestId('debrief')).toContainText('100');
    await expectAccessible(page);

    // Drafts survive a reload and are listed.
    await page.reload();
    await hydrated(page);
    await expect(page.getByTestId('builder-drafts')).toContainText('The canteen wants a vegan menu');
    await expect(yaml).toHaveValue(/id: canteen-vegan-menu/);

    await page.getByLabel('Author (optional, shown to whoever opens the link)').first().fill('Coach Ada');
    await page.getByRole('button', { name: 'Make a share link' }).click();
    await page.getByRole('button', { name: 'Copy the link' }).first().click();
    await expect(page.getByText('Copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/simulator\/builder\/play\/#c=[A-Za-z0-9_-]+$/);
    expect(link).toBe(await page.getByTestId('share-link').inputValue());

    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.goto(link);
    await hydrated(p);
    await expect(p.getByTestId('custom-note')).toHaveText(/A custom call by Coach Ada/);
    await expect(p.getByTestId('custom-title')).toHaveText('The canteen wants a vegan menu');
    await playRoute(p, 'Wish', ['Agree', 'Change', 'Operate']);
    await expect(p.getByTestId('debrief')).toContainText('100');
    await expectAccessible(p);
    await fresh.close();
  });

  test('hostile and damaged links get a clear message and never touch a saved draft', async ({ page }) => {
    await page.goto('/simulator/builder/');
    await hydrated(page);
    await page.getByLabel('Id', { exact: true }).fill('my-draft');
    await expect(page.getByTestId('builder-drafts')).toContainText('my-draft');
    const hostile = ['#c=<script>alert(1)</script>', `#c=${'A'.repeat(1024 * 1024)}`, '#c=A', '#c=AAAAAAAAAAAA', '#c=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'];
    for (const hash of hostile) {
      await page.goto(`/simulator/builder/play/${hash}`);
      await hydrated(page);
      await expect(page.getByTestId('link-error')).toContainText('This link cannot be opened:');
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
    await page.goto('/simulator/builder/#c=AAAAAAAAAAAA');
    await hydrated(page);
    await expect(page.getByTestId('builder-notice')).toContainText('This link cannot be opened');
    await expect(page.getByRole('textbox', { name: 'Scenario YAML' })).toHaveValue(/id: my-draft/);
    await expect(page.getByTestId('builder-drafts').getByRole('listitem')).toHaveCount(1);
  });

  test('works at 390 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/simulator/builder/');
    await hydrated(page);
    await writeCall(page, 'narrow-call', 'A narrow call');
    await expect(problems(page).getByRole('listitem')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
  });
});
