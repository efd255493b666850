import { describe, expect, it } from 'vitest';
import { mergeLocalized, translatedCount } from '../../../src/lib/content/merge-localized.ts';
import { contentDir, langOfPath, localePath, localeParam } from '../../../src/lib/languages.ts';

const en = [
  { id: 'a', data: { title: 'Alpha' } },
  { id: 'b', data: { title: 'Beta' } },
];
const nl = [{ id: 'b', data: { title: 'Bèta' } }];

describe('mergeLocalized', () => {
  it('English is English, all translated', () => {
    expect(mergeLocalized(en, nl, 'en')).toEqual([
      { id: 'a', data: { title: 'Alpha' }, lang: 'en', translated: true },
      { id: 'b', data: { title: 'Beta' }, lang: 'en', translated: true },
    ]);
  });
  it('Dutch takes the translation, else the English item marked lang en and untranslated, in English order', () => {
    const items = mergeLocalized(en, nl, 'nl');
    expect(items).toEqual([
      { id: 'a', data: { title: 'Alpha' }, lang: 'en', translated: false },
      { id: 'b', data: { title: 'Bèta' }, lang: 'nl', translated: true },
    ]);
    expect(translatedCount(items)).toEqual({ translated: 1, total: 2 });
  });
  it('a translation without an English item is not shown (the parity check fails the build on it)', () => {
    expect(mergeLocalized(en, [{ id: 'z', data: { title: 'Zèta' } }], 'nl').map((i) => i.id)).toEqual(['a', 'b']);
  });
});

describe('languages', () => {
  it('paths in a language', () => {
    expect(localePath('nl', '/practice/')).toBe('/nl/practice/');
    expect(localePath('nl', '/')).toBe('/nl/');
    expect(localePath('en', '/nl/practice/')).toBe('/practice/');
    expect(localePath('nl', '/nl/practice/')).toBe('/nl/practice/');
    expect(localePath('en', '/nl')).toBe('/');
    expect(() => localePath('nl', 'practice/')).toThrow(/site path/);
  });
  it('the language of a path', () => {
    expect(langOfPath('/nl/')).toBe('nl');
    expect(langOfPath('/nl')).toBe('nl');
    expect(langOfPath('/nlx/')).toBe('en');
    expect(langOfPath('/lessons/nl/')).toBe('en');
  });
  it('content folders and the route parameter', () => {
    expect(contentDir('en', 'quizzes')).toBe('./quizzes');
    expect(contentDir('nl', 'quizzes')).toBe('./content/nl/quizzes');
    expect(localeParam('en')).toBeUndefined();
    expect(localeParam('nl')).toBe('nl');
  });
});
