/**
 * Readers for the question-bank exports, shared by the English and the Dutch tests: each reads a file back
 * into the bank's own items, checking the structure its format requires on the way (Moodle's importer,
 * QTI 1.2's ASI content model through qti12-dtd.ts). Run under happy-dom (DOMParser).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseQuestionFile, type Question } from '#engine/build';
import { MOODLE_FRACTIONS } from '../../../src/lib/export/moodle.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** A bank folder's questions ("quizzes" for English, "content/nl/quizzes" for Dutch), file by file. */
export function loadBank(folder: string): Question[] {
  const dir = join(ROOT, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parseQuestionFile(readFileSync(join(dir, f), 'utf8'), f).questions);
}

/** A small GIFT reader: enough to read back what the exporter writes. */
export function parseGift(text: string) {
  const unescape = (s: string) => s.replace(/\\([\\~=#{}:])/g, '$1');
  const items: { id: string; stem: string; answers: { mark: string; text: string }[] }[] = [];
  const body = text
    .split('\n')
    .filter((l) => !l.startsWith('//') && !l.startsWith('$CATEGORY'))
    .join('\n');
  const re = /::((?:\\.|[^:])+)::\s*((?:\\.|[^{])*)\{([\s\S]*?)\n\}/g;
  for (const m of body.matchAll(re)) {
    const answers = m[3]!
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('####'))
      .map((l) => ({ mark: l[0]!, text: unescape(l.slice(1)) }));
    items.push({ id: unescape(m[1]!), stem: unescape(m[2]!.trim()), answers });
  }
  return items;
}

// Parsing the whole bank with happy-dom takes seconds on a busy machine: each document is parsed once.
const parsed = new Map<string, Document>();
export const parse = (s: string) => {
  if (!parsed.has(s)) parsed.set(s, new DOMParser().parseFromString(s, 'application/xml'));
  return parsed.get(s)!;
};
export const kids = (el: Element, name?: string) => [...el.children].filter((c) => !name || c.tagName === name);
export const one = (el: Element, name: string): Element => {
  const found = kids(el, name);
  if (found.length !== 1) throw new Error(`<${el.tagName}> must have exactly one <${name}>, has ${found.length}`);
  return found[0]!;
};
export const unhtml = (s: string) =>
  s
    .replace(/^<p>/, '')
    .replace(/<\/p>$/, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
export const textOf = (el: Element) => unhtml(one(el, 'text').textContent ?? '');

/** What a question means, independent of the format's option order: what we compare after a round trip. */
export function meaning(q: Question) {
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
export function readMoodle(text: string): Question[] {
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
export function readQti12(text: string): Question[] {
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
