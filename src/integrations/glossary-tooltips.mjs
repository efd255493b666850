// Lessons link glossary terms as [text](/glossary/#term-id). After the build, each such link in a lesson
// page gets its definition: a tooltip right after the link, tied to it with aria-describedby and shown
// on hover and on keyboard focus by CSS alone (no JavaScript). A link to an unknown term fails the build.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { distFiles } from './dist-files.mjs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function loadGlossary(dir = './content/glossary') {
  const terms = new Map();
  for (const name of readdirSync(dir)) {
    if (/\.ya?ml$/.test(name)) terms.set(name.replace(/\.ya?ml$/, ''), parse(readFileSync(join(dir, name), 'utf8')));
  }
  return terms;
}

/** Adds the tooltips to one page's HTML; returns the new HTML and the unknown term ids it met. */
export function addGlossaryTooltips(html, terms) {
  const unknown = [];
  let n = 0;
  const out = html.replace(/<a href="\/glossary\/#([a-z0-9-]+)"([^>]*)>([\s\S]*?)<\/a>/g, (whole, id, attrs, text) => {
    const term = terms.get(id);
    if (!term) {
      unknown.push(id);
      return whole;
    }
    const tip = `gloss-${id}-${++n}`;
    return `<a href="/glossary/#${id}"${attrs} class="glossary-term" aria-describedby="${tip}">${text}</a><span id="${tip}" role="tooltip" class="glossary-tip">${escape(term.term)}: ${escape(term.definition)}</span>`;
  });
  return { html: out, unknown };
}


export default function glossaryTooltips() {
  return {
    name: 'usm-trainer-glossary-tooltips',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const lessonsDir = join(fileURLToPath(dir), 'lessons');
        const terms = loadGlossary();
        const problems = [];
        let links = 0;
        for (const file of distFiles(lessonsDir, '.html')) {
          const { html, unknown } = addGlossaryTooltips(readFileSync(file, 'utf8'), terms);
          links += (html.match(/class="glossary-term"/g) ?? []).length;
          for (const id of unknown) problems.push(`${file}: link to unknown glossary term #${id}`);
          writeFileSync(file, html);
        }
        if (problems.length) throw new Error(problems.join('\n'));
        logger.info(`${links} glossary links given their definitions`);
      },
    },
  };
}
