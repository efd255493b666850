/**
 * Issue 12 (codes: reproductions 3, 4, 9) and issue 13 (coach mode and self-assessment) in the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectAccessible, hydrated, playRoute } from './helpers.ts';
import { packCode, grade, resultCode, type CallResult, responseToCode, type Answer } from '#engine/model';
import { parseScenario, QuestionnaireSchema } from '#engine/build';

// Several page loads and an axe run per test: give them room on a loaded machine.
test.describe.configure({ timeout: 120_000 });

const root = join(import.meta.dirname, '../..');
const telemetryFile = join(root, 'content/scenarios/mining/mining-telemetry-outage.yaml');
const telemetry = (() => {
  const r = parseScenario(readFileSync(telemetryFile, 'utf8'), telemetryFile);
  if (!r.ok) throw new Error('scenario');
  return r.scenario;
})();
const q = QuestionnaireSchema.parse(parse(readFileSync(join(root, 'content/maturity/questionnaire.yaml'), 'utf8')));

/** A result for the telemetry call, scored as the simulator scores it. */
const call = (route: CallResult['route'], solutionShown = false): CallResult => ({
  callType: 'incident',
  route,
  hintsUsed: 0,
  illegalMoves: 0,
  score: grade(telemetry, { callType: 'incident', route }).score,
  ...(solutionShown ? { solutionShown } : {}),
});

async function createWorkshop(page: Page) {
  await page.goto('/coach/');
  await hydrated(page);
  await page.getByRole('checkbox', { name: /Haul-truck telemetry goes dark/ }).check();
  await page.getByRole('button', { name: 'Create the workshop' }).click();
  return (await page.getByTestId('join-code').textContent())!.trim();
}

/** Every axis label lies inside the radar's SVG box (nothing cut off). */
async function labelsInside(page: Page, svgTestId: string) {
  const svg = page.getByTestId(svgTestId);
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  const labels = svg.locator('text.radar-label');
  expect(await labels.count()).toBe(q.dimensions.length);
  for (const label of await labels.all()) {
    const b = (await label.boundingBox())!;
    expect(b.x, (await label.textContent()) ?? '').toBeGreaterThanOrEqual(box.x - 0.5);
    expect(b.y).toBeGreaterThanOrEqual(box.y - 0.5);
    expect(b.x + b.width, (await label.textContent()) ?? '').toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
  }
}

test.describe('coach mode (issue 13)', () => {
  test('creating a workshop scrolls to the join code, focuses it, and the Copy button copies it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 1280, height: 800 });
    const code = await createWorkshop(page);
    await expect(page.getByRole('heading', { name: 'Join code' })).toBeFocused();
    await expect(page.getByTestId('join-code')).toBeInViewport();
    await page.getByRole('button', { name: 'Copy the join code' }).click();
    await expect(page.locator('.coach-code .copy-status').first()).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expectAccessible(page);
  });

  test('the room survives a reload, names its columns plainly, explains the score and marks the solution', async ({
    page,
  }) => {
    const join = await createWorkshop(page);
    const ana = resultCode(join, 'Ana', [call(['recover', 'change', 'operate'])]);
    const bo = resultCode(join, 'Bo', [call(['recover', 'operate'], true)]);
    await page.getByRole('link', { name: 'Open the room view' }).click();
    await page.waitForURL(/\/coach\/room\//);
    await hydrated(page);
    await page.getByLabel('Result codes from participants, one per line').fill(`${ana}\n${bo}`);
    await page.getByRole('button', { name: 'Add to the room' }).click();
    await expect(page.getByTestId('room-count')).toHaveText('2 participants in the room');
    const people = page.getByTestId('room-people');
    await expect(people.locator('thead')).toContainText('Participant');
    await expect(people.locator('thead')).not.toContainText('as the coach will see it');
    await expect(people.locator('tbody tr').first()).toContainText('100 of 100');
    await expect(page.locator('#room-score-help')).toContainText('up to 100 points');
    await expect(people.locator('tbody tr').nth(1)).toContainText('1'); // Bo opened the solution once
    await expect(page.getByTestId('room-solutions-0')).toContainText('1');

    await page.reload();
    await hydrated(page);
    await expect(page.getByTestId('room-count')).toHaveText('2 participants in the room');
    await expect(page.getByTestId('room-people').locator('tbody tr')).toHaveCount(2);
    // Opened without a code, the room view reopens the last room.
    await page.goto('/coach/room/');
    await hydrated(page);
    await expect(page.getByLabel('The workshop’s join code')).toHaveValue(join);
    await expect(page.getByTestId('room-count')).toHaveText('2 participants in the room');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Clear this room' }).click();
    await expect(page.getByTestId('room-count')).toHaveText('0 participants in the room');
    await page.reload();
    await hydrated(page);
    await expect(page.getByTestId('room-count')).toHaveText('0 participants in the room');
  });

  test('a participant copies the result code, which marks a call where the solution was shown', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const join = await createWorkshop(page);
    await page.goto(`/coach/join/?code=${encodeURIComponent(join)}`);
    await hydrated(page);
    await page.getByLabel('Your name (as the coach will see it)').fill('Cy');
    await page.getByRole('button', { name: 'Join' }).click();
    await hydrated(page);
    await page.getByRole('button', { name: 'Show the solution' }).click();
    await playRoute(page, 'Incident', ['Recover', 'Change', 'Operate']);
    await page.getByRole('button', { name: 'Debrief' }).click();
    const out = await page.getByTestId('result-code').inputValue();
    await page.getByRole('button', { name: 'Copy the result code' }).click();
    await expect(page.locator('.copy-status')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(out);
    const payload = Buffer.from(out.split('.')[1]!, 'base64url').toString();
    expect(payload).toMatch(/:s$/);
  });
});

test.describe('hostile codes in the browser (issue 12)', () => {
  test('reproduction 4: a join code with thousands of calls shows a short error on the projector, not a blank page', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const join = await createWorkshop(page);
    const [lib] = Buffer.from(join.split('.')[1]!, 'base64url').toString().split('|');
    const forged = packCode('W1', `${lib}|p|1|${Array.from({ length: 3000 }, (_, i) => i.toString(36)).join(',')}`);
    await page.goto(`/coach/projector/?code=${encodeURIComponent(forged)}`);
    await hydrated(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/join code: (too long|has \d+ calls)/);
    expect((await alert.textContent())!.length).toBeLessThan(200);
    expect(errors).toEqual([]);
  });

  test('reproduction 9: an invalid Shift join code in the URL says so', async ({ page }) => {
    await page.goto('/shift/?code=S1.');
    await hydrated(page);
    await expect(page.getByTestId('shift-code-error')).toContainText('the code is cut off or damaged');
    await expect(page.getByRole('button', { name: /Start/ }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test('reproduction 3: a saved respondent name of 150,000 characters is set aside with its answers kept; the page works and a new report can be made', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/assessment/');
    const answers = Object.fromEntries(q.dimensions.flatMap((d) => d.statements.map((s) => [s.id, 'largely'])));
    const raw = JSON.stringify({
      v: 1,
      data: {
        questionnaire: q.id,
        version: q.version,
        perspective: 'provider',
        respondent: 'N'.repeat(150_000),
        answers,
      },
    });
    await page.evaluate((text) => localStorage.setItem('usm-trainer/maturity', text), raw);
    await page.reload();
    await hydrated(page);
    // The record breaks the 80-character name rule: it is set aside byte for byte, and the page starts afresh.
    const set = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('usm-trainer/quarantine/'))
        .map((k) => JSON.parse(localStorage.getItem(k)!)),
    );
    expect(set).toMatchObject([
      { kind: 'maturity', reason: expect.stringMatching(/respondent: must be at most 80 characters/) },
    ]);
    expect(set[0].raw).toBe(raw);
    await expect(page.getByText('Some saved progress could not be read')).toBeVisible();
    await page.getByLabel(/Your name or role/).fill('N'.repeat(150));
    await expect(page.getByLabel(/Your name or role/)).toHaveValue('N'.repeat(80));
    expect(errors).toEqual([]);
  });
});

test.describe('self-assessment (issue 13)', () => {
  test('after a reload the resume button opens the part where the respondent stopped', async ({ page }) => {
    await page.goto('/assessment/');
    await hydrated(page);
    await page.getByRole('button', { name: /^Start with/ }).click();
    await page.locator('.vmm-statements input[value="largely"]').first().check();
    await page.getByRole('button', { name: 'Next part' }).click();
    await page.getByRole('button', { name: 'Next part' }).click();
    await expect(page.locator('#vmm-step-title')).toContainText('Part 3 of 6');
    await page.reload();
    await hydrated(page);
    await page.getByTestId('vmm-resume').click();
    await expect(page.locator('#vmm-step-title')).toContainText('Part 3 of 6');
    await expect(page.getByText('not an official SURVUZ instrument')).toHaveCount(1);
  });

  for (const width of [1280, 390]) {
    test(`radar labels stay inside the chart at ${width} px, and the answer code can be copied`, async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/assessment/');
      const answers = Object.fromEntries(
        q.dimensions.flatMap((d) => d.statements.map((s) => [s.id, s.level <= 2 ? 'fully' : 'partly'])),
      );
      await page.evaluate(
        ([id, version, a]) =>
          localStorage.setItem(
            'usm-trainer/maturity',
            JSON.stringify({
              v: 1,
              data: { questionnaire: id, version, perspective: 'provider', respondent: 'Ana', answers: a },
            }),
          ),
        [q.id, q.version, answers] as const,
      );
      await page.reload();
      await hydrated(page);
      await page.getByRole('button', { name: 'See the report' }).click();
      await labelsInside(page, 'vmm-radar-svg');
      await page.getByRole('button', { name: 'Copy the answer code' }).click();
      await expect(page.locator('.vmm-report .copy-status')).toHaveText('Copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await page.getByTestId('vmm-code').inputValue(),
      );
    });
  }

  test('the team view counts a repeated code once, words level 0 and one respondent, and draws each person', async ({
    page,
  }) => {
    const make = (respondent: string, a: Answer) =>
      responseToCode(q, {
        questionnaire: q.id,
        version: q.version,
        perspective: 'provider',
        respondent,
        answers: Object.fromEntries(q.dimensions.flatMap((d) => d.statements.map((s) => [s.id, a]))),
      });
    const low = make('Ana', 'not');
    await page.goto('/assessment/team/');
    await hydrated(page);
    await page.getByLabel('Answer codes, one per line').fill([low, low, low, 'VMM.broken'].join('\n'));
    await page.getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByTestId('team-count')).toHaveText('1 respondent merged');
    await expect(page.getByTestId('team-duplicates')).toContainText(
      'Line 2: the same answers as Line 1; counted once.',
    );
    await expect(page.getByTestId('team-errors')).toContainText('Line 4');
    await expect(page.getByTestId('team-level')).toHaveText(
      'Team level (on the median answer per statement): not yet at level 1',
    );

    await page
      .getByLabel('Answer codes, one per line')
      .fill([low, make('Bo', 'fully'), make('Cy', 'largely')].join('\n'));
    await page.getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByTestId('team-count')).toHaveText('3 respondents merged');
    const svg = page.getByTestId('team-radar-svg');
    await expect(svg.locator('polygon[data-kind="person"]')).toHaveCount(3);
    await expect(svg.locator('polygon[data-kind="main"]')).toHaveCount(1);
    // Every part disagrees equally: all of them are named, not one.
    for (const d of q.dimensions) await expect(page.getByTestId('team-most-disputed')).toContainText(d.title);
    await labelsInside(page, 'team-radar-svg');
    await expectAccessible(page);
  });
});

test('a forged join code is refused on the join page with a short message', async ({ page }) => {
  const join = await createWorkshop(page);
  const [lib] = Buffer.from(join.split('.')[1]!, 'base64url').toString().split('|');
  await page.goto(`/coach/join/?code=${encodeURIComponent(packCode('W1', `${lib}|x|1|0`))}`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('alert')).toHaveText('join code: names a mode this site does not have ("x").');
});
