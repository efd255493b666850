import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, hydrated, playRoute } from './helpers.ts';

const root = join(import.meta.dirname, '../..');
const lessonPaths = readdirSync(join(root, 'content/lessons')).flatMap((module) =>
  readdirSync(join(root, 'content/lessons', module))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `/lessons/${module}/${f.replace(/\.mdx$/, '')}/`),
);

async function focusByTab(page: Page, predicate: string, max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  throw new Error(`Tab never reached: ${predicate}`);
}

test.describe('lessons', () => {
  test('a learner goes through module 1 with the keyboard alone, answers a check and marks a lesson done', async ({
    page,
  }) => {
    await page.goto('/lessons/services/what-is-a-service/');
    await hydrated(page);
    // Answer the first knowledge check with the keyboard: Tab into the first radio group, pick, submit.
    await focusByTab(page, `document.activeElement?.matches('.knowledge-check input[type=radio]')`);
    await page.keyboard.press('Space');
    await focusByTab(page, `document.activeElement?.matches('.knowledge-check button[type=submit]')`);
    await page.keyboard.press('Enter');
    await expect(page.locator('.knowledge-check .question-feedback').first()).toBeVisible();
    const answers = await page.evaluate(() => JSON.parse(localStorage.getItem('usm-trainer/questions')!).data.answers);
    expect(Object.keys(answers)).toHaveLength(1);
    // Mark done by keyboard.
    await focusByTab(page, `document.activeElement?.getAttribute('data-testid') === 'lesson-done'`);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('lesson-done')).toHaveAttribute('aria-pressed', 'true');
    // Follow "Next" by keyboard through the rest of module 1.
    const visited = ['what-is-a-service'];
    for (let i = 0; i < 5; i++) {
      const before = page.url();
      await focusByTab(page, `document.activeElement?.matches('a[rel="next"]')`);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.href !== before);
      await page.waitForLoadState('domcontentloaded');
      visited.push(page.url().split('/').at(-2)!);
    }
    expect(visited).toEqual([
      'what-is-a-service',
      'customers-users-providers',
      'value-and-co-creation',
      'specifying-and-realizing',
      'supply-chains-and-shadow-services',
      'usm-for-every-service-organisation',
    ]);
    await page.reload();
    await expect(page.locator('#starlight__sidebar a[data-done]')).toHaveText(['What is a service?']);
  });

  test('a glossary term shows its definition on keyboard focus', async ({ page }) => {
    await page.goto('/lessons/processes/recover/');
    const term = page.locator('.sl-markdown-content a.glossary-term').first();
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    await expect(tip).toBeHidden();
    await term.focus();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(':');
  });

  test('a workflow lesson embeds a scenario per workflow, and each plays on its own', async ({ page }) => {
    await page.goto('/lessons/workflows/reactive-workflows/');
    await hydrated(page);
    await expect(page.locator('section.embedded-scenario')).toHaveCount(5);
    const telemetry = page.locator('section.embedded-scenario', { hasText: 'Haul-truck telemetry goes dark' });
    const heating = page.locator('section.embedded-scenario').first();
    await heating.getByRole('radio', { name: 'Wish' }).check();
    await playRoute(telemetry, 'Incident', ['Recover', 'Change', 'Operate']);
    await expect(telemetry.getByTestId('score')).toContainText('Score: 100 / 100');
    // The other simulator kept its own answer.
    await expect(heating.getByRole('radio', { name: 'Wish' })).toBeChecked();
  });

  // Every lesson shares the site's shell (header, sidebar): the first lesson of each module (whose sidebar group
  // is the one open) is scanned whole; the others are scanned where they differ, their content and contents list.
  const firstOfModule = new Set(
    lessonPaths.filter((p, i) => i === 0 || p.split('/')[2] !== lessonPaths[i - 1]!.split('/')[2]),
  );
  for (const path of lessonPaths) {
    const whole = firstOfModule.has(path);
    test(`axe${whole ? '' : ' (content and contents list)'}: ${path}`, async ({ page }) => {
      await page.goto(path);
      await hydrated(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, whole ? [] : ['main', '.right-sidebar']);
    });
  }
});
