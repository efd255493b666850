import { expect, test } from '@playwright/test';
import { expectAccessible, hydrated, playRoute, takeNextCall } from './helpers.ts';

test.describe('coach mode', () => {
  test('a coach creates a workshop, two participants join and finish, the room view counts their routes', async ({
    page,
    browser,
  }) => {
    // A whole workshop: three pages, two participants playing on the board, and an axe scan of each.
    test.slow();
    await page.goto('/coach/');
    await hydrated(page);
    await page.getByRole('checkbox', { name: /Haul-truck telemetry goes dark/ }).check();
    await page
      .getByRole('checkbox', { name: /crusher/i })
      .first()
      .check();
    await page.getByRole('button', { name: 'Create the workshop' }).click();
    const code = (await page.getByTestId('join-code').textContent())!.trim();
    expect(code).toMatch(/^W1\./);
    await expect(page.getByRole('img', { name: 'QR code for joining' }).locator('svg')).toBeVisible();
    await expectAccessible(page);

    const results: string[] = [];
    for (const [name, right] of [
      ['Ana', true],
      ['Bo', false],
    ] as const) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await p.goto(`/coach/join/?code=${encodeURIComponent(code)}`);
      await hydrated(p);
      await p.getByLabel('Your name (as the coach will see it)').fill(name);
      await p.getByRole('button', { name: 'Join' }).click();
      for (let call = 1; call <= 2; call++) {
        await expect(p.getByRole('heading', { name: new RegExp(`^Call ${call} of 2`) })).toBeVisible();
        await hydrated(p);
        await playRoute(p, 'Incident', right ? ['Recover', 'Change', 'Operate'] : ['Recover', 'Operate']);
        await p.getByRole('button', { name: call < 2 ? 'Next call' : 'Debrief' }).click();
      }
      results.push(await p.getByTestId('result-code').inputValue());
      if (name === 'Ana') await expectAccessible(p);
      await ctx.close();
    }

    await page.getByRole('link', { name: 'Open the room view' }).click();
    await page.waitForURL(/\/coach\/room\//);
    await hydrated(page);
    await page.getByLabel('Result codes from participants, one per line').fill([...results, 'R1.broken'].join('\n'));
    await page.getByRole('button', { name: 'Add to the room' }).click();
    await expect(page.getByTestId('room-count')).toHaveText('2 participants in the room');
    await expect(page.getByTestId('room-errors')).toContainText('Line 3: the code is cut off or damaged');
    const telemetry = page.locator('section.room-call', { hasText: 'Haul-truck telemetry goes dark' });
    await expect(telemetry.locator('[data-testid$="-3"]')).toContainText('1');
    await expect(telemetry.locator('[data-testid$="-4"]')).toContainText('1');
    await expect(telemetry).toContainText('1 / 2 passed');
    await expect(telemetry).toContainText('A permanent effect on the managed infrastructure');
    // Adding the same codes again does not double-count; a new bad line leaves the room intact.
    await page.getByLabel('Result codes from participants, one per line').fill(results[0]!);
    await page.getByRole('button', { name: 'Add to the room' }).click();
    await expect(page.getByTestId('room-count')).toHaveText('2 participants in the room');
    await expectAccessible(page);
  });

  test('the projector view shows one call large, reveals the answer and the statechart', async ({ page }) => {
    await page.goto('/coach/');
    await hydrated(page);
    await page.getByRole('checkbox', { name: /Haul-truck telemetry goes dark/ }).check();
    await page.getByRole('button', { name: 'Create the workshop' }).click();
    await page.getByRole('link', { name: 'Open the projector view' }).click();
    await page.waitForURL(/\/coach\/projector\//);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Haul-truck telemetry goes dark' })).toBeVisible();
    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect(page.getByTestId('projector-answer')).toContainText('Incident → workflow 3');
    await expect(page.getByTestId('statechart-panel')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Discuss' })).toBeVisible();
    await expectAccessible(page);
  });
});

test('a coach runs the Shift as a workshop and the room view compares the KPIs', async ({ page, browser }) => {
  await page.goto('/coach/');
  await hydrated(page);
  await page.getByRole('radio', { name: /A day shift at the mine/ }).check();
  await page.getByRole('button', { name: 'Create the Shift workshop' }).click();
  const code = (await page.getByTestId('shift-join-code').textContent())!.trim();
  expect(code).toMatch(/^S1\./);
  const results: string[] = [];
  for (const name of ['Ana', 'Bo']) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(`/shift/?code=${encodeURIComponent(code)}`);
    await hydrated(p);
    await expect(p.getByTestId('shift-workshop')).toContainText('A day shift at the mine');
    await p.getByRole('button', { name: 'Start the shift' }).click();
    if (name === 'Ana') {
      await takeNextCall(p);
      await hydrated(p);
      await playRoute(p, 'Incident', ['Recover', 'Operate']);
      await p.getByRole('button', { name: 'Back to the queue' }).click();
    }
    await p.getByRole('button', { name: 'End the shift' }).click();
    await p.getByLabel('Your name (as the coach will see it)').fill(name);
    results.push(await p.getByTestId('shift-result-code').inputValue());
    await ctx.close();
  }
  await page.goto(`/coach/room/?code=${encodeURIComponent(code)}`);
  await hydrated(page);
  await page.getByLabel('Result codes from participants, one per line').fill(results.join('\n'));
  await page.getByRole('button', { name: 'Add to the room' }).click();
  await expect(page.getByTestId('room-count')).toHaveText('2 participants in the room');
  await expect(page.getByTestId('room-kpis').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('room-kpis')).toContainText('Ana');
  await expectAccessible(page);
});
