// After the build, write the search index: the lesson sections read from the built lesson pages (every
// word a learner can read there, as Pagefind would see it) plus the terms, scenarios and questions that
// src/pages/search-data.json.ts took from the content collections. Writes dist/search-index.json and the
// snippet fragments dist/search/<hash>-<n>.json; runs before the service worker so both are precached.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKFLOWS } from '#engine/model';
import { workflowName } from '#engine/lazy/step-grade';
import { buildIndex, docProblems } from '../lib/search-build.ts';
import { pageSections } from '../lib/search-html.ts';
import { distFiles } from './dist-files.mjs';

/**
 * One document per lesson section; the part before the first heading belongs to the page itself. `prefix`
 * is the language's folder ('' for English, 'nl' for Dutch): each language's index holds its own lessons.
 */
export function lessonDocs(root, prefix = '') {
  const docs = [];
  for (const file of distFiles(join(root, prefix, 'lessons'), 'index.html').sort()) {
    const url =
      '/' +
      relative(root, file)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, '');
    const page = pageSections(readFileSync(file, 'utf8'));
    for (const s of page.sections) {
      docs.push(
        s.anchor
          ? {
              kind: 'lesson',
              title: `${page.title} › ${s.heading}`,
              head: s.heading,
              keys: [],
              url: `${url}#${s.anchor}`,
              text: s.text,
            }
          : { kind: 'lesson', title: page.title, head: page.title, keys: [], url, text: s.text },
      );
    }
  }
  return docs;
}

export default function searchIndex() {
  return {
    name: 'usm-trainer-search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // One index per language: /search-index.json (English) and /nl/search-index.json (Dutch).
        for (const { prefix, workflowNames } of [
          { prefix: '', workflowNames: WORKFLOWS.map((w) => w.name) },
          { prefix: 'nl', workflowNames: WORKFLOWS.map((w) => workflowName(w.number, 'nl')) },
        ]) {
          const root = join(dist, prefix);
          const dataFile = join(root, 'search-data.json');
          const docs = [...lessonDocs(dist, prefix), ...JSON.parse(readFileSync(dataFile, 'utf8'))];
          rmSync(dataFile);
          const problems = docProblems(docs);
          if (problems.length) throw new Error(problems.join('\n'));
          const { index, fragments } = buildIndex(docs, workflowNames);
          const out = join(root, 'search');
          rmSync(out, { recursive: true, force: true });
          mkdirSync(out, { recursive: true });
          writeFileSync(join(root, 'search-index.json'), JSON.stringify(index));
          fragments.forEach((f, n) => writeFileSync(join(out, `${index.fragments}-${n}.json`), JSON.stringify(f)));
          logger.info(
            `search index${prefix ? ` (${prefix})` : ''}: ${docs.length} documents, ${index.stop.length} stop words, ${fragments.length} fragment files`,
          );
        }
      },
    },
  };
}
