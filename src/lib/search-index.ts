/**
 * The search index, built at build time from every content kind: lesson sections (by heading, with
 * the section's text), glossary terms (English and Dutch), scenarios and questions. Pure: content in,
 * entries out.
 */
import GithubSlugger from 'github-slugger';

export type SearchKind = 'lesson' | 'term' | 'scenario' | 'question';

export interface SearchEntry {
  kind: SearchKind;
  title: string;
  /** Searchable text: a section's words, a definition, a scenario's domain and workflow. */
  text: string;
  /** Extra keys: the Dutch term, an abbreviation, a workflow number. */
  keys: string;
  url: string;
}

/** Markdown/MDX to plain words: drops imports, components, link targets and markup. */
export function plainText(md: string): string {
  return md
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^:::\w*.*$/gm, '')
    .replace(/[*_`#>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One entry per lesson section (the intro before the first heading, then each `##`/`###`). */
export function lessonSections(lesson: { url: string; title: string; body: string }): SearchEntry[] {
  const slugger = new GithubSlugger();
  const out: SearchEntry[] = [];
  const parts = lesson.body.split(/^(#{2,3}) +(.+)$/m);
  const intro = plainText(parts[0] ?? '');
  if (intro) out.push({ kind: 'lesson', title: lesson.title, text: intro.slice(0, 400), keys: '', url: lesson.url });
  for (let i = 1; i + 2 < parts.length + 1; i += 3) {
    const heading = (parts[i + 1] ?? '').trim();
    if (!heading) continue;
    const text = plainText(parts[i + 2] ?? '');
    out.push({ kind: 'lesson', title: `${lesson.title} › ${plainText(heading)}`, text: text.slice(0, 400), keys: '', url: `${lesson.url}#${slugger.slug(plainText(heading))}` });
  }
  return out;
}

export const SEARCH_OPTIONS = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'keys', weight: 3 },
    { name: 'text', weight: 1 },
  ],
  threshold: 0.35,
  ignoreLocation: true,
  minMatchCharLength: 2,
  includeScore: true,
} as const;

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
