/**
 * Build time: documents in, the index file and its snippet fragments out. The index holds titles,
 * short fields and a word → documents map of the full texts; the texts themselves go to fragment files
 * that the palette fetches only for the results it shows (as Pagefind does). Pure.
 */
import { createHash } from 'node:crypto';
import { KIND_ORDER, frontCode, packIds, words, type IndexFile, type SearchDoc } from './search-codec.ts';

/** A word in more than this share of documents is a stop word (the, and, of…), found from the data itself. */
export const STOP_SHARE = 0.3;
export const CHUNK = 12;

export interface BuiltIndex {
  index: IndexFile;
  /** Fragment file n holds the texts of docs n·CHUNK … n·CHUNK + CHUNK − 1. */
  fragments: string[][];
}

export function buildIndex(docs: readonly SearchDoc[], workflowNames: readonly string[]): BuiltIndex {
  const postings = new Map<string, number[]>();
  docs.forEach((d, id) => {
    for (const w of new Set(words(d.text))) {
      const list = postings.get(w);
      if (list) list.push(id);
      else postings.set(w, [id]);
    }
  });
  const limit = Math.max(20, docs.length * STOP_SHARE);
  const stop = [...postings]
    .filter(([, ids]) => ids.length > limit)
    .map(([w]) => w)
    .sort();
  for (const w of stop) postings.delete(w);
  const sorted = [...postings.keys()].sort();
  const fragments: string[][] = [];
  for (let i = 0; i < docs.length; i += CHUNK) fragments.push(docs.slice(i, i + CHUNK).map((d) => d.text));
  const hash = createHash('sha256').update(JSON.stringify(fragments)).digest('hex').slice(0, 10);
  return {
    index: {
      v: 1,
      fragments: hash,
      chunk: CHUNK,
      // A question's title is its stem, which opens its text: the palette takes it from the fragment.
      docs: docs.map((d) => [
        KIND_ORDER.indexOf(d.kind),
        d.kind === 'question' ? '' : d.title,
        d.head === d.title ? '=' : d.head,
        d.keys.join('|'),
        d.url,
        d.workflow ?? 0,
      ]),
      words: frontCode(sorted),
      postings: sorted.map((w) => packIds(postings.get(w)!)).join(','),
      stop,
      workflows: [...workflowNames],
    },
    fragments,
  };
}

/** Checks a document list before it is indexed: every field the palette shows must be there. */
export function docProblems(docs: readonly SearchDoc[]): string[] {
  const out: string[] = [];
  docs.forEach((d, i) => {
    const where = `search document ${i} (${d.url || 'no url'})`;
    if (!d.title.trim()) out.push(`${where}: title is empty`);
    if (!d.url.startsWith('/')) out.push(`${where}: url must start with "/"`);
    if (!d.text.trim() && !d.head.trim()) out.push(`${where}: has no text to search or show`);
  });
  return out;
}
