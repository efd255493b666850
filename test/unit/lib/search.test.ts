import { describe, expect, it } from 'vitest';
import { buildIndex, docProblems } from '../../../src/lib/search-build.ts';
import { frontCode, frontDecode, packIds, unpackIds, type SearchDoc } from '../../../src/lib/search-codec.ts';
import { SearchIndex, groupResults, snippet } from '../../../src/lib/search.ts';

const filler = (n: number, seed: string) =>
  Array.from({ length: n }, (_, i) => `${seed}${i % 7} services agree with customers about outcomes`).join('. ');
// A long section: ~4,000 characters with one word in the middle and one at the very end.
const longText = `${filler(40, 'alpha')}. Paramedics carry defibrillators on every shift. ${filler(40, 'beta')}. The last word is quarterdeck`;

const docs: SearchDoc[] = [
  {
    kind: 'lesson',
    title: 'Deployment scenarios',
    head: 'Deployment scenarios',
    keys: [],
    url: '/lessons/applying/deployment-scenarios/',
    text: filler(5, 'intro'),
  },
  {
    kind: 'lesson',
    title: 'Deployment scenarios › Worked example',
    head: 'Worked example',
    keys: [],
    url: '/lessons/applying/deployment-scenarios/#worked-example',
    text: longText,
  },
  {
    kind: 'lesson',
    title: 'Value maturity levels',
    head: 'Value maturity levels',
    keys: [],
    url: '/lessons/maturity/value-maturity-levels/',
    text: 'Five levels of maturity, measured by the value delivered.',
  },
  {
    kind: 'term',
    title: 'Managed infrastructure register',
    head: 'Managed infrastructure register',
    keys: ['MIR', 'Beheerde infrastructuur register'],
    url: '/glossary/#managed-infrastructure-register',
    text: 'The register of every managed component.',
  },
  {
    kind: 'term',
    title: 'Request for change',
    head: 'Request for change',
    keys: ['RFC'],
    url: '/glossary/#request-for-change',
    text: 'A call asking for an adjustment that the agreement allows.',
  },
  {
    kind: 'term',
    title: 'Root cause analysis',
    head: 'Root cause analysis',
    keys: ['RCA'],
    url: '/glossary/#rca',
    text: 'Finding why a failure happened.',
  },
  {
    kind: 'term',
    title: 'Maturity',
    head: 'Maturity',
    keys: [],
    url: '/glossary/#maturity',
    text: 'How far an organisation has come.',
  },
  ...Array.from({ length: 6 }, (_, i): SearchDoc => ({
    kind: 'question',
    title: `Which maturity level is ${i}?`,
    head: '',
    keys: [],
    url: `/practice/?question=q-${i}`,
    text: `Which maturity level is ${i}? · Level one · Level two · Maturity grows with value.`,
  })),
  {
    kind: 'scenario',
    title: 'Haul-truck telemetry goes dark',
    head: 'Haul-truck telemetry goes dark',
    keys: ['mining'],
    url: '/simulator/mining-telemetry-outage/',
    text: 'Control room (phone): the trucks vanished from the screen.',
    workflow: 3,
  },
  {
    kind: 'scenario',
    title: 'Frost forecast',
    head: 'Frost forecast',
    keys: ['facilities'],
    url: '/simulator/frost/',
    text: 'Site supervisor (phone): drain the taps.',
    workflow: 8,
  },
];
const workflowNames = [
  'Changes to agreements',
  'Changes to managed resources',
  'Incidents with changes to managed resources',
  'Incidents without changes to managed resources',
  'Operations',
  'Risks with changes to agreements',
  'Risks with changes to managed resources',
  'Risks handled by operations',
];
const index = new SearchIndex(buildIndex(docs, workflowNames).index);
const urls = (q: string) => index.search(q).map((h) => h.doc.url);
const shown = (q: string) => groupResults(index.search(q)).flatMap((g) => g.hits.map((h) => h.doc.url));

describe('full-text search', () => {
  it('finds a word from the middle and from the end of a long section', () => {
    expect(longText.length).toBeGreaterThan(3000);
    expect(urls('defibrillators')[0]).toBe('/lessons/applying/deployment-scenarios/#worked-example');
    expect(urls('quarterdeck')[0]).toBe('/lessons/applying/deployment-scenarios/#worked-example');
  });

  it('finds a word by its prefix as it is typed', () => {
    for (const typed of ['defi', 'defibril', 'quarterd'])
      expect(urls(typed)).toContain('/lessons/applying/deployment-scenarios/#worked-example');
  });

  it('finds a glossary term with a typo, in English and in Dutch', () => {
    expect(urls('infrastucture')[0]).toBe('/glossary/#managed-infrastructure-register');
    expect(urls('managed infrastucture regster')[0]).toBe('/glossary/#managed-infrastructure-register');
    expect(urls('infrastuctuur')[0]).toBe('/glossary/#managed-infrastructure-register');
    expect(index.search('infrastucture')[0]!.tier).toBe(4);
  });

  it('matches short queries exactly or by prefix only, never fuzzily', () => {
    expect(urls('RFC')).toEqual(['/glossary/#request-for-change']);
    expect(urls('MIR')).toEqual(['/glossary/#managed-infrastructure-register']);
    expect(urls('rca')).not.toContain('/glossary/#request-for-change');
  });

  it('ranks a whole term or title before words found in texts', () => {
    const hits = index.search('maturity');
    expect(hits[0]!.doc.url).toBe('/glossary/#maturity');
    expect(hits[0]!.tier).toBe(0);
    const firstQuestion = shown('maturity').findIndex((u) => u.startsWith('/practice/'));
    expect(shown('maturity').indexOf('/glossary/#maturity')).toBeLessThan(firstQuestion);
    expect(shown('maturity').indexOf('/lessons/maturity/value-maturity-levels/')).toBeLessThan(firstQuestion);
  });

  it('needs every meaningful word for a full match, and ranks partial matches last', () => {
    const hits = index.search('telemetry frost');
    expect(hits.every((h) => h.tier === 5)).toBe(true);
    expect(index.search('haul truck telemetry')[0]!.doc.url).toBe('/simulator/mining-telemetry-outage/');
  });

  it('says a scenario’s workflow is named only when the query names it', () => {
    const named = index.search('workflow 3').find((h) => h.doc.kind === 'scenario');
    expect(named?.doc.url).toBe('/simulator/mining-telemetry-outage/');
    expect(named?.workflowNamed).toBe(true);
    expect(
      index.search('incidents with changes to managed resources').find((h) => h.doc.kind === 'scenario')?.workflowNamed,
    ).toBe(true);
    expect(index.search('telemetry').every((h) => !h.workflowNamed)).toBe(true);
    expect(index.search('workflow 8').some((h) => h.doc.url === '/simulator/mining-telemetry-outage/')).toBe(false);
  });
});

describe('snippets', () => {
  const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);
  const plain = (parts: { text: string; mark: boolean }[]) => parts.map((p) => p.text).join('');

  it('show the words around a match deep in a text, marked', () => {
    const parts = snippet(longText, ['defibrillators']);
    expect(marked(parts)).toEqual(['defibrillators']);
    expect(plain(parts)).toMatch(/^….*Paramedics carry defibrillators on every shift.*…$/);
    expect(plain(parts).length).toBeLessThan(200);
  });

  it('mark every word that starts with what was typed, and reach the end of a text', () => {
    const parts = snippet(longText, ['quarter']);
    expect(marked(parts)).toEqual(['quarterdeck']);
    expect(plain(parts).endsWith('quarterdeck')).toBe(true);
  });

  it('are never empty: the start of the text, or the fallback when there is no text', () => {
    expect(plain(snippet('Nobody can see this month’s payslip.', ['zzz']))).toBe(
      'Nobody can see this month’s payslip.',
    );
    expect(plain(snippet('', ['zzz'], 'Frost forecast'))).toBe('Frost forecast');
  });
});

describe('the index format', () => {
  it('packs and unpacks posting lists and word lists losslessly', () => {
    const ids = [0, 1, 2, 31, 32, 33, 1000, 1023, 1024, 40000];
    expect(unpackIds(packIds(ids))).toEqual(ids);
    const sorted = ['agree', 'agreement', 'agreements', 'b', 'bc', 'registered', 'register'].sort();
    expect(frontDecode(frontCode(sorted))).toEqual(sorted);
  });

  it('finds stop words from the data, keeps snippet texts out of the index, and names bad documents', () => {
    const built = buildIndex(
      Array.from({ length: 100 }, (_, i): SearchDoc => ({
        kind: 'lesson',
        title: `T${i}`,
        head: `T${i}`,
        keys: [],
        url: `/l/${i}/`,
        text: `the word${i}`,
      })),
      [],
    );
    expect(built.index.stop).toEqual(['the']);
    expect(JSON.stringify(built.index)).not.toContain('word1 ');
    expect(built.fragments.flat()).toHaveLength(100);
    expect(docProblems([{ kind: 'term', title: '', head: '', keys: [], url: 'glossary', text: '' }])).toEqual([
      'search document 0 (glossary): title is empty',
      'search document 0 (glossary): url must start with "/"',
      'search document 0 (glossary): has no text to search or show',
    ]);
  });
});
