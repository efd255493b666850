// @vitest-environment happy-dom
/**
 * Moodle XML and QTI 1.2: each export is parsed back, checked against its format's structure (the
 * elements and attributes Moodle's importer and the QTI 1.2 ASI DTD require, type by type), and read
 * back into the bank's own items to compare with the bank.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '#engine/build';
import { bankToMoodle } from '../../../src/lib/export/moodle.ts';
import { bankToQti12, bankToQti12Package, QTI12_NS } from '../../../src/lib/export/qti12.ts';
import { unzipStore } from '../../../src/lib/export/zip.ts';
import { QTI12_CONTENT, checkAgainstContentModel } from './qti12-dtd.ts';
import { tFor } from '../../../src/i18n/dictionaries.ts';
import { loadBank, meaning, parse, readMoodle, readQti12 } from './bank-readers.ts';

const EN = { lang: 'en', t: tFor('en') } as const;

const bank = loadBank('quizzes');

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
