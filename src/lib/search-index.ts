/**
 * The search index, built at build time from every content kind: lesson sections (by heading, with
 * the section's text), glossary terms (English and Dutch), scenarios and questions. Pure: content in,
 * entries out.
 */
import GithubSlugger from 'github-slugger';
import type { SearchEntry } from './search.ts';

export type { SearchEntry, SearchKind } from './search.ts';

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
  if (intro) out.push({ kind: 'lesson', title: lesson.title, text: intro.slice(0, 120), keys: '', url: lesson.url });
  for (let i = 1; i + 2 < parts.length + 1; i += 3) {
    const heading = (parts[i + 1] ?? '').trim();
    if (!heading) continue;
    const text = plainText(parts[i + 2] ?? '');
    out.push({ kind: 'lesson', title: `${lesson.title} › ${plainText(heading)}`, text: text.slice(0, 120), keys: '', url: `${lesson.url}#${slugger.slug(plainText(heading))}` });
  }
  return out;
}

