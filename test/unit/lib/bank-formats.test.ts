// @vitest-environment happy-dom
/**
 * Moodle XML and QTI 1.2: each export is parsed back, checked against its format's structure (the
 * elements and attributes Moodle's importer and the QTI 1.2 ASI DTD require, type by type), and read
 * back into the bank's own items to compare with the bank.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionFile, type Question } from '#engine/build';
import { bankToMoodle, MOODLE_FRACTIONS } from '../../../src/lib/export/moodle.ts';
import { bankToQti12, bankToQti12Package, QTI12_NS } from '../../../src/lib/export/qti12.ts';
import { unzipStore } from '../../../src/lib/export/zip.ts';
import { QTI12_CONTENT, checkAgainstContentModel } from './qti12-dtd.ts';
import { tFor } from '../../../src/i18n/dictionaries.ts';

const EN = { lang: 'en', t: tFor('en') } as const;

const dir = join(import.meta.dirname, '../../../quizzes');
const bank: Question[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parseQuestionFile(readFileSync(join(dir, f), 'utf8'), f).questions);

// Parsing the whole bank with happy-dom takes seconds on a busy machine: each document is parsed once.
const parsed = new Map<string, Document>();
const parse = (s: string) => {
  if (!parsed.has(s)) parsed.set(s, new DOMParser().parseFromString(s, 'application/xml'));
  return parsed.get(s)!;
};
const kids = (el: Element, name?: string) => [...el.children].filter((c) => !name || c.tagName === name);
const one = (el: Element, name: string): Element => {
  const found = kids(el, name);
  if (found.length !== 1) throw new Error(`<${el.tagName}> must have exactly one <${name}>, has ${found.length}`);
  return found[0]!;
};
const unhtml = (s: string) =>
  s
    .replace(/^<p>/, '')
    .replace(/<\/p>$/, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const textOf = (el: Element) => unhtml(one(el, 'text').textContent ?? '');

/** What a question means, independent of the format's option order: what we compare after a round trip. */
function meaning(q: Question) {
  switch (q.type) {
    case 'single':
      return {
        id: q.id,
        type: q.type,
        stem: q.stem,
        explanation: q.explanation,
        options: q.options,
        right: [q.options[q.answer]],
      };
    case 'multiple':
      return {
        id: q.id,
        type: q.type,
        stem: q.stem,
        explanation: q.explanation,
        options: q.options,
        right: q.answer.map((i) => q.options[i]).sort(),
      };
    case 'order':
      return {
        id: q.id,
        type: q.type,
        stem: q.stem,
        explanation: q.explanation,
        options: [...q.options].sort(),
        right: q.answer.map((i) => q.options[i]),
      };
    case 'match':
      return {
        id: q.id,
        type: q.type,
        stem: q.stem,
        explanation: q.explanation,
        options: [...q.options.right].sort(),
        right: q.options.left.map((l, i) => `${l} -> ${q.options.right[q.answer[i]!]}`),
      };
  }
}

/** Reads Moodle XML back into bank items, checking each question's required structure on the way. */
function readMoodle(text: string): Question[] {
  const doc = parse(text);
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.tagName).toBe('quiz');
  const questions = kids(doc.documentElement, 'question');
  expect(questions[0]!.getAttribute('type')).toBe('category');
  const out: Question[] = [];
  for (const el of questions.slice(1)) {
    const id = textOf(one(el, 'name'));
    expect(one(el, 'questiontext').getAttribute('format'), id).toBe('html');
    for (const req of ['generalfeedback', 'defaultgrade', 'penalty', 'hidden', 'idnumber']) one(el, req);
    expect(one(el, 'idnumber').textContent).toBe(id);
    const common = {
      id,
      stem: textOf(one(el, 'questiontext')),
      explanation: textOf(one(el, 'generalfeedback')),
      topic: 'calls',
      lesson: 'x',
      source: 'x',
    } as const;
    const answers = kids(el, 'answer').map((a) => ({
      fraction: Number(a.getAttribute('fraction')),
      raw: a.getAttribute('fraction')!,
      format: a.getAttribute('format'),
      text: textOf(a),
    }));
    switch (el.getAttribute('type')) {
      case 'multichoice': {
        for (const req of ['single', 'shuffleanswers', 'answernumbering']) one(el, req);
        const single = one(el, 'single').textContent === 'true';
        // Moodle refuses fractions outside its list.
        const allowed = new Set(['0', ...Object.values(MOODLE_FRACTIONS).flatMap((f) => [f, `-${f}`])]);
        for (const a of answers) {
          expect(allowed.has(a.raw), `${id}: fraction ${a.raw}`).toBe(true);
          expect(a.format).toBe('html');
        }
        const right = answers.flatMap((a, i) => (a.fraction > 0 ? [i] : []));
        expect(
          Math.abs(right.reduce((n, i) => n + answers[i]!.fraction, 0) - 100),
          `${id}: right answers add up to 100 %`,
        ).toBeLessThan(0.01);
        out.push(
          single
            ? { ...common, type: 'single', options: answers.map((a) => a.text), answer: right[0]! }
            : { ...common, type: 'multiple', options: answers.map((a) => a.text), answer: right },
        );
        break;
      }
      case 'match': {
        one(el, 'shuffleanswers');
        const subs = kids(el, 'subquestion').map((s) => ({ left: textOf(s), right: textOf(one(s, 'answer')) }));
        expect(subs.length, id).toBeGreaterThanOrEqual(2);
        const right = [...new Set(subs.map((s) => s.right))].sort();
        out.push({
          ...common,
          type: 'match',
          options: { left: subs.map((s) => s.left), right },
          answer: subs.map((s) => right.indexOf(s.right)),
        });
        break;
      }
      case 'ordering': {
        for (const req of ['layouttype', 'selecttype', 'selectcount', 'gradingtype']) one(el, req);
        expect(
          answers.map((a) => a.fraction),
          `${id}: positions`,
        ).toEqual(answers.map((_, i) => i + 1));
        out.push({ ...common, type: 'order', options: answers.map((a) => a.text), answer: answers.map((_, i) => i) });
        break;
      }
      default:
        throw new Error(`${id}: unexpected qtype ${el.getAttribute('type')}`);
    }
  }
  return out;
}

/** Reads a QTI 1.2 questestinterop back into bank items. */
function readQti12(text: string): Question[] {
  const doc = parse(text);
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const items = [...doc.getElementsByTagName('item')];
  const mattext = (el: Element) => one(one(el, 'material'), 'mattext').textContent ?? '';
  return items.map((item): Question => {
    const id = item.getAttribute('ident')!;
    const fields = Object.fromEntries(
      [...item.getElementsByTagName('qtimetadatafield')].map((f) => [
        one(f, 'fieldlabel').textContent,
        one(f, 'fieldentry').textContent,
      ]),
    );
    const presentation = one(item, 'presentation');
    const lids = kids(presentation, 'response_lid');
    const labels = (lid: Element) =>
      [...lid.getElementsByTagName('response_label')].map((l) => ({ id: l.getAttribute('ident')!, text: mattext(l) }));
    const equals = [...item.getElementsByTagName('varequal')]
      .filter((v) => v.parentElement?.tagName !== 'not')
      .map((v) => ({ resp: v.getAttribute('respident')!, value: v.textContent! }));
    const common = {
      id,
      stem: mattext(presentation),
      explanation: item.querySelector('itemfeedback mattext')!.textContent!,
      topic: fields.topic as Question['topic'],
      lesson: 'x',
      source: fields.source!,
    };
    const byIdent = (opts: { id: string }[], v: string) => opts.findIndex((o) => o.id === v);
    const opts = labels(lids[0]!);
    switch (fields.question_type) {
      case 'multiple_choice_question':
        return { ...common, type: 'single', options: opts.map((o) => o.text), answer: byIdent(opts, equals[0]!.value) };
      case 'multiple_answers_question':
        return {
          ...common,
          type: 'multiple',
          options: opts.map((o) => o.text),
          answer: equals.map((e) => byIdent(opts, e.value)),
        };
      case 'ordering_question':
        expect(lids[0]!.getAttribute('rcardinality')).toBe('Ordered');
        return {
          ...common,
          type: 'order',
          options: opts.map((o) => o.text),
          answer: equals.map((e) => byIdent(opts, e.value)),
        };
      case 'matching_question':
        return {
          ...common,
          type: 'match',
          options: { left: lids.map(mattext), right: opts.map((o) => o.text) },
          answer: lids.map((lid) => byIdent(opts, equals.find((e) => e.resp === lid.getAttribute('ident'))!.value)),
        };
      default:
        throw new Error(`${id}: unknown question_type ${fields.question_type}`);
    }
  });
}

describe('Moodle XML export', { timeout: 60_000 }, () => {
  const text = bankToMoodle(bank, 'all', EN);

  it('has every item, ordering and matching included, with the structure each qtype needs', () => {
    const back = readMoodle(text);
    expect(back.map((q) => q.id)).toEqual(bank.map((q) => q.id));
    expect(new Set(back.map((q) => q.type))).toEqual(new Set(bank.map((q) => q.type)));
  });

  it('round-trips into the bank’s own items', () => {
    const back = readMoodle(text);
    for (const [i, q] of bank.entries()) expect(meaning(back[i]!), q.id).toEqual(meaning(q));
  });

  it('survives text that looks like markup', () => {
    const q: Question = {
      id: 'tricky',
      topic: 'calls',
      type: 'single',
      stem: 'Is <b> & ]]> safe?',
      options: ['a < b', 'c > d'],
      answer: 1,
      explanation: 'Yes & no',
      lesson: 'x',
      source: '§1',
    } as Question;
    const back = readMoodle(bankToMoodle([q], 'c', EN));
    expect(meaning(back[0]!)).toEqual(meaning(q));
  });
});

describe('QTI 1.2 export', { timeout: 60_000 }, () => {
  const text = bankToQti12(bank, 'all', EN);

  it('follows the QTI 1.2 ASI content model (elements, order, required and enumerated attributes)', () => {
    const doc = parse(text);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('questestinterop');
    expect(doc.documentElement.getAttribute('xmlns')).toBe(QTI12_NS);
    expect(checkAgainstContentModel(doc.documentElement, QTI12_CONTENT)).toEqual([]);
  });

  it('the checker rejects a broken item (so the check above can fail)', () => {
    const broken = new DOMParser().parseFromString(
      text.replace('<resprocessing>', '<resprocessing><bogus/>').replace('rcardinality="Single"', 'rcardinality="One"'),
      'application/xml',
    );
    const problems = checkAgainstContentModel(broken.documentElement, QTI12_CONTENT);
    expect(problems.some((p) => p.includes('bogus'))).toBe(true);
    expect(problems.some((p) => p.includes('rcardinality'))).toBe(true);
  });

  it('round-trips into the bank’s own items', () => {
    const back = readQti12(text);
    expect(back.map((q) => q.id)).toEqual(bank.map((q) => q.id));
    for (const [i, q] of bank.entries()) {
      expect(meaning(back[i]!), q.id).toEqual(meaning(q));
      expect(back[i]!.topic).toBe(q.topic);
    }
  });

  it('is packaged with a manifest that points at the assessment', () => {
    const files = unzipStore(bankToQti12Package(bank, 'all', EN));
    const manifest = parse(new TextDecoder().decode(files.get('imsmanifest.xml')!));
    const resource = manifest.getElementsByTagName('resource')[0]!;
    expect(resource.getAttribute('type')).toBe('imsqti_xmlv1p2');
    expect(new TextDecoder().decode(files.get(resource.getAttribute('href')!)!)).toBe(text);
  });
});
