// @vitest-environment happy-dom
/**
 * The Dutch question-bank files (/nl/export/…): the same exporters as English, fed the Dutch bank
 * (content/nl/quizzes) and the Dutch locale. Each file passes the checks the English one passes (GIFT read
 * back, Moodle XML's structure per qtype, QTI 1.2's ASI content model, well-formed QTI 2.1), carries the
 * Dutch texts and the Dutch file sentences, declares its language where the format can (QTI 2.1 and 1.2:
 * xml:lang="nl"), and has the English file's item ids and answer keys, item for item.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '#engine/build';
import { tFor } from '../../../src/i18n/dictionaries.ts';
import { en as EN_DICT } from '../../../src/i18n/en.ts';
import { nl as NL_DICT } from '../../../src/i18n/nl.ts';
import { bankToGift } from '../../../src/lib/export/gift.ts';
import type { ExportLocale } from '../../../src/lib/export/locale.ts';
import { bankToMoodle } from '../../../src/lib/export/moodle.ts';
import { bankToQtiPackage } from '../../../src/lib/export/qti.ts';
import { bankToQti12, bankToQti12Package } from '../../../src/lib/export/qti12.ts';
import { unzipStore } from '../../../src/lib/export/zip.ts';
import { loadBank, meaning, parse, parseGift, readMoodle, readQti12 } from './bank-readers.ts';
import { QTI12_CONTENT, checkAgainstContentModel } from './qti12-dtd.ts';

const EN: ExportLocale = { lang: 'en', t: tFor('en') };
const NL: ExportLocale = { lang: 'nl', t: tFor('nl') };
const byId = (a: Question, b: Question) => a.id.localeCompare(b.id);
const english = loadBank('quizzes').sort(byId);
const dutch = loadBank('content/nl/quizzes').sort(byId);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** What must be equal in both languages: id, type, topic and the answer key (by option position). */
const key = (q: Question) => ({ id: q.id, type: q.type, topic: q.topic, answer: q.answer });

it('the Dutch bank is complete and differs from the English one only in its texts', () => {
  expect(dutch.map(key)).toEqual(english.map(key));
  const sameStem = dutch.filter((q, i) => q.stem === english[i]!.stem).map((q) => q.id);
  expect(sameStem).toEqual([]);
});

describe('GIFT, Dutch', () => {
  const text = bankToGift(dutch, 'all', NL);
  const items = parseGift(text);
  const back = new Map(parseGift(bankToGift(english, 'all', EN)).map((i) => [i.id, i]));

  it('reads back the Dutch stems and options with the English answer marks', () => {
    const expected = dutch.filter((q) => q.type !== 'order');
    expect(items.map((i) => i.id)).toEqual(expected.map((q) => q.id));
    for (const [i, q] of expected.entries()) {
      expect(items[i]!.stem).toBe(q.stem.replace(/\n/g, ' '));
      const en = back.get(q.id)!;
      expect(
        items[i]!.answers.map((a) => a.mark + (/^%(-?[\d.]+)%/.exec(a.text)?.[1] ?? '')),
        q.id,
      ).toEqual(en.answers.map((a) => a.mark + (/^%(-?[\d.]+)%/.exec(a.text)?.[1] ?? '')));
    }
  });

  it('says in Dutch what it is and which ordering items it leaves out, in a Dutch category', () => {
    expect(text.startsWith(`// ${NL_DICT['export.file.gift.header']}\n$CATEGORY: USM Trainer (Nederlands)/all\n`)).toBe(
      true,
    );
    const orders = dutch.filter((q) => q.type === 'order');
    for (const q of orders) expect(text).toContain(`// ${q.id} (volgordevraag) weggelaten`);
    expect(text).not.toContain('left out: GIFT has no ordering');
  });
});

describe('Moodle XML, Dutch', { timeout: 60_000 }, () => {
  const text = bankToMoodle(dutch, 'all', NL);

  it('has the structure every qtype needs and round-trips into the Dutch items', () => {
    const back = readMoodle(text);
    expect(back.map((q) => q.id)).toEqual(dutch.map((q) => q.id));
    for (const [i, q] of dutch.entries()) expect(meaning(back[i]!), q.id).toEqual(meaning(q));
  });

  it('has the English file’s answer keys, in a Dutch category with a Dutch note', () => {
    const nl = readMoodle(text);
    const en = readMoodle(bankToMoodle(english, 'all', EN));
    // A matching item is read back with its right-hand answers sorted by text, so its key is language-dependent
    // here; the round trip above ties it to the Dutch item, whose key equals the English one (first test).
    const keys = (qs: Question[]) => qs.map((q) => [q.id, q.type, q.type === 'match' ? q.answer.length : q.answer]);
    expect(keys(nl)).toEqual(keys(en));
    expect(text).toContain(`<!-- ${NL_DICT['export.file.moodle.header']} -->`);
    expect(text).toContain('<text>$course$/USM Trainer (Nederlands)/all</text>');
    expect(text).not.toContain(EN_DICT['export.file.moodle.header']);
  });
});

describe('QTI 1.2, Dutch', { timeout: 60_000 }, () => {
  const text = bankToQti12(dutch, 'all', NL);

  it('follows the QTI 1.2 ASI content model, xml:lang included', () => {
    const doc = parse(text);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(checkAgainstContentModel(doc.documentElement, QTI12_CONTENT)).toEqual([]);
    const assessment = doc.getElementsByTagName('assessment')[0]!;
    expect(assessment.getAttribute('xml:lang')).toBe('nl');
    expect(assessment.getAttribute('ident')).toBe('usm-trainer-nl-all');
    const items = [...doc.getElementsByTagName('item')];
    expect(items.filter((el) => el.getAttribute('xml:lang') !== 'nl')).toEqual([]);
  });

  it('round-trips into the Dutch items, with the English answer keys and topics', () => {
    const back = readQti12(text);
    const en = readQti12(bankToQti12(english, 'all', EN));
    for (const [i, q] of dutch.entries()) expect(meaning(back[i]!), q.id).toEqual(meaning(q));
    expect(back.map((q) => [q.id, q.type, q.topic, q.answer])).toEqual(
      en.map((q) => [q.id, q.type, q.topic, q.answer]),
    );
  });

  it('is packaged under a Dutch name, apart from the English package', () => {
    const files = unzipStore(bankToQti12Package(dutch, 'all', NL));
    const manifest = parse(decode(files.get('imsmanifest.xml')!));
    const href = manifest.getElementsByTagName('resource')[0]!.getAttribute('href')!;
    expect(href).toBe('usm-trainer-nl-all.xml');
    expect(decode(files.get(href)!)).toBe(text);
    expect([...unzipStore(bankToQti12Package(english, 'all', EN)).keys()]).toContain('usm-trainer-all.xml');
  });
});

describe('QTI 2.1, Dutch', () => {
  const files = unzipStore(bankToQtiPackage(dutch, 'all', NL));
  const enFiles = unzipStore(bankToQtiPackage(english, 'all', EN));
  const xmlDoc = (bytes: Uint8Array) => new DOMParser().parseFromString(decode(bytes), 'application/xml');
  const correct = (doc: Document) =>
    [...doc.getElementsByTagName('correctResponse')[0]!.getElementsByTagName('value')].map((v) => v.textContent);

  it('has a well-formed manifest listing the English file’s items, under a Dutch identifier', () => {
    const doc = xmlDoc(files.get('imsmanifest.xml')!);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('identifier')).toBe('usm-trainer-nl-all');
    const hrefs = (d: Document) => [...d.getElementsByTagName('resource')].map((r) => r.getAttribute('href'));
    expect(hrefs(doc)).toEqual(hrefs(xmlDoc(enFiles.get('imsmanifest.xml')!)));
  });

  it('has a well-formed item per question in Dutch (xml:lang nl) with the English correct response', () => {
    for (const q of dutch) {
      const doc = xmlDoc(files.get(`items/${q.id}.xml`)!);
      expect(doc.getElementsByTagName('parsererror'), q.id).toHaveLength(0);
      expect(doc.documentElement.getAttribute('identifier')).toBe(q.id);
      expect(doc.documentElement.getAttribute('xml:lang'), q.id).toBe('nl');
      expect(doc.getElementsByTagName('prompt')[0]!.textContent, q.id).toBe(q.stem);
      expect(correct(doc), q.id).toEqual(correct(xmlDoc(enFiles.get(`items/${q.id}.xml`)!)));
    }
  });
});

it('the English files declare no language and keep their names (they are relied on byte for byte)', () => {
  const qti = unzipStore(bankToQtiPackage(english, 'all', EN));
  expect(decode(qti.get('imsmanifest.xml')!)).toContain('identifier="usm-trainer-all"');
  expect([...qti.values()].some((b) => decode(b).includes('xml:lang'))).toBe(false);
  const qti12 = bankToQti12(english, 'all', EN);
  expect(qti12).toContain('<assessment ident="usm-trainer-all" title="USM Trainer: all">');
  expect(qti12).not.toContain('xml:lang');
  expect(bankToGift(english, 'all', EN).split('\n', 2)).toEqual([
    '// USM Trainer question bank, exported as Moodle GIFT.',
    '$CATEGORY: USM Trainer/all',
  ]);
});
