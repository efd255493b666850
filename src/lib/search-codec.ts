/**
 * The search index's shared vocabulary: how words are normalised and split, and how posting lists are
 * packed into a string. Used at build time (search-build.ts) and in the browser (search.ts).
 */
export type SearchKind = 'lesson' | 'term' | 'scenario' | 'question';
export const KIND_ORDER: readonly SearchKind[] = ['lesson', 'term', 'scenario', 'question'];

/** What the build indexes: one lesson section, glossary term, scenario or question. */
export interface SearchDoc {
  kind: SearchKind;
  /** Shown as the result's title ("Lesson › Section", the term, the scenario, the question's stem). */
  title: string;
  /** The short field that typo tolerance and title ranking use: a heading, term or scenario title ('' for questions). */
  head: string;
  /** Short extra names: an abbreviation, the Dutch term, a domain, a question's topic. */
  keys: string[];
  url: string;
  /** Everything searchable and shown in snippets (a section's text, a definition, a call and its facts…). */
  text: string;
  /** Scenarios: the expected workflow, shown only once played or when the query names it. */
  workflow?: number;
}

/** The file the browser fetches (`/search-index.json`). Snippet texts live in fragment files. */
export interface IndexFile {
  v: 1;
  /** Fragment files: `/search/<fragments>-<n>.json`, each holding `chunk` docs' texts in id order. */
  fragments: string;
  chunk: number;
  /** kind index, title ('' for a question: its stem opens its text), head ('=' when equal to title), keys joined by '|', url, workflow (0 = none). */
  docs: [number, string, string, string, string, number][];
  /** The words of the texts, sorted, front-coded: one char (shared prefix length) then the rest, '\n' between. */
  words: string;
  /** Per word (same order), its doc ids packed by packIds, lists separated by ','. */
  postings: string;
  /** Words in so many docs that they carry no signal; not in `words`. */
  stop: string[];
  /** Workflow names by number (1-based), for a query that names a workflow. */
  workflows: string[];
}

export function normalize(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A text's searchable words: lower case, accents dropped; one-letter words dropped unless digits. */
export function words(s: string): string[] {
  return (normalize(s).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 || /\d/.test(w));
}

// Variable-length numbers in URL-safe base64 characters: 5 payload bits per char, the 6th bit says "more".
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Ascending ids as deltas (the first plus one), each a variable-length number. */
export function packIds(ids: readonly number[]): string {
  let out = '';
  let prev = -1;
  for (const id of ids) {
    let d = id - prev;
    prev = id;
    while (d >= 32) {
      out += ALPHABET[32 + (d & 31)];
      d >>>= 5;
    }
    out += ALPHABET[d];
  }
  return out;
}

const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function unpackIds(s: string): number[] {
  const out: number[] = [];
  let prev = -1;
  let d = 0;
  let shift = 0;
  for (const c of s) {
    const v = VALUE.get(c)!;
    d |= (v & 31) << shift;
    if (v >= 32) {
      shift += 5;
      continue;
    }
    prev += d;
    out.push(prev);
    d = 0;
    shift = 0;
  }
  return out;
}

export function frontCode(sorted: readonly string[]): string {
  let prev = '';
  return sorted
    .map((w) => {
      let n = 0;
      while (n < prev.length && n < w.length && n < 60 && prev[n] === w[n]) n++;
      prev = w;
      return String.fromCharCode(48 + n) + w.slice(n);
    })
    .join('\n');
}

export function frontDecode(s: string): string[] {
  const out: string[] = [];
  let prev = '';
  if (!s) return out;
  for (const line of s.split('\n')) {
    const n = line.charCodeAt(0) - 48;
    prev = prev.slice(0, n) + line.slice(1);
    out.push(prev);
  }
  return out;
}
