import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--no-warnings', 'simulator/cli/check-scenarios.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('npm run scenarios:check', () => {
  it('exits 0 and prints no problem lines for a valid folder', () => {
    const r = run('test/fixtures/scenarios/valid');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('prints one "<file>: <field>: <message>" line per problem and exits non-zero', () => {
    const r = run('test/fixtures/scenarios/invalid', 'test/fixtures/scenarios/valid');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^test\/fixtures\/scenarios\/invalid\/[a-z-]+\.yaml: [^:]+: .+/);
    expect(lines).toContain(
      'test/fixtures/scenarios/invalid/unknown-channel.yaml: call.channel: must be one of phone | email | portal | chat | walk-in | monitoring | internal, not "fax"',
    );
    const files = new Set(lines.map((l) => l.split(':')[0]));
    expect(files.size).toBe(10);
    expect(r.stderr).toMatch(/11 scenario file\(s\) checked, 10 invalid/);
  });

  it('reports duplicate ids across files', () => {
    const r = run('test/fixtures/scenarios/valid', 'test/fixtures/scenarios/valid/mining-telemetry-outage.yaml');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/id: "mining-telemetry-outage" is already used/);
  });

  it('exits 2 with a message for a path that does not exist', () => {
    const r = run('no/such/folder');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no such file or folder/);
  });
});
