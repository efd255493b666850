import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { responseToCode, type Answer } from '#engine/model';
import { QuestionnaireSchema } from '#engine/build';
import { expectAccessible, hydrated } from './helpers.ts';

/** Answers the current part by keyboard: Tab into each statement's radio group, arrow to the answer. */
async function answerPartByKeyboard(page: Page, pick: (statementId: string) => number) {
  const count = await page.locator('.vmm-statements > li').count();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    const presses = pick(id);
    // Focus alone does not answer: Space picks "Not at all", each arrow moves one step up the scale.
    if (presses === 0) await page.keyboard.press('Space');
    for (let k = 0; k < presses; k++) await page.keyboard.press('ArrowRight');
  }
}

const levelOf = (id: string) => Number(/-L(\d)-/.exec(id)![1]);

async function completeByKeyboard(page: Page, name: string, pick: (id: string) => number) {
  await page.goto('/assessment/');
  await hydrated(page);
  await page.getByLabel(/Your name or role/).focus();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  for (let part = 1; part <= 6; part++) {
    await expect(page.locator('#vmm-step-title')).toContainText(`Part ${part} of 6`);
    await expect(page.locator('#vmm-step-title')).toBeFocused();
    await answerPartByKeyboard(page, pick);
    await page.keyboard.press('Tab'); // Previous part
    await page.keyboard.press('Tab'); // Next part / See the report
    await page.keyboard.press('Enter');
  }
}

test.describe('value maturity self-assessment', () => {
  test('completed with the keyboard alone: the level, the reasons, the radar, print and exports', async ({ page }) => {
    // Levels 1–3 fully met, 4–5 only partly: a service-driven organisation.
    await completeByKeyboard(page, 'Ana', (id) => (levelOf(id) <= 3 ? 3 : 1));
    await expect(page.getByTestId('vmm-overall')).toHaveText('Overall level: 3 Service-driven');
    await expect(page.getByRole('img', { name: /Level per part/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'The same as a table' }).locator('tbody tr')).toHaveCount(6);
    await expect(page.getByText('What characterises the next level').first()).toBeVisible();
    await expect(page.locator('.vmm-start a').first()).toHaveAttribute('href', /\/lessons\//);
    await expectAccessible(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#starlight__sidebar')).toBeHidden();
    await expect(page.getByTestId('vmm-overall')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    // The printed report fits on one or two A4 pages.
    const pages = Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download answers (JSON)' }).click();
    const json = readFileSync(await (await download).path(), 'utf8');
    expect(JSON.parse(json)).toMatchObject({
      format: 'usm-trainer-maturity',
      respondent: 'Ana',
      perspective: 'provider',
    });
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download report (CSV)' }).click();
    expect(readFileSync(await (await csvDownload).path(), 'utf8')).toContain('"overall"');

    // Answers were saved as the respondent went: a reload resumes them.
    await page.reload();
    await hydrated(page);
    await expect(page.getByText(/\d+ of \d+ statements answered/)).not.toContainText('0 of');
  });

  test('a team of three is merged, a tampered code is refused without losing the others', async ({ page, browser }) => {
    const codes: string[] = [];
    const files: string[] = [];
    for (const [name, high] of [
      ['Ana', 3],
      ['Bo', 2],
      ['Cy', 4],
    ] as const) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await completeByKeyboard(p, name, (id) => (levelOf(id) <= high ? 3 : 0));
      codes.push(await p.getByTestId('vmm-code').inputValue());
      if (name === 'Cy') {
        const d = p.waitForEvent('download');
        await p.getByRole('button', { name: 'Download answers (JSON)' }).click();
        files.push(readFileSync(await (await d).path(), 'utf8'));
      }
      await ctx.close();
    }
    await page.goto('/assessment/team/');
    await hydrated(page);
    const tampered = codes[1]!.slice(0, -3) + 'zzz';
    await page.getByLabel('Answer codes, one per line').fill([codes[0], codes[1], tampered].join('\n'));
    await page.setInputFiles('#team-files', {
      name: 'cy.json',
      mimeType: 'application/json',
      buffer: Buffer.from(files[0]!),
    });
    await page.getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByTestId('team-count')).toHaveText('3 respondents merged');
    await expect(page.getByTestId('team-errors')).toContainText('Line 3: the checksum does not match');
    await expect(page.getByTestId('team-level')).toHaveText('Team level (on the median answer per statement): 3');
    await expect(page.getByTestId('team-disagreement').locator('li').first()).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('value maturity in Dutch', () => {
  const file = join(import.meta.dirname, '../../content/nl/maturity/questionnaire.yaml');
  const q = QuestionnaireSchema.parse(parse(readFileSync(file, 'utf8')));
  const answersUpTo = (high: number): Record<string, Answer> =>
    Object.fromEntries(q.dimensions.flatMap((d) => d.statements.map((s) => [s.id, s.level <= high ? 'fully' : 'not'])));
  const customer = responseToCode(q, {
    questionnaire: q.id,
    version: q.version,
    perspective: 'customer',
    respondent: 'Klant',
    answers: answersUpTo(5),
  });
  const tampered = customer.slice(0, -3) + 'zzz';

  test('/nl/assessment/ words the gap and a refused code in Dutch', async ({ page }) => {
    await page.goto('/nl/assessment/');
    const saved = { questionnaire: q.id, version: q.version, perspective: 'provider', respondent: 'Ana' };
    const raw = JSON.stringify({ v: 1, data: { ...saved, answers: answersUpTo(2) } });
    await page.evaluate((text) => localStorage.setItem('usm-trainer/maturity', text), raw);
    await page.reload();
    await hydrated(page);
    await page.getByRole('button', { name: 'Bekijk het rapport' }).click();
    const paste = page.getByLabel('Plak de antwoordcode of de bestandsinhoud van je tegenpartij');
    await paste.fill(customer);
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await expect(page.getByTestId('vmm-fit')).toContainText(
      'De klant handelt op niveau 5, de provider op niveau 2: de klant verwacht meer dan de provider kan geven.',
    );
    await paste.fill(tampered);
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await expect(page.getByTestId('vmm-fit')).toHaveText(
      'De geplakte antwoorden: het controlegetal klopt niet: de code is veranderd of afgebroken; kopieer hem opnieuw helemaal.',
    );
  });

  test('/nl/assessment/team/ refuses a tampered code and a foreign file in Dutch, and merges the rest', async ({
    page,
  }) => {
    await page.goto('/nl/assessment/team/');
    await hydrated(page);
    await page.getByLabel('Antwoordcodes, één per regel').fill([customer, tampered].join('\n'));
    await page.setInputFiles('#team-files', {
      name: 'ander.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'iets-anders' })),
    });
    await page.getByRole('button', { name: 'Samenvoegen' }).click();
    await expect(page.getByTestId('team-count')).toHaveText('1 deelnemer samengevoegd');
    const errors = page.getByTestId('team-errors');
    await expect(errors).toContainText('Regel 2: het controlegetal klopt niet');
    await expect(errors).toContainText(
      'ander.json: geen volwassenheidsexport van USM Trainer (format is “iets-anders”).',
    );
    await expect(errors).not.toContainText('checksum');
  });
});
