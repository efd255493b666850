/** TypeScript strict over the whole project (engine, site, tests), as `astro check` reports it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('astro check finds no type errors or warnings', () => {
  const root = join(import.meta.dirname, '../..');
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const summary = r.stdout
    .split('\n')
    .filter((l) => /error|warning/i.test(l))
    .join('\n');
  expect(summary).toMatch(/- 0 errors/);
  expect(summary).toMatch(/- 0 warnings/);
  expect(r.status).toBe(0);
}, 120_000);
