// `npm test`: builds the site, lints (ESLint, the engine boundary included), checks the formatting (Prettier), runs the unit and content
// tests (Vitest) and the browser tests (Playwright against the built site), then prints one closing line
// `N passed, N failed` summed from the JSON reports (each lint error counts as one failure, listed above it) (scripts/test-summary.mjs; tests that passed only on retry are listed
// on a line of their own before it). Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { summarize } from './test-summary.mjs';

// The code Prettier keeps formatted: the globs of `npm run format`.
const FORMATTED = JSON.parse(readFileSync('package.json', 'utf8'))
  .scripts.format.match(/"[^"]+"/g)
  .map((g) => g.slice(1, -1));
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
  if (!existsSync(chromium.executablePath()))
    run('install Playwright Chromium (first run only)', [
      'node_modules/@playwright/test/cli.js',
      'install',
      'chromium',
    ]);
}

let failedSteps = 0;
if (run('build', ['node_modules/astro/bin/astro.mjs', 'build']) !== 0) failedSteps++;
run('lint (eslint)', [
  'node_modules/eslint/bin/eslint.js',
  '--cache',
  '--cache-location',
  'node_modules/.cache/eslint/',
  '--format',
  'json',
  '--output-file',
  'reports/lint.json',
  '.',
]);
console.log('\n== format (prettier --check) ==');
const prettier = spawnSync(node, ['node_modules/prettier/bin/prettier.cjs', '--list-different', ...FORMATTED], {
  env,
  encoding: 'utf8',
});
// --list-different exits 1 when it lists files, 2 when it could not run.
const format = prettier.status === 0 || prettier.status === 1 ? prettier.stdout : null;
if (format === null) console.log(prettier.stderr);
else console.log(format.trim() ? format : 'all formatted');
run('unit and content tests (vitest)', ['node_modules/vitest/vitest.mjs', 'run']);
if (failedSteps === 0) run('browser tests (playwright)', ['node_modules/@playwright/test/cli.js', 'test']);
else console.log('\nbrowser tests skipped: the build failed');

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const { failed, lines } = summarize({
  unit: readJson('reports/unit.json'),
  e2e: readJson('reports/e2e.json'),
  lint: readJson('reports/lint.json'),
  format,
  failedSteps,
  e2eSkipped: failedSteps > 0,
});
for (const line of lines) console.log(`\n${line}`);
process.exit(failed > 0 ? 1 : 0);
