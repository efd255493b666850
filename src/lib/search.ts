/** Searching the index in the browser: fuse.js options and grouping of results by kind. */
export type SearchKind = 'lesson' | 'term' | 'scenario' | 'question';

export interface SearchEntry {
  kind: SearchKind;
  title: string;
  /** Searchable text: a section's words, a definition, a scenario's words. */
  text: string;
  /** Extra keys: the Dutch term, an abbreviation, a domain and workflow. */
  keys: string;
  url: string;
}

/**
 * Matching near the start of each field (location 0, distance 200) rather than anywhere keeps the p95
 * under the 10 ms budget; titles and keys are short, and texts are trimmed to their first words.
 */
export const SEARCH_OPTIONS: { keys: { name: string; weight: number }[]; threshold: number; distance: number; minMatchCharLength: number; includeScore: boolean } = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'keys', weight: 3 },
    { name: 'text', weight: 1 },
  ],
  threshold: 0.35,
  distance: 200,
  minMatchCharLength: 2,
  includeScore: true,
};

export const KIND_ORDER: readonly SearchKind[] = ['lesson', 'term', 'scenario', 'question'];

/**
 * Groups results by kind, keeping each group's best first and at most `perKind`. Groups come in the
 * order of their best result (ties in the fixed kind order), so an exact term match leads.
 */
export function groupResults<T extends { item: SearchEntry; score?: number }>(results: readonly T[], perKind = 6): { kind: SearchKind; items: SearchEntry[] }[] {
  return KIND_ORDER.map((kind, order) => {
    const hits = results.filter((r) => r.item.kind === kind);
    return { kind, order, best: hits[0]?.score ?? 1, items: hits.slice(0, perKind).map((r) => r.item) };
  })
    .filter((g) => g.items.length > 0)
    .sort((a, b) => a.best - b.best || a.order - b.order)
    .map(({ kind, items }) => ({ kind, items }));
}
