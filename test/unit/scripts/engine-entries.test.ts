/**
 * The engine's entries (package.json "imports") resolve under Node with type stripping, as scripts and the
 * command line run them, and #engine/build carries the engine API of PRODUCT.md §3.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const probe = `
const out = {};
for (const e of ['#engine/model', '#engine/machines', '#engine', '#engine/build']) out[e] = Object.keys(await import(e)).sort();
console.log(JSON.stringify(out));`;

it('every #engine entry loads in Node, and #engine/build has the engine API', () => {
  const r = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', probe],
    { cwd: join(root, 'scripts'), encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  const exports: Record<string, string[]> = JSON.parse(r.stdout);
  for (const name of ['WORKFLOWS', 'workflowOf', 'parseScenario', 'grade'])
    expect(exports['#engine/build']).toContain(name);
  // The lean entry has the model and grading but not the machines or the parsers.
  expect(exports['#engine/model']).toContain('grade');
  expect(exports['#engine/model']).not.toContain('callMachine');
  expect(exports['#engine/model']).not.toContain('parseScenario');
  expect(exports['#engine/machines']).toEqual(expect.arrayContaining(['callMachine', 'processMachines', 'replay']));
  // #engine is the model and the machines together.
  expect(exports['#engine']).toEqual(
    [...new Set([...exports['#engine/model'], ...exports['#engine/machines']])].sort(),
  );
}, 60_000);
