// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bankToGift, escapeGift } from '../../../src/lib/export/gift.ts';
import { bankToQtiPackage } from '../../../src/lib/export/qti.ts';
import { crc32, unzipStore } from '../../../src/lib/export/zip.ts';
import { tFor } from '../../../src/i18n/dictionaries.ts';
import { loadBank, parseGift } from './bank-readers.ts';

const EN = { lang: 'en', t: tFor('en') } as const;

const bank = loadBank('quizzes');

describe('GIFT export', () => {
  const gift = bankToGift(bank, 'all', EN);
  const items = parseGift(gift);

  it('reads back one item per non-ordering question, with the same stems', () => {
    const expected = bank.filter((q) => q.type !== 'order');
    expect(items.map((i) => i.id)).toEqual(expected.map((q) => q.id));
    for (const [i, q] of expected.entries()) expect(items[i]!.stem).toBe(q.stem.replace(/\n/g, ' '));
    expect(gift.match(/left out: GIFT has no ordering/g)?.length).toBe(bank.filter((q) => q.type === 'order').length);
  });

  it('keeps every answer key', () => {
    const byId = new Map(bank.map((q) => [q.id, q]));
    for (const item of items) {
      const q = byId.get(item.id)!;
      if (q.type === 'single') {
        expect(item.answers.map((a) => a.mark === '=')).toEqual(q.options.map((_, i) => i === q.answer));
        expect(item.answers.map((a) => a.text)).toEqual(q.options);
      } else if (q.type === 'multiple') {
        const positive = item.answers.map((a, i) => (/^%\d/.test(a.text) ? i : -1)).filter((i) => i >= 0);
        expect(positive).toEqual([...q.answer].sort((a, b) => a - b));
      } else if (q.type === 'match') {
        expect(item.answers.map((a) => a.text)).toEqual(
          q.options.left.map((l, i) => `${l} -> ${q.options.right[q.answer[i]!]}`),
        );
      }
    }
  });

  it('escapes the characters GIFT reserves', () => {
    expect(escapeGift('a=b: {c} ~d #e \\f')).toBe('a\\=b\\: \\{c\\} \\~d \\#e \\\\f');
  });
});

describe('QTI 2.1 export', () => {
  const zip = bankToQtiPackage(bank, 'all', EN);
  const files = unzipStore(zip);
  const parse = (bytes: Uint8Array) =>
    new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'application/xml');

  it('is a zip whose entries check out', () => {
    expect(files.size).toBe(bank.length + 1);
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('has a well-formed manifest that lists every item', () => {
    const doc = parse(files.get('imsmanifest.xml')!);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const hrefs = [...doc.getElementsByTagName('resource')].map((r) => r.getAttribute('href'));
    expect(hrefs).toEqual(bank.map((q) => `items/${q.id}.xml`));
  });

  it('has a well-formed item per question with its correct response', () => {
    for (const q of bank) {
      const doc = parse(files.get(`items/${q.id}.xml`)!);
      expect(doc.getElementsByTagName('parsererror'), q.id).toHaveLength(0);
      expect(doc.documentElement.getAttribute('identifier')).toBe(q.id);
      const values = [...doc.getElementsByTagName('correctResponse')[0]!.getElementsByTagName('value')].map(
        (v) => v.textContent,
      );
      if (q.type === 'single') expect(values).toEqual([`C${q.answer}`]);
      if (q.type === 'multiple' || q.type === 'order') expect(values).toEqual(q.answer.map((i) => `C${i}`));
      if (q.type === 'match') expect(values).toEqual(q.answer.map((j, i) => `L${i} R${j}`));
    }
  });
});
