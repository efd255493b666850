/** The service worker precaches the site but none of the export downloads (question banks, LMS packages). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { precacheList } from '../../../src/integrations/service-worker.mjs';

const root = mkdtempSync(join(tmpdir(), 'usm-sw-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('leaves every export file out of the precache list', () => {
  const files = [
    'index.html',
    'export/index.html',
    'export/lms/mock-exam-scorm12.zip',
    'export/lms/calls-all-cmi5.zip',
    'export/moodle/all.xml',
    'export/qti12/all.zip',
    'export/qti/all.zip',
    'export/gift/all.gift',
    'nl/export/index.html',
    'nl/export/moodle/all.xml',
    'nl/export/qti12/all.zip',
    'nl/export/qti/all.zip',
    'nl/export/gift/all.gift',
    'nl/export/lms/mock-exam-scorm2004.zip',
    'nl/export/lms/calls-kit.json',
    '_astro/app.js',
  ];
  for (const f of files) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), f);
  }
  expect(precacheList(root).urls.sort()).toEqual(['/', '/_astro/app.js', '/export/', '/nl/export/']);
});
