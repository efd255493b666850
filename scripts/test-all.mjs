// `npm test`: builds the site, runs the unit and content tests (Vitest) and the browser tests
// (Playwright against the built site), then prints one closing line `N passed, N failed` summed
// from both runners' JSON reports. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: process.env.CI ?? '1' };
const node = process.execPath;
const run = (label, args) => {
  console.log(`\n== ${label} ==`);
  return spawnSync(node, args, { stdio: 'inherit', env }).status ?? 1;
};

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

// Browser tests use Debian's Chromium where it exists (these CI machines cannot download browsers);
// elsewhere they need Playwright's own Chromium, installed once here if it is missing.
if (!process.env.CHROME_PATH && !existsSync('/usr/bin/chromium')) {
  const { chromium } = await import('@playwright/test');
  if (!existsSync(chromium.executablePath())) run('install Playwright Chromium (first run only)', ['node_modules/@playwright/test/cli.js', 'install', 'chromium']);
}

let failedSteps = 0;
if (run('build', ['node_modules/astro/bin/astro.mjs', 'build']) !== 0) failedSteps++;
run('unit and content tests (vitest)', ['node_modules/vitest/vitest.mjs', 'run']);
if (failedSteps === 0) run('browser tests (playwright)', ['node_modules/@playwright/test/cli.js', 'test']);
else console.log('\nbrowser tests skipped: the build failed');

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const unit = readJson('reports/unit.json');
const e2e = readJson('reports/e2e.json');
let passed = 0;
let failed = failedSteps;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unit.numFailedTestSuites > 0 && unit.numFailedTests === 0) failed += unit.numFailedTestSuites;
} else failed++;
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  if ((e2e.errors ?? []).length > 0) failed += e2e.errors.length;
} else if (failedSteps === 0) failed++;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
