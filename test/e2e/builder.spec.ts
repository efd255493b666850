/** Issue 16: the scenario builder, share links, packs and workshops with custom calls. */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, hydrated, playRoute } from './helpers.ts';

const problems = (page: Page) => page.getByRole('list', { name: 'Problems' });

async function writeCall(
  page: Page,
  id: string,
  title: string,
  explanation = 'Outside what the canteen agreed: a wish for Agree, which has Change and Operate realise it (workflow 1).',
) {
  await page.getByLabel('Id', { exact: true }).fill(id);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Domain', { exact: true }).fill('facilities');
  await page.getByLabel('From', { exact: true }).fill('Head chef, staff canteen');
  await page.getByLabel('Channel', { exact: true }).selectOption('email');
  await page
    .getByLabel('What the caller says')
    .fill('Half the staff asked for a vegan lunch every day. Can we add it to the menu from next month?');
  await page
    .getByLabel('Facts', { exact: true })
    .fill('The agreed catering service lists two menus, neither vegan.\nA new menu needs a new supplier contract.');
  await page.getByLabel('Call type', { exact: true }).selectOption('wish');
  await page.getByLabel('Workflow', { exact: true }).selectOption('1');
  if (explanation) await page.getByLabel('Explanation', { exact: true }).fill(explanation);
}

test.describe('scenario builder', () => {
  test('write a call from scratch, see a problem, fix it, play-test it, share it and play the link in a fresh browser', async ({
    page,
    browser,
    context,
  }) => {
    // Two boards played to the end and three axe scans: give it room on a busy machine.
    test.setTimeout(240_000);
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
    await page.keyboard.type(
      'Outside what the canteen agreed: a wish for Agree, which has Change and Operate realise it (workflow 1).',
    );
    await expect(problems(page).getByRole('listitem')).toHaveCount(0);
    await expect(page.getByTestId('builder-status')).toHaveText(/The scenario is valid/);
    await expect(page.getByTestId('builder-proof')).toContainText('ended in workflow 1');

    // The YAML view is the same draft: an edit there shows in the form and in Problems, and back.
    await expect(yaml).toHaveValue(/id: canteen-vegan-menu\ntitle: The canteen wants a vegan menu\ndomain: facilities/);
    await yaml.fill((await yaml.inputValue()).replace('workflow: 1', 'workflow: 3'));
    await expect(page.getByLabel('Workflow', { exact: true })).toHaveValue('3');
    await expect(problems(page).getByRole('listitem')).toHaveText(
      /^expected\.workflow: workflow 3 .* does not start with a wish/,
    );
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
    test.slow();
    await page.goto('/simulator/builder/');
    await hydrated(page);
    await page.getByLabel('Id', { exact: true }).fill('my-draft');
    await expect(page.getByTestId('builder-drafts')).toContainText('my-draft');
    const hostile = [
      '#c=<script>alert(1)</script>',
      `#c=${'A'.repeat(1024 * 1024)}`,
      '#c=A',
      '#c=AAAAAAAAAAAA',
      '#c=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    ];
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

  test('works at 390 px wide, and by keyboard', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/simulator/builder/');
    await hydrated(page);
    await writeCall(page, 'narrow-call', 'A narrow call');
    await expect(problems(page).getByRole('listitem')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    // Keyboard alone starts the play-test.
    await page.getByRole('button', { name: 'Play-test this call' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('builder-board').getByRole('heading', { name: 'A narrow call' })).toBeVisible();
  });

  test('export writes the contract YAML as <id>.yaml; importing it (file or drop) adds a draft and replaces none', async ({
    page,
  }) => {
    test.slow();
    await page.goto('/simulator/builder/');
    await hydrated(page);
    await writeCall(page, 'exported-call', 'An exported call');
    const yaml = await page.getByRole('textbox', { name: 'Scenario YAML' }).inputValue();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as a .yaml file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('exported-call.yaml');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path, 'utf8')).toBe(yaml);
    await page.getByRole('button', { name: 'New call' }).click();
    await page.getByLabel('Import a file…').setInputFiles({
      name: 'exported-call.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(yaml.replace('An exported call', 'An imported call')),
    });
    await expect(page.getByTestId('builder-notice')).toContainText('Imported exported-call.yaml as a new draft.');
    await expect(page.getByTestId('builder-drafts')).toContainText('An imported call');
    await expect(page.getByTestId('builder-drafts')).toContainText('An exported call');
    await expect(page.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveCount(0);
    // A YAML bomb pasted into the view is refused with its problem named, and the page keeps working.
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    await page.getByRole('textbox', { name: 'Scenario YAML' }).fill(bomb);
    await expect(page.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveText(
      /^\(yaml\): its aliases expand more than 50 times/,
    );
    await expect(page.getByTestId('form-disabled')).toBeVisible();
  });

  test('a pack of two custom calls runs a workshop (mixed with a library call); a participant plays them and the room view reads the result', async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000);
    await page.goto('/simulator/builder/');
    await hydrated(page);
    await writeCall(page, 'canteen-vegan-menu', 'The canteen wants a vegan menu');
    await page.getByRole('button', { name: 'New call' }).click();
    await writeCall(page, 'meeting-room-screen', 'A second screen for every meeting room');
    await expect(page.getByTestId('builder-drafts').getByRole('listitem')).toHaveCount(2);
    await page.getByRole('checkbox', { name: /The canteen wants a vegan menu/ }).check();
    await page.getByRole('checkbox', { name: /A second screen for every meeting room/ }).check();
    await page.getByLabel('Pack title (optional)').fill('Facilities wishes');
    await page.getByRole('button', { name: 'Make a pack link' }).click();
    const packLink = await page.getByTestId('pack-link').inputValue();
    expect(packLink).toMatch(/#c=/);

    await page.goto('/coach/');
    await hydrated(page);
    await page.getByLabel('Pack link').fill(packLink);
    await page.getByRole('button', { name: 'Load the pack' }).click();
    await expect(page.getByTestId('coach-pack-status')).toContainText(
      'Loaded 2 custom call(s) from "Facilities wishes"',
    );
    await page.getByRole('checkbox', { name: /The canteen wants a vegan menu/ }).check();
    await page.getByRole('checkbox', { name: /A second screen for every meeting room/ }).check();
    await page.getByRole('checkbox', { name: /Haul-truck telemetry goes dark/ }).check();
    await page.getByRole('button', { name: 'Create the workshop' }).click();
    const code = (await page.getByTestId('join-code').textContent())!.trim();
    expect(code).toMatch(/^W2\./);
    await expectAccessible(page);

    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto('/coach/join/');
    await hydrated(p);
    await p.getByLabel('Join code from your coach').fill(code);
    await p.getByLabel('Your name (as the coach will see it)').fill('Ana');
    await p.getByRole('button', { name: 'Join' }).click();
    let custom = 0;
    for (let call = 1; call <= 3; call++) {
      const heading = p.getByRole('heading', { name: new RegExp(`^Call ${call} of 3`) });
      await expect(heading).toBeVisible();
      await hydrated(p);
      const library = /Haul-truck/.test((await heading.textContent()) ?? '');
      if (!library) {
        custom++;
        await expect(p.getByTestId('custom-note')).toContainText('A custom call');
      }
      await playRoute(
        p,
        library ? 'Incident' : 'Wish',
        library ? ['Recover', 'Change', 'Operate'] : ['Agree', 'Change', 'Operate'],
      );
      await p.getByRole('button', { name: call < 3 ? 'Next call' : 'Debrief' }).click();
    }
    expect(custom).toBe(2);
    const result = await p.getByTestId('result-code').inputValue();
    await ctx.close();

    await page.getByRole('link', { name: 'Open the room view' }).click();
    await page.waitForURL(/\/coach\/room\//);
    await hydrated(page);
    await page.getByLabel('Result codes from participants, one per line').fill(result);
    await page.getByRole('button', { name: 'Add to the room' }).click();
    await expect(page.getByTestId('room-count')).toHaveText('1 participants in the room');
    await expect(page.getByRole('heading', { name: /The canteen wants a vegan menu/ })).toBeVisible();
    await expect(page.getByTestId('room-people')).toContainText('Ana');
    await expect(page.getByTestId('room-people')).toContainText('3 / 3');
    await expectAccessible(page);
  });
});
