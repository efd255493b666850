/** Issue 12 item 10: the checker survives hostile files, names each one, and checks every file. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CONTENT_FILE_BYTES, MAX_YAML_ALIASES } from '../../../simulator/yaml.ts';

const root = join(import.meta.dirname, '../../..');
const valid = readFileSync(join(root, 'test/fixtures/scenarios/valid/mining-telemetry-outage.yaml'), 'utf8');
let dir = '';
/** A scenario named after its file, with one change. */
const variant = (id: string, edit: (s: string) => string = (s) => s) =>
  edit(valid.replace('id: mining-telemetry-outage', `id: ${id}`));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'usm-check-'));
  mkdirSync(join(dir, 'set'));
  const put = (name: string, body: string | Buffer) => writeFileSync(join(dir, 'set', name), body);
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 8; i++)
    levels.push(
      `l${i}: &l${i} [${Array(9)
        .fill(i === 1 ? '*a' : `*l${i - 1}`)
        .join(',')}]`,
    );
  put('a-bomb.yaml', `${levels.join('\n')}\n`);
  put('b-huge.yaml', variant('b-huge') + `# ${'x'.repeat(5 * 1024 * 1024)}\n`);
  put(
    'c-bad-utf8.yaml',
    Buffer.concat([
      Buffer.from(variant('c-bad-utf8').replace('Shift supervisor', 'Shift supervis')),
      Buffer.from([0xff, 0xfe, 0x0a]),
    ]),
  );
  put(
    'd-js-function.yaml',
    variant('d-js-function', (s) =>
      s.replace('title: Haul-truck telemetry goes dark', 'title: !!js/function "function () { return 1 }"'),
    ),
  );
  put(
    'e-unknown-lesson.yaml',
    variant('e-unknown-lesson', (s) =>
      s.replace('lessons: [recover, forks-and-nesting]', 'lessons: [recover, no-such-lesson]'),
    ),
  );
  put(
    'f-wording.yaml',
    variant('f-wording', (s) =>
      s
        .replace('workflow: 3', 'workflow: 9')
        .replace('level: foundation', 'level: 3')
        .replace('domain: mining', 'domain: [mining]'),
    ),
  );
  put('g-valid.yaml', variant('g-valid'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--no-warnings', 'simulator/cli/check-scenarios.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('npm run scenarios:check against hostile files', () => {
  it('checks every file, names each failing one with a clear reason, and exits 1', () => {
    const r = run(join(dir, 'set'));
    const line = (file: string) =>
      r.stdout
        .split('\n')
        .filter((l) => l.includes(`${file}.yaml: `))
        .join('\n');
    expect(line('a-bomb')).toMatch(
      new RegExp(`a-bomb\\.yaml: \\(yaml\\): its aliases expand more than ${MAX_YAML_ALIASES} times`),
    );
    expect(line('b-huge')).toMatch(
      new RegExp(
        `b-huge\\.yaml: \\(file\\): is \\d+ kB; a scenario file may be at most ${MAX_CONTENT_FILE_BYTES / 1024} kB`,
      ),
    );
    expect(line('c-bad-utf8')).toMatch(
      /c-bad-utf8\.yaml: \(file\): is not valid UTF-8 text \(first bad byte on line 2[0-9]\)/,
    );
    expect(line('d-js-function')).toMatch(
      /d-js-function\.yaml: \(yaml\): line 2: the tag "!!js\/function" is not allowed/,
    );
    expect(line('e-unknown-lesson')).toMatch(
      /e-unknown-lesson\.yaml: lessons\[1\]: "no-such-lesson" is not a lesson of the course/,
    );
    expect(line('g-valid')).toBe('');
    expect(r.stderr).toMatch(/7 scenario file\(s\) checked, 6 invalid/);
    expect(r.status).toBe(1);
  });

  it('words every message plainly: no "a int", no "(undefined)", no type names', () => {
    const r = run(join(dir, 'set', 'f-wording.yaml'));
    expect(r.stdout).toContain('expected.workflow: must be at most 8, not 9');
    expect(r.stdout).toContain('domain: must be text, not a list');
    expect(r.stdout).not.toMatch(/undefined|a int|not number/);
  });

  it('still checks the other paths when one does not exist, and exits 2', () => {
    const r = run('no/such/folder', join(dir, 'set', 'g-valid.yaml'));
    expect(r.stderr).toMatch(/no\/such\/folder: no such file or folder/);
    expect(r.stderr).toMatch(/1 scenario file\(s\) checked, 0 invalid/);
    expect(r.status).toBe(2);
  });

  it("the repository's own scenarios pass", () => {
    const r = run('content/scenarios');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});
