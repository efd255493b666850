// Lessons link glossary terms as [text](/glossary/#term-id), Dutch lessons as [text](/nl/glossary/#term-id).
// After the build, each such link in a lesson page gets its definition: a tooltip right after the link,
// tied to it with aria-describedby and shown on hover and on keyboard focus by CSS alone (no JavaScript).
// A Dutch page takes the Dutch term (content/nl/glossary/) and, while a term is untranslated, the English
// one marked lang="en". A link to an unknown term fails the build.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { distFiles } from './dist-files.mjs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const escape = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function loadGlossary(dir = './content/glossary') {
  const terms = new Map();
  if (!existsSync(dir)) return terms;
  for (const name of readdirSync(dir)) {
    if (/\.ya?ml$/.test(name)) terms.set(name.replace(/\.ya?ml$/, ''), parse(readFileSync(join(dir, name), 'utf8')));
  }
  return terms;
}

/**
 * Adds the tooltips to one page's HTML; returns the new HTML and the unknown term ids it met. `prefix` is
 * the language's path prefix ('' or '/nl'); `fallback` holds the English terms that stand in (lang="en")
 * for terms the language has not translated yet.
 */
export function addGlossaryTooltips(html, terms, prefix = '', fallback = new Map()) {
  const unknown = [];
  let n = 0;
  const link = new RegExp(`<a href="${prefix}/glossary/#([a-z0-9-]+)"([^>]*)>([\\s\\S]*?)</a>`, 'g');
  const out = html.replace(link, (whole, id, attrs, text) => {
    const own = terms.get(id);
    const term = own ?? fallback.get(id);
    if (!term) {
      unknown.push(id);
      return whole;
    }
    const tip = `gloss-${id}-${++n}`;
    const lang = own ? '' : ' lang="en"';
    return `<a href="${prefix}/glossary/#${id}"${attrs} class="glossary-term" aria-describedby="${tip}">${text}</a><span id="${tip}" role="tooltip" class="glossary-tip"${lang}>${escape(term.term)}: ${escape(term.definition)}</span>`;
  });
  return { html: out, unknown };
}

export default function glossaryTooltips() {
  return {
    name: 'usm-trainer-glossary-tooltips',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const english = loadGlossary();
        const languages = [
          { lessons: join(root, 'lessons'), prefix: '', terms: english, fallback: new Map() },
          {
            lessons: join(root, 'nl', 'lessons'),
            prefix: '/nl',
            terms: loadGlossary('./content/nl/glossary'),
            fallback: english,
          },
        ];
        const problems = [];
        let links = 0;
        for (const { lessons, prefix, terms, fallback } of languages) {
          for (const file of distFiles(lessons, '.html')) {
            const { html, unknown } = addGlossaryTooltips(readFileSync(file, 'utf8'), terms, prefix, fallback);
            links += (html.match(/class="glossary-term"/g) ?? []).length;
            for (const id of unknown) problems.push(`${file}: link to unknown glossary term #${id}`);
            writeFileSync(file, html);
          }
        }
        if (problems.length) throw new Error(problems.join('\n'));
        logger.info(`${links} glossary links given their definitions`);
      },
    },
  };
}
