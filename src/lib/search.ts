/**
 * Searching in the browser. Two structures, each where it serves (figures in docs/architecture.md):
 * - every word of every text in a sorted word list with posting lists: exact and prefix lookups by
 *   binary search, so any word of a long lesson section is found in well under a millisecond;
 * - fuse.js over the short fields only (headings, terms, Dutch names, abbreviations, scenario titles),
 *   for typo tolerance where a learner types a name.
 * Ranking, best first: the query is a whole title, term or abbreviation (exact, then prefix); every
 * word is in a title or short field; every word is in the text; a fuzzy match of a short field; some
 * words match. Queries of three letters or fewer are never fuzzy.
 */
import Fuse from 'fuse.js';
import { KIND_ORDER, frontDecode, unpackIds, words, type IndexFile, type SearchKind } from './search-codec.ts';

export { KIND_ORDER, type SearchKind } from './search-codec.ts';
export { snippet, type SnippetPart } from './search-snippet.ts';

export interface IndexedDoc {
  id: number;
  kind: SearchKind;
  /** '' for questions until their fragment is loaded (the stem opens their text). */
  title: string;
  head: string;
  keys: string[];
  url: string;
  workflow: number;
}

export interface SearchHit {
  doc: IndexedDoc;
  /** 0 whole title exact · 1 whole title prefix · 2 all words in short fields · 3 all words · 4 all words, some by typo tolerance · 5 some words. */
  tier: number;
  score: number;
  /** The query's words that count (for marking snippets). */
  terms: string[];
  /** The query names this scenario's workflow ("workflow 3" or the workflow's name). */
  workflowNamed: boolean;
}

const WEIGHT = { head: 4, keys: 3, text: 1 };
const PREFIX = 0.6;
export const FUZZY_MIN = 4;
export const MAX_HITS = 60;

export class SearchIndex {
  readonly docs: IndexedDoc[];
  readonly chunk: number;
  readonly fragments: string;
  readonly workflows: string[];
  readonly #words: string[];
  readonly #postings: string[];
  readonly #lists = new Map<number, number[]>();
  readonly #stop: Set<string>;
  /** Words of the short fields: sorted, each with the docs and the field weight. */
  readonly #shortWords: string[];
  readonly #short = new Map<string, { id: number; weight: number }[]>();
  readonly #whole = new Map<number, string[]>();
  /** Letter pairs → short-field words that contain them: narrows the words fuse.js has to rank. */
  readonly #pairs = new Map<string, number[]>();

  constructor(file: IndexFile) {
    this.chunk = file.chunk;
    this.fragments = file.fragments;
    this.workflows = file.workflows;
    this.docs = file.docs.map(([k, title, head, keys, url, workflow], id) => ({
      id,
      kind: KIND_ORDER[k]!,
      title,
      head: head === '=' ? title : head,
      keys: keys ? keys.split('|') : [],
      url,
      workflow,
    }));
    this.#words = frontDecode(file.words);
    this.#postings = file.postings.split(',');
    this.#stop = new Set(file.stop);
    const add = (w: string, id: number, weight: number) => {
      const list = this.#short.get(w) ?? [];
      const same = list.find((e) => e.id === id);
      if (same) same.weight = Math.max(same.weight, weight);
      else list.push({ id, weight });
      this.#short.set(w, list);
    };
    for (const d of this.docs) {
      for (const w of words(d.head)) add(w, d.id, WEIGHT.head);
      for (const k of d.keys) for (const w of words(k)) add(w, d.id, WEIGHT.keys);
      if (d.kind !== 'question')
        this.#whole.set(
          d.id,
          [d.head, ...d.keys].filter(Boolean).map((name) => words(name).join(' ')),
        );
    }
    this.#shortWords = [...this.#short.keys()].sort();
    this.#shortWords.forEach((w, i) => {
      for (const p of new Set(pairs(w))) (this.#pairs.get(p) ?? this.#pairs.set(p, []).get(p)!).push(i);
    });
  }

  /** Fragment file number holding a doc's text. */
  fragmentOf(id: number): number {
    return Math.floor(id / this.chunk);
  }

  #list(i: number): number[] {
    let l = this.#lists.get(i);
    if (!l) this.#lists.set(i, (l = unpackIds(this.#postings[i]!)));
    return l;
  }

  search(query: string): SearchHit[] {
    const all = [...new Set(words(query))];
    if (all.length === 0) return [];
    const meaningful = all.filter((w) => !this.#stop.has(w));
    const terms = meaningful.length > 0 ? meaningful : all;
    const n = this.docs.length;
    const T = terms.length;
    // Scores per doc and term: exact/prefix in the text, in a short field, and fuzzy in a short field.
    const text = new Float64Array(n * T);
    const short = new Float64Array(n * T);
    const fuzzy = new Float64Array(n * T);
    const touched: number[] = [];
    const seen = new Uint8Array(n);
    const bump = (m: Float64Array, id: number, t: number, v: number) => {
      if (!seen[id]) {
        seen[id] = 1;
        touched.push(id);
      }
      if (v > m[id * T + t]!) m[id * T + t] = v;
    };
    const shortWord = (m: Float64Array, w: string, t: number, v: number) => {
      const entries = this.#short.get(w)!;
      const idf = Math.log(1 + n / entries.length);
      for (const e of entries) bump(m, e.id, t, v * idf * e.weight);
    };
    terms.forEach((q, t) => {
      const [from, to] = range(this.#words, q);
      for (let i = from; i < to; i++) {
        const ids = this.#list(i);
        const v = (this.#words[i] === q ? 1 : PREFIX) * Math.log(1 + n / ids.length) * WEIGHT.text;
        for (const id of ids) bump(text, id, t, v);
      }
      const [sf, st] = range(this.#shortWords, q);
      for (let i = sf; i < st; i++) shortWord(short, this.#shortWords[i]!, t, this.#shortWords[i] === q ? 1 : PREFIX);
      // Typo tolerance: only for a word of four letters or more that nothing starts with.
      if (from === to && sf === st && q.length >= FUZZY_MIN) {
        for (const r of this.#fuzzy(q)) shortWord(fuzzy, r.item, t, PREFIX * (1 - (r.score ?? 1)));
      }
    });
    // A query that names a workflow ("workflow 3", or its name) matches the scenarios of that workflow.
    const named = this.#namedWorkflow(query);
    if (named) {
      const ts = named.terms.map((q) => terms.indexOf(q)).filter((t) => t >= 0);
      for (const d of this.docs)
        if (d.kind === 'scenario' && d.workflow === named.number)
          for (const t of ts) bump(short, d.id, t, WEIGHT.keys * 2);
    }
    const phrase = all.join(' ');
    const hits: SearchHit[] = [];
    for (const id of touched) {
      let score = 0;
      let inShort = 0;
      let exact = 0;
      let any = 0;
      for (let t = 0; t < T; t++) {
        const s = short[id * T + t]!;
        const x = text[id * T + t]!;
        const f = fuzzy[id * T + t]!;
        score += Math.max(s, x, f);
        if (s > 0) inShort++;
        if (s > 0 || x > 0) exact++;
        if (s > 0 || x > 0 || f > 0) any++;
      }
      const doc = this.docs[id]!;
      const tier = this.#wholeTier(id, phrase) ?? (inShort === T ? 2 : exact === T ? 3 : any === T ? 4 : 5);
      hits.push({ doc, tier, score, terms, workflowNamed: !!named && doc.workflow === named.number });
    }
    return hits.sort(compareHits).slice(0, MAX_HITS);
  }

  /**
   * Short-field words close to `q`, ranked by fuse.js. A typo changes at most three of a word's letter
   * pairs, so only words sharing the others are ranked: fuse.js then compares a handful, not all.
   */
  #fuzzy(q: string) {
    const mine = [...new Set(pairs(q))];
    const shared = new Map<number, number>();
    for (const p of mine) for (const i of this.#pairs.get(p) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const need = Math.max(1, mine.length - 3);
    const candidates = [...shared].filter(([, c]) => c >= need).map(([i]) => this.#shortWords[i]!);
    return new Fuse(candidates, { threshold: 0.3, ignoreLocation: true, includeScore: true }).search(q);
  }

  #wholeTier(id: number, phrase: string): number | undefined {
    const names = this.#whole.get(id);
    if (!names) return undefined;
    if (names.includes(phrase)) return 0;
    if (names.some((name) => name.startsWith(phrase))) return 1;
    return undefined;
  }

  #namedWorkflow(query: string): { number: number; terms: string[] } | null {
    const q = words(query).join(' ');
    const m = /(?:^| )workflow ([1-9])(?: |$)/.exec(q);
    if (m) return { number: Number(m[1]), terms: ['workflow', m[1]!] };
    // The longest name the query contains ("changes to managed resources" is inside workflow 3's name).
    let best = -1;
    this.workflows.forEach((name, i) => {
      const w = words(name).join(' ');
      if (` ${q} `.includes(` ${w} `) && (best < 0 || w.length > this.workflows[best]!.length)) best = i;
    });
    return best >= 0 ? { number: best + 1, terms: words(this.workflows[best]!) } : null;
  }
}

export function compareHits(a: SearchHit, b: SearchHit): number {
  return (
    a.tier - b.tier ||
    b.score - a.score ||
    KIND_ORDER.indexOf(a.doc.kind) - KIND_ORDER.indexOf(b.doc.kind) ||
    a.doc.id - b.doc.id
  );
}

function pairs(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
  return out;
}

/** The half-open range of `sorted` whose words start with `prefix`. */
export function range(sorted: readonly string[], prefix: string): [number, number] {
  const lower = (x: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [lower(prefix), lower(prefix + '\uffff')];
}

/**
 * Groups hits by kind, keeping each group's best first and at most `perKind`. Groups come in the
 * order of their best hit (ties in the fixed kind order), so a whole-title match leads.
 */
export function groupResults(hits: readonly SearchHit[], perKind = 6): { kind: SearchKind; hits: SearchHit[] }[] {
  return KIND_ORDER.map((kind) => ({ kind, hits: hits.filter((h) => h.doc.kind === kind).slice(0, perKind) }))
    .filter((g) => g.hits.length > 0)
    .sort((a, b) => compareHits(a.hits[0]!, b.hits[0]!));
}
