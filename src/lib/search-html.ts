/**
 * Lesson sections from a built page, the way Pagefind reads a page: only the text inside
 * `data-pagefind-body`, nothing inside `data-pagefind-ignore`, scripts, styles, SVG or islands
 * (interactive widgets: their questions and scenarios are indexed as questions and scenarios). A new
 * section starts at each heading the page's table of contents links to; text before the first one
 * (objectives and introduction) belongs to the page itself. Tables and lists become plain text with
 * " · " between cells and items, so no markdown table syntax reaches a snippet. Pure: HTML in, sections out.
 */
export interface PageSection {
  /** The heading's text; '' for the part before the first heading. */
  heading: string;
  /** The heading's id ('' for the page's start). */
  anchor: string;
  text: string;
}

export interface PageText {
  title: string;
  sections: PageSection[];
}

// Navigation (pagination, footers) is not content; islands are widgets, indexed under their own kind.
const SKIP = new Set([
  'script',
  'style',
  'svg',
  'template',
  'noscript',
  'astro-island',
  'button',
  'select',
  'textarea',
  'nav',
  'footer',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const ITEM_END = new Set(['li', 'td', 'th', 'dt', 'dd']);
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  times: '×',
  rarr: '→',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/** Collapses whitespace and the item separators into readable plain text. */
export function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/( ?· ?)+/g, ' · ')
    .replace(/ ([.,;:!?)])/g, '$1')
    .replace(/^ ?· |(?: ·)? ?$/g, '')
    .trim();
}

const attr = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}(?:=("[^"]*"|'[^']*'|[^\\s>]+))?`, 'i').exec(attrs)?.[1]?.replace(/^["']|["']$/g, '') ??
  (new RegExp(`(?:^|\\s)${name}(?=\\s|$|/)`, 'i').test(attrs) ? '' : undefined);

/** The anchors the page's table of contents links to (Starlight's `starlight-toc`). */
export function tocAnchors(html: string): Set<string> | null {
  const toc = /<starlight-toc[\s\S]*?<\/starlight-toc>/.exec(html)?.[0];
  if (!toc) return null;
  return new Set([...toc.matchAll(/href="#([^"]+)"/g)].map((m) => decodeEntities(m[1]!)).filter((id) => id !== '_top'));
}

export function pageSections(html: string): PageText {
  const anchors = tocAnchors(html);
  const title = decodeEntities(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '').trim();
  const bodyStart = html.search(/<[a-z][^>]*\sdata-pagefind-body[\s>]/i);
  const sections: PageSection[] = [{ heading: '', anchor: '', text: '' }];
  if (bodyStart < 0) return { title, sections: [] };
  const stack: { tag: string; skip: boolean }[] = [];
  let skipping = 0;
  let heading: { tag: string; id: string; depth: number; parts: string[] } | null = null;
  const out = (s: string) => {
    if (heading) heading.parts.push(s);
    else sections[sections.length - 1]!.text += s;
  };
  const tokens = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
  tokens.lastIndex = bodyStart;
  let m: RegExpExecArray | null;
  while ((m = tokens.exec(html))) {
    const [, close, rawTag, attrs = '', text] = m;
    if (text !== undefined) {
      if (!skipping) out(decodeEntities(text));
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (close) {
      // Pop to the matching open tag (tolerates unclosed inner elements).
      let i = stack.length - 1;
      while (i >= 0 && stack[i]!.tag !== tag) i--;
      if (i < 0) continue;
      while (stack.length > i) {
        const top = stack.pop()!;
        if (top.skip) skipping--;
      }
      if (stack.length === 0) break; // the end of the data-pagefind-body element
      if (heading && heading.tag === tag && heading.depth === stack.length) {
        const text = tidy(heading.parts.join(''));
        sections.push({ heading: text, anchor: heading.id, text: '' });
        heading = null;
      } else if (!skipping) out(ITEM_END.has(tag) ? ' · ' : ' ');
      continue;
    }
    if (VOID.has(tag) || attrs.trimEnd().endsWith('/')) {
      if (!skipping && tag === 'br') out(' ');
      continue;
    }
    const skip =
      SKIP.has(tag) || attr(attrs, 'data-pagefind-ignore') !== undefined || attr(attrs, 'role') === 'tooltip';
    stack.push({ tag, skip });
    if (skip) {
      skipping++;
      continue;
    }
    if (skipping) continue;
    const id = attr(attrs, 'id');
    if (/^h[1-6]$/.test(tag) && tag !== 'h1' && id && (anchors ? anchors.has(id) : /^h[23]$/.test(tag))) {
      heading = { tag, id, depth: stack.length - 1, parts: [] };
    } else out(' ');
  }
  return {
    title,
    sections: sections.map((s) => ({ ...s, text: tidy(s.text) })).filter((s, i) => (i === 0 ? s.text !== '' : true)),
  };
}
