/**
 * The question-bank part of /export/ in both languages: the English page links the English files as before,
 * the Dutch page links the Dutch twins under /nl/export/ (saved as <name>-nl.<ext>), whose texts are Dutch,
 * and the Dutch page shows none of the English texts of its own areas (the export page, the topics, the
 * LMS export keys) nor an English topic name outside an element marked lang="en".
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { TOPICS } from '#engine/model';
import { areas } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { tFor } from '../../src/i18n/dictionaries.ts';
import { topicTitle } from '../../src/lib/topics.ts';
import { expectAccessible, hydrated } from './helpers.ts';
import { unzipStore } from '../../src/lib/export/zip.ts';

/** The text a page shows as Dutch: every text node whose nearest lang is "nl". */
const dutchText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, template, [hidden]')) continue;
      if (el.closest('[lang]')?.getAttribute('lang') === 'nl') out.push(n.textContent ?? '');
    }
    return out.join('\n');
  });

const ENGLISH = Object.entries({ ...areas.exportPage, ...areas.topics, ...areas.lms })
  .filter(([key]) => !key.startsWith('lms.') || key.startsWith('lms.export.'))
  .filter(([key, text]) => text !== (nl as Record<string, string>)[key])
  .flatMap(([, text]) => text.split(/\{\w+\}/).map((s) => s.trim()))
  .filter((s) => s.length >= 8);

test('the English page links the English bank files, as before', async ({ page }) => {
  await page.goto('/export/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export for your learning platform');
  const row = page.getByRole('row', { name: /^The whole bank/ });
  for (const href of [
    '/export/moodle/all.xml',
    '/export/gift/all.gift',
    '/export/qti/all.zip',
    '/export/qti12/all.zip',
  ])
    await expect(row.locator(`a[href="${href}"]`)).toHaveCount(1);
  await expect(page.getByRole('row', { name: /^Services and value/ })).toBeVisible();
});

test('the Dutch page links the Dutch bank files, which are Dutch', async ({ page, request }) => {
  await page.goto('/nl/export/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl['export.title']);
  const row = page.getByRole('row', { name: new RegExp(`^${nl['export.bank.all']}`) });
  const links = row.getByRole('link');
  await expect(links).toHaveCount(4);
  expect(await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('download')]))).toEqual([
    ['/nl/export/moodle/all.xml', 'all-nl.xml'],
    ['/nl/export/gift/all.gift', 'all-nl.gift'],
    ['/nl/export/qti/all.zip', 'all-nl.zip'],
    ['/nl/export/qti12/all.zip', 'all-qti12-nl.zip'],
  ]);
  await expect(page.getByRole('row', { name: /^Services en waarde/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Afspreken/ })).toBeVisible();

  const gift = await request.get('/nl/export/gift/agree.gift');
  expect(gift.status()).toBe(200);
  const text = await gift.text();
  expect(text).toContain(nl['export.file.gift.header']);
  expect(text).toContain('::agree-001:: Welk type melding start het proces Afspreken?');
  const moodle = await (await request.get('/nl/export/moodle/all.xml')).text();
  expect(moodle).toContain('USM Trainer (Nederlands)/all');
  for (const path of ['/nl/export/qti/all.zip', '/nl/export/qti12/all.zip'])
    expect((await request.get(path)).headers()['content-type']).toContain('zip');
});

test('the Dutch page has no English text of its own and no English topic name', async ({ page }) => {
  await page.goto('/nl/export/');
  const text = await dutchText(page);
  expect(ENGLISH.filter((s) => text.includes(s))).toEqual([]);
  // Topic names Dutch words differently (Recover and Improve keep their English names in the Dutch table).
  const englishTopics = TOPICS.filter(
    (tp) => tp.title !== topicTitle(tp.id, tFor('nl')) && new RegExp(`^${tp.title}$`, 'm').test(text),
  );
  expect(englishTopics.map((tp) => tp.title)).toEqual([]);
  await expectAccessible(page);
});

test('a selection built on the Dutch page is a Dutch package, like the packages it sits beside', async ({ page }) => {
  await page.goto('/nl/export/');
  await expect(page.locator('a[href="/nl/export/lms/mock-exam-scorm2004.zip"]')).toHaveAttribute(
    'download',
    'mock-exam-scorm2004-nl.zip',
  );
  const form = page.getByTestId('lms-selection');
  await form.scrollIntoViewIfNeeded();
  await hydrated(page);
  await form.getByRole('checkbox').first().check();
  await form.getByRole('textbox', { name: nl['lms.select.name'] }).fill('Nachtdienst');
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    form.getByRole('button', { name: nl['lms.select.download'] }).click(),
  ]);
  expect(dl.suggestedFilename()).toMatch(/^calls-selection-[0-9a-f]+-scorm12-nl\.zip$/);
  const files = unzipStore(new Uint8Array(readFileSync((await dl.path())!)), (d) => new Uint8Array(inflateRawSync(d)));
  const manifest = new TextDecoder().decode(files.get('imsmanifest.xml')!);
  expect(manifest).toContain(nl['lms.package.calls.title'].replace('{title}', 'Nachtdienst').replace('{n}', '1'));
  expect(manifest).toMatch(/<manifest identifier="usm-trainer-nl-calls-selection-[0-9a-f]+"/);
  expect(new TextDecoder().decode(files.get('index.html')!)).toContain('<html lang="nl">');
  expect(new TextDecoder().decode(files.get('player.js')!)).toContain(nl['lms.calls.next']);
});
