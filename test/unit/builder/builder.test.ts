/** The builder's model: YAML both ways, the CLI's checker (one code path), the engine's proof of the expected route, limits. */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkDraftText,
  draftFromYaml,
  draftToYaml,
  emptyDraft,
  fieldOf,
  fileNameOf,
  getField,
  pathParts,
  setField,
  type Draft,
  FIELD_LIMITS,
  parseScenario,
  lessonSlugs,
} from '#engine/build';
import { proveExpected } from '#engine/machines';

const root = join(import.meta.dirname, '../../..');
const lessons = lessonSlugs();
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : n.endsWith('.yaml') ? [p] : [];
  });
}
const library = yamlFiles(join(root, 'content/scenarios'));
const read = (p: string) => readFileSync(p, 'utf8');
const draftOf = (text: string): Draft => {
  const r = draftFromYaml(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.draft;
};

describe('draft ⇄ YAML', () => {
  it('has a library to round-trip', () => expect(library.length).toBeGreaterThanOrEqual(48));

  it.each(library.map((p) => [relative(root, p), p]))(
    '%s: exported from the builder and imported again is unchanged',
    (_, p) => {
      const original = parseScenario(read(p), p);
      expect(original.ok).toBe(true);
      const exported = draftToYaml(draftOf(read(p)));
      const again = parseScenario(exported, p);
      expect(again).toEqual(original);
      // Export → import → export is stable text, and the export passes the checker with no problem.
      expect(draftToYaml(draftOf(exported))).toBe(exported);
      expect(checkDraftText(exported, lessons).problems).toEqual([]);
    },
  );

  it('writes the fields in the documented order, unknown fields after them (so they are still reported)', () => {
    const d = {
      explaination: 'x',
      expected: { workflow: 3, callType: 'incident' },
      id: 'a-b',
      call: { text: 't', from: 'f', channel: 'phone' },
      domain: 'it',
    };
    const y = draftToYaml(d);
    expect(
      y
        .split('\n')
        .filter((l) => /^\S/.test(l))
        .map((l) => l.split(':')[0]),
    ).toEqual(['id', 'domain', 'call', 'expected', 'explaination']);
    expect(y).toMatch(/call:\n {2}from: f\n {2}channel: phone\n {2}text: t/);
    expect(checkDraftText(y, lessons).problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['explaination', 'explanation']),
    );
  });

  it('keeps long lines whole and writes no anchors for repeated values', () => {
    const long = 'word '.repeat(100).trim();
    const y = draftToYaml({ ...emptyDraft(), facts: [long, long] });
    expect(y).toContain(long);
    expect(y).not.toMatch(/[&*]a\d/);
  });
});

describe('one checker for the builder and the CLI', () => {
  const fixtures = join(root, 'test/fixtures/scenarios/invalid');
  const cli = spawnSync(
    process.execPath,
    ['--no-warnings', 'simulator/cli/check-scenarios.ts', 'test/fixtures/scenarios/invalid'],
    { cwd: root, encoding: 'utf8' },
  );
  const cliLines = cli.stdout.trim().split('\n');

  it.each(readdirSync(fixtures).filter((n) => n.endsWith('.yaml')))(
    "%s: the builder reports exactly the CLI's lines, naming a field",
    (name) => {
      const file = join(fixtures, name);
      const { problems } = checkDraftText(read(file), lessons, name);
      const shown = `test/fixtures/scenarios/invalid/${name}`;
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.map((p) => `${shown}: ${p.path}: ${p.message}`)).toEqual(
        cliLines.filter((l) => l.startsWith(`${shown}: `)),
      );
      for (const p of problems) expect(p.path).toMatch(/^(\(yaml\)|\(file\)|[a-zA-Z]+(\.[a-zA-Z]+|\[\d+\])*)$/);
    },
  );

  it('checks a draft as the file it would be exported to (<id>.yaml), and names a lesson the course lacks', () => {
    const d = setField(draftOf(read(library[0]!)), 'lessons', ['recover', 'no-such-lesson']);
    expect(fileNameOf(d)).toBe(`${d.id}.yaml`);
    expect(checkDraftText(draftToYaml(d), lessons).problems).toEqual([
      { path: 'lessons[1]', message: expect.stringContaining('"no-such-lesson" is not a lesson of the course') },
    ]);
  });

  it('a new draft from scratch names every field still to write', () => {
    const paths = checkDraftText(draftToYaml(emptyDraft()), lessons).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['id', 'domain', 'call.from', 'call.text', 'explanation']));
  });
});

describe('bad input', () => {
  it('refuses a YAML bomb of anchors and aliases', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const r = checkDraftText(bomb, lessons);
    expect(r.problems).toEqual([
      { path: '(yaml)', message: expect.stringMatching(/aliases expand more than 50 times/) },
    ]);
    expect(r.draft).toBeNull();
  });

  it('names an over-long field and a list with too many items, beside the other problems', () => {
    const d = setField(
      setField(emptyDraft(), 'call.text', 'x'.repeat(FIELD_LIMITS.text + 1)),
      'facts',
      Array(FIELD_LIMITS.items + 1).fill('a fact'),
    );
    const problems = checkDraftText(draftToYaml(d), lessons).problems;
    expect(problems).toContainEqual({
      path: 'call.text',
      message: `is ${FIELD_LIMITS.text + 1} characters; it may be at most ${FIELD_LIMITS.text}`,
    });
    expect(problems).toContainEqual({
      path: 'facts',
      message: expect.stringContaining(`at most ${FIELD_LIMITS.items}`),
    });
    expect(problems.map((p) => p.path)).toContain('id');
  });

  it('refuses a text over 64 kB, tags and broken YAML, naming (file) or (yaml) with the line', () => {
    expect(checkDraftText(`id: a\nexplanation: "${'x'.repeat(70_000)}"`, lessons).problems[0]).toEqual({
      path: '(file)',
      message: expect.stringMatching(/at most 64 kB/),
    });
    expect(checkDraftText('id: !!js/function "x"', lessons).problems[0]!.message).toMatch(/line 1: the tag/);
    expect(checkDraftText('id: [a\nb: c', lessons).problems[0]).toEqual({
      path: '(yaml)',
      message: expect.stringMatching(/not valid YAML at line/),
    });
    expect(checkDraftText('- a list', lessons).problems).toEqual([
      { path: '(file)', message: expect.stringMatching(/must be a YAML mapping/) },
    ]);
  });
});

describe('editing fields', () => {
  it("sets and reads nested fields by the checker's paths; an emptied optional field is removed, a required one kept", () => {
    let d = setField(emptyDraft(), 'expected.impact', 'high');
    expect(getField(d, 'expected.impact')).toBe('high');
    d = setField(d, 'expected.impact', '');
    expect(Object.keys(d.expected as object)).not.toContain('impact');
    d = setField(d, 'title', '');
    expect(Object.keys(d)).not.toContain('title');
    d = setField(d, 'call.text', '');
    expect(getField(d, 'call.text')).toBe('');
    expect(getField(setField(d, 'facts', ['a', 'b']), 'facts[1]')).toBe('b');
    expect(emptyDraft()).not.toBe(d);
  });

  it('maps a problem path to the form field it belongs beside', () => {
    expect(pathParts('facts[2]')).toEqual(['facts', 2]);
    expect(pathParts('expected.priorityClear[0]')).toEqual(['expected', 'priorityClear', 0]);
    expect(fieldOf('expected.workflow')).toBe('expected.workflow');
    expect(fieldOf('lessons[3]')).toBe('lessons');
    expect(fieldOf('(yaml)')).toBe('(yaml)');
  });
});

describe('the engine proves the declared expected route', () => {
  it.each(library.map((p) => [relative(root, p), p]))('%s: its route is legal and yields its workflow', (_, p) => {
    const proof = proveExpected(draftOf(read(p)));
    expect(proof?.ok, JSON.stringify(proof)).toBe(true);
  });

  it('says which move the machine refuses when the call type cannot start the workflow', () => {
    const proof = proveExpected({ expected: { callType: 'incident', workflow: 6 } });
    expect(proof).toMatchObject({ ok: false, move: 'send the call to Improve' });
    expect(proof && !proof.ok && proof.reason.length).toBeGreaterThan(10);
  });

  it('proves the early close of workflow 1, and says why an early close does not fit another workflow', () => {
    expect(proveExpected({ expected: { callType: 'wish', workflow: 1, outcome: 'no-agreement' } })).toMatchObject({
      ok: true,
      route: ['agree'],
      outcome: 'no-agreement',
    });
    const bad = proveExpected({ expected: { callType: 'rfc', workflow: 2, outcome: 'no-agreement' } });
    expect(bad).toMatchObject({ ok: false, move: null });
    expect(bad && !bad.ok && bad.reason).toMatch(/ends in workflow 2, not workflow 2 \(no-agreement\)/);
  });

  it('has nothing to prove without a call type and a workflow the model has', () => {
    expect(proveExpected({ expected: { callType: 'complaint', workflow: 3 } })).toBeNull();
    expect(proveExpected({ expected: { callType: 'incident', workflow: 9 } })).toBeNull();
    expect(proveExpected(null)).toBeNull();
  });
});
