import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../simulator/index.ts';

const dir = join(import.meta.dirname, '../../fixtures/scenarios');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('parseScenario', () => {
  it('accepts a valid file and fills defaults', () => {
    const r = parseScenario(read('valid/mining-telemetry-outage.yaml'), 'valid/mining-telemetry-outage.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.expected).toMatchObject({ callType: 'incident', workflow: 3 });
    expect(r.scenario.level).toBe('foundation');
    const minimal = `id: tiny\ndomain: it\ncall: { from: A user, channel: chat, text: "It is broken." }\nexpected: { callType: service-request, workflow: 5 }\nexplanation: Routine.\n`;
    const m = parseScenario(minimal, 'tiny.yaml');
    expect(m.ok && m.scenario).toMatchObject({ title: 'Tiny', facts: [], lessons: [], level: 'foundation' });
  });

  const cases: [file: string, path: string, message: RegExp][] = [
    ['missing-id.yaml', 'id', /required/],
    ['id-not-file-name.yaml', 'id', /must equal the file name "id-not-file-name"/],
    [
      'unknown-call-type.yaml',
      'expected.callType',
      /one of wish \| rfc \| incident \| service-request \| risk, not "complaint"/,
    ],
    ['workflow-out-of-range.yaml', 'expected.workflow', /at most 8/],
    [
      'workflow-inconsistent.yaml',
      'expected.workflow',
      /does not start with an incident; an incident leads to workflow 3 or 4/,
    ],
    ['wrong-field-type.yaml', 'lessons', /must be a list/],
    ['broken-yaml.yaml', '(yaml)', /not valid YAML at line \d+/],
    ['unknown-channel.yaml', 'call.channel', /one of phone \| email .*not "fax"/],
    ['unknown-field.yaml', 'explaination', /not a known field/],
    ['workflow-as-text.yaml', 'expected.workflow', /must be a number, not "three"/],
  ];
  it.each(cases)('rejects %s naming the field %s', (file, path, message) => {
    const r = parseScenario(read(`invalid/${file}`), `invalid/${file}`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const hit = r.errors.find((e) => e.path === path);
    expect(hit, `errors were: ${JSON.stringify(r.errors)}`).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it('reports a missing explanation when explanation is misspelled', () => {
    const r = parseScenario(read('invalid/unknown-field.yaml'), 'unknown-field.yaml');
    expect(!r.ok && r.errors.map((e) => e.path)).toContain('explanation');
  });

  it('rejects a file that is not a mapping', () => {
    const r = parseScenario('- just\n- a list\n', 'x.yaml');
    expect(r).toEqual({ ok: false, errors: [{ path: '(file)', message: expect.stringMatching(/mapping/) }] });
  });
});
