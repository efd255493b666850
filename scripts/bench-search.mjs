// The search part of `npm run bench`: recall, latency on the real index and on one twice as large, and
// transfer sizes. Runs on a built site (dist/). With --alternatives it also measures the structures that
// were considered (fuse.js over full texts, over small passages, with a prebuilt index), for
// docs/architecture.md.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
export const SEARCH_BUDGETS = { recall: 0.95, p95Ms: 5, indexGzipBytes: 60_000 };

/** A deterministic random source (LCG), so every run samples the same words. */
function random(seed) {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n === 'index.html' ? [p] : [];
  });
}

/**
 * The words a learner reads in each lesson section, taken from the built pages independently of the
 * indexer: the <main> element, split at every h2/h3, without scripts, styles, SVG, islands (widgets),
 * tooltips, screen-reader-only anchor labels and the knowledge check at the end.
 */
export function lessonSectionWords(dist) {
  const sections = [];
  for (const file of htmlFiles(join(dist, 'lessons')).sort()) {
    const page =
      '/' +
      relative(dist, file)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, '');
    let main = /<main[\s\S]*<\/main>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
    main = main
      .replace(/<section class="lesson-end[\s\S]*/, '')
      .replace(/<(script|style|svg|astro-island)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<span[^>]*(?:role="tooltip"|data-pagefind-ignore)[^>]*>[^<]*<\/span>/g, ' ');
    for (const part of main.split(/<h[23]\b/)) {
      const text = part
        .replace(/<[^>]+>/g, ' ')
        .replace(/&#39;|&rsquo;/g, "'")
        .replace(/&[a-z]+;|&#\d+;/g, ' ');
      sections.push({ page, words: new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []) });
    }
  }
  return sections;
}

/** 200 distinctive words: 8 letters or more, in at most 3 lesson sections; each with its pages. */
export function sampleWords(dist, n = 200, seed = 20261204) {
  const where = new Map();
  for (const s of lessonSectionWords(dist))
    for (const w of s.words) if (w.length >= 8) (where.get(w) ?? where.set(w, []).get(w)).push(s.page);
  const pool = [...where].filter(([, pages]) => pages.length <= 3).sort(([a], [b]) => a.localeCompare(b));
  const rnd = random(seed);
  const out = [];
  while (out.length < n && pool.length > 0) {
    const [word, pages] = pool.splice(Math.floor(rnd() * pool.length), 1)[0];
    out.push({ word, pages: new Set(pages) });
  }
  return { candidates: where.size, distinctive: out.length + pool.length, sample: out };
}

/** The documents back from a built index and its fragments (to rebuild it twice as large). */
function loadDocs(dist, index) {
  const texts = [];
  for (let n = 0; n * index.chunk < index.docs.length; n++)
    texts.push(...JSON.parse(readFileSync(join(dist, 'search', `${index.fragments}-${n}.json`), 'utf8')));
  const kinds = ['lesson', 'term', 'scenario', 'question'];
  return index.docs.map(([k, title, head, keys, url, workflow], i) => ({
    kind: kinds[k],
    title: title || texts[i].split(' · ')[0],
    head: head === '=' ? title : head,
    keys: keys ? keys.split('|') : [],
    url,
    text: texts[i],
    ...(workflow ? { workflow } : {}),
  }));
}

function queriesFor(index, sample) {
  const rnd = random(12345);
  const titles = index.docs
    .flatMap(([, title, head, keys]) =>
      [title, head, keys]
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u),
    )
    .filter((w) => w.length > 3);
  const terms = index.docs
    .filter(([k]) => k === 1)
    .flatMap(([, title, , keys]) => [title, ...(keys ? keys.split('|') : [])]);
  const text = sample.map((s) => s.word);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const queries = [];
  // Realistic queries: terms and their Dutch names and abbreviations, title words, two words, typos,
  // words from the texts and their first letters as typed.
  while (queries.length < 600) {
    const kind = queries.length % 6;
    if (kind === 0) queries.push(pick(terms));
    else if (kind === 1) queries.push(pick(titles));
    else if (kind === 2) queries.push(`${pick(titles)} ${pick(text)}`);
    else if (kind === 3) {
      const w = pick(titles);
      const i = Math.floor(rnd() * (w.length - 1));
      queries.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    } else if (kind === 4) queries.push(pick(text));
    else {
      const w = pick(text);
      queries.push(w.slice(0, 2 + Math.floor(rnd() * (w.length - 2))));
    }
  }
  return queries;
}

/**
 * Wall-clock time per query after a warm-up of 50 queries: p50, p95 and max of one pass. Each query
 * also runs four more times; the p95 of each query's fastest run shows the cost without the noise of
 * other processes on a shared machine.
 */
function latency(search, queries) {
  for (const q of queries.slice(0, 50)) search(q);
  const once = [];
  const fastest = queries.map((q) => {
    let min = Infinity;
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      search(q);
      const ms = performance.now() - t;
      if (r === 0) once.push(ms);
      min = Math.min(min, ms);
    }
    return min;
  });
  const pct = (times, p) => {
    const s = [...times].sort((a, b) => a - b);
    return +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(3);
  };
  return { p50Ms: pct(once, 50), p95Ms: pct(once, 95), maxMs: pct(once, 100), fastestOf5P95Ms: pct(fastest, 95) };
}

export async function searchBench(dist = 'dist', { alternatives = false } = {}) {
  const { SearchIndex, groupResults } = await import('../src/lib/search.ts');
  const { buildIndex } = await import('../src/lib/search-build.ts');
  const raw = readFileSync(join(dist, 'search-index.json'));
  const index = JSON.parse(raw.toString());
  const fragmentFiles = readdirSync(join(dist, 'search'));
  const fragmentsGzip = fragmentFiles.map((f) => gz(readFileSync(join(dist, 'search', f))));
  const full = new SearchIndex(index);
  const { candidates, distinctive, sample } = sampleWords(dist);
  const misses = [];
  for (const { word, pages } of sample) {
    const shown = groupResults(full.search(word))
      .flatMap((g) => g.hits)
      .slice(0, 10);
    if (!shown.some((h) => pages.has(h.doc.url.split('#')[0]))) misses.push(word);
  }
  const docs = loadDocs(dist, index);
  const doubled = new SearchIndex(
    buildIndex([...docs, ...docs.map((d) => ({ ...d, url: `/nl${d.url}` }))], index.workflows).index,
  );
  const queries = queriesFor(index, sample);
  const result = {
    queries: queries.length,
    recall: {
      sampled: sample.length,
      distinctiveWords: distinctive,
      wordsOf8Letters: candidates,
      top10: sample.length - misses.length,
      share: +((sample.length - misses.length) / sample.length).toFixed(3),
      misses,
    },
    full: { entries: full.docs.length, ...latency((q) => full.search(q), queries) },
    doubled: { entries: doubled.docs.length, ...latency((q) => doubled.search(q), queries) },
    indexGzipBytes: gz(raw),
    fragments: {
      files: fragmentFiles.length,
      totalGzipBytes: fragmentsGzip.reduce((a, b) => a + b, 0),
      largestGzipBytes: Math.max(...fragmentsGzip),
    },
  };
  if (alternatives)
    result.alternatives = await measureAlternatives(
      docs,
      queries.filter((_, i) => i % 10 === 0),
      sample,
    );
  return result;
}

/** The structures considered for the full text, measured on the same documents and queries. */
async function measureAlternatives(docs, queries, sample) {
  const { default: Fuse } = await import('fuse.js');
  const keys = [
    { name: 'head', weight: 3 },
    { name: 'keys', weight: 3 },
    { name: 'text', weight: 1 },
  ];
  const opts = { keys, threshold: 0.35, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 };
  const recallOf = (search) => {
    let found = 0;
    for (const { word, pages } of sample.slice(0, 100))
      if (
        search(word)
          .slice(0, 10)
          .some((r) => pages.has(r.item.url.split('#')[0]))
      )
        found++;
    return +(found / Math.min(100, sample.length)).toFixed(3);
  };
  const out = {};
  const latency = (search, qs) => {
    const t = qs
      .map((q) => {
        const s = performance.now();
        search(q);
        return performance.now() - s;
      })
      .sort((a, b) => a - b);
    return { p50Ms: +t[Math.floor(t.length / 2)].toFixed(2), p95Ms: +t[Math.floor(t.length * 0.95)].toFixed(2) };
  };
  const fullText = new Fuse(docs, opts);
  out.fuseFullText = {
    entries: docs.length,
    ...latency((q) => fullText.search(q), queries),
    recallOf100: recallOf((q) => fullText.search(q)),
    indexGzipBytes: gz(Buffer.from(JSON.stringify(docs))),
  };
  const passages = docs.flatMap((d) => {
    const parts = d.text.match(/[\s\S]{1,200}(?:\s|$)/g) ?? [''];
    return parts.map((text) => ({ ...d, text }));
  });
  const passageFuse = new Fuse(passages, opts);
  out.fusePassages200 = {
    entries: passages.length,
    ...latency((q) => passageFuse.search(q), queries),
    recallOf100: recallOf((q) => passageFuse.search(q)),
  };
  const prebuilt = Fuse.createIndex(
    keys.map((k) => k.name),
    docs,
  );
  const parsed = new Fuse(docs, opts, Fuse.parseIndex(prebuilt.toJSON()));
  out.fusePrebuiltIndex = {
    entries: docs.length,
    ...latency((q) => parsed.search(q), queries),
    indexGzipBytes: gz(Buffer.from(JSON.stringify(prebuilt.toJSON()))) + gz(Buffer.from(JSON.stringify(docs))),
  };
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(sep).pop())) {
  if (!existsSync('dist/search-index.json')) throw new Error('build the site first (npx astro build)');
  console.log(
    JSON.stringify(await searchBench('dist', { alternatives: process.argv.includes('--alternatives') }), null, 2),
  );
}
