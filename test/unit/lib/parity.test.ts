import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  compareKind,
  formatProblem,
  parityVerdict,
  structureDiff,
  TEXT_FIELDS,
} from '../../../src/lib/content/parity.ts';
import { checkParity, lessonData, readKind, translationFile } from '../../../src/lib/content/parity-files.ts';
import { missingSummary } from '../../../src/integrations/content-parity.mjs';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/parity/${name}/`, import.meta.url));
const GOOD = fixture('good');
const BAD = fixture('bad');

describe('structureDiff', () => {
  const text = new Set(['stem', 'options']);
  it('ignores texts but compares list lengths and every other field', () => {
    const en = { stem: 'Which?', options: ['a', 'b'], answer: 1, lesson: 'agree' };
    expect(structureDiff(en, { ...en, stem: 'Welke?', options: ['x', 'y'] }, text)).toEqual([]);
    expect(structureDiff(en, { ...en, options: ['x', 'y', 'z'] }, text)).toEqual([
      { field: 'options', message: 'has 3 entries, English has 2' },
    ]);
    expect(structureDiff(en, { ...en, answer: 0 }, text)).toEqual([
      { field: 'answer', message: 'is 0, English has 1' },
    ]);
    expect(structureDiff(en, { ...en, lesson: 'change' }, text)).toEqual([
      { field: 'lesson', message: 'is "change", English has "agree"' },
    ]);
  });
  it('names nested fields and missing or extra structure', () => {
    const en = { expected: { workflow: 4, callType: 'incident' }, lessons: ['recover'] };
    const nl = { expected: { workflow: 3 }, lessons: ['recover'], level: 'foundation' };
    expect(
      structureDiff(en, nl, new Set())
        .map((d) => d.field)
        .sort(),
    ).toEqual(['expected.callType', 'expected.workflow', 'level']);
  });
  it('a string outside the text fields is structure (ids, enums)', () => {
    expect(structureDiff({ channel: 'phone' }, { channel: 'telefoon' }, new Set(['text']))).toHaveLength(1);
  });
  it('every kind has its text fields listed', () => {
    for (const fields of Object.values(TEXT_FIELDS)) expect(fields.length).toBeGreaterThan(0);
  });
});

describe('compareKind', () => {
  const en = [
    { id: 'a', file: 'quizzes/agree.yaml', data: { answer: 1 } },
    { id: 'b', file: 'quizzes/agree.yaml', data: { answer: 0 } },
  ];
  it('lists missing translations apart from structural problems, naming the file to write', () => {
    const r = compareKind(
      'quizzes',
      en,
      [{ id: 'a', file: 'content/nl/quizzes/agree.yaml', data: { answer: 1 } }],
      (f) => `content/nl/${f}`,
    );
    expect(r.structural).toEqual([]);
    expect(r.missing.map(formatProblem)).toEqual([
      'content/nl/quizzes/agree.yaml: b: (item): has no translation yet (English: quizzes/agree.yaml)',
    ]);
    expect(r.total).toBe(2);
  });
  it('an id English does not have is structural', () => {
    const r = compareKind('quizzes', en, [...en, { id: 'z', file: 'nl.yaml', data: {} }]);
    expect(r.structural.map((p) => `${p.id} ${p.field}`)).toEqual(['z id']);
  });
});

describe('parityVerdict', () => {
  const report = compareKind(
    'shifts',
    [
      { id: 's', file: 'en.yaml', data: { at: 1 } },
      { id: 't', file: 'en.yaml', data: {} },
    ],
    [{ id: 's', file: 'nl.yaml', data: { at: 2 } }],
  );
  it('structure always fails; missing fails only when the language is declared complete', () => {
    expect(parityVerdict([report], false)).toEqual({
      errors: ['nl.yaml: s: at: is 2, English has 1'],
      warnings: ['en.yaml: t: (item): has no translation yet (English: en.yaml)'],
    });
    expect(parityVerdict([report], true).errors).toHaveLength(2);
    expect(parityVerdict([report], true).warnings).toEqual([]);
  });
});

describe('checkParity on fixtures', () => {
  it('a faithful partial translation passes, listing what is missing as warnings', () => {
    const r = checkParity('nl', { root: GOOD, complete: false });
    expect(r.errors).toEqual([]);
    expect(r.warnings.sort()).toEqual([
      'content/nl/lessons/calls/second.mdx: calls/second: (item): has no translation yet (English: content/lessons/calls/second.mdx)',
      'content/nl/quizzes/agree.yaml: agree-002: (item): has no translation yet (English: quizzes/agree.yaml)',
    ]);
    expect(missingSummary('nl', r.reports)).toContain(
      'nl: 1 of 2 lessons not translated yet (shown in English); to write: content/nl/lessons/calls/second.mdx',
    );
  });
  it('once the language is declared complete, the missing items fail the build', () => {
    expect(checkParity('nl', { root: GOOD, complete: true }).errors).toHaveLength(2);
  });
  it('every structural difference is listed with its file and field', () => {
    const r = checkParity('nl', { root: BAD, complete: false });
    expect(r.errors.sort()).toEqual([
      'content/nl/glossary/call.yaml: call: lessons: has 2 entries, English has 1',
      'content/nl/lessons/calls/call-basics.mdx: calls/call-basics: components[0]: is "WorkflowDiagram workflow={2}", English has "WorkflowDiagram workflow={1}"',
      'content/nl/lessons/calls/call-basics.mdx: calls/call-basics: objectives: has 1 entries, English has 2',
      'content/nl/lessons/calls/call-basics.mdx: calls/call-basics: order: is 3, English has 1',
      'content/nl/quizzes/agree.yaml: agree-001: answer: is 2, English has 1',
      'content/nl/quizzes/agree.yaml: agree-001: options: has 4 entries, English has 3',
      'content/nl/quizzes/agree.yaml: agree-099: id: "agree-099" has no English item with this id (rename it to the English id)',
      'content/nl/scenarios/it/printer-jam.yaml: printer-jam: expected.urgency: is "high", English has "medium"',
      'content/nl/scenarios/it/printer-jam.yaml: printer-jam: expected.workflow: is 3, English has 4',
    ]);
  });
});

describe('reading content', () => {
  it('reads lessons with their embedded components, ids as <module>/<slug>', () => {
    const { items } = readKind('lessons', 'nl', GOOD);
    expect(items.map((i) => i.id)).toEqual(['calls/call-basics']);
    expect((items[0]!.data as { components: string[] }).components).toEqual(['WorkflowDiagram workflow={1}']);
  });
  it('a lesson without frontmatter is reported, not skipped silently', () => {
    expect(lessonData('no frontmatter')).toEqual({ ok: false, message: 'has no frontmatter (--- … ---)' });
  });
  it('maps an English file to its translation path', () => {
    expect(translationFile('quizzes', 'nl', 'quizzes/agree.yaml')).toBe('content/nl/quizzes/agree.yaml');
    expect(translationFile('scenarios', 'nl', 'content/scenarios/it/x.yaml')).toBe('content/nl/scenarios/it/x.yaml');
  });
});
