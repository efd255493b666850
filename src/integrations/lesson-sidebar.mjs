// Builds Starlight's sidebar from the lessons' own frontmatter (`module`, `order`, `title`), so a
// lesson's place in the course is written once, in the lesson. On Dutch pages a lesson is labelled with
// the title of its Dutch mirror (content/nl/lessons/<module>/<slug>.mdx) when there is one, and a module
// with its Dutch name; Starlight picks the `translations` entry of the page's language.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

function frontmatter(file) {
  const text = readFileSync(file, 'utf8');
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return fm ? (parse(fm[1]) ?? {}) : {};
}

const isFile = (p) => statSync(p, { throwIfNoEntry: false })?.isFile() === true;

export function lessonSidebar(modules, titlesNl = {}, base = './content/lessons', baseNl = './content/nl/lessons') {
  return modules
    .map((m) => {
      const dir = join(base, m.id);
      const files = statSync(dir, { throwIfNoEntry: false })?.isDirectory()
        ? readdirSync(dir).filter((f) => /^[^_].*\.mdx?$/.test(f))
        : [];
      const items = files
        .map((f) => {
          const data = frontmatter(join(dir, f));
          const nlFile = join(baseNl, m.id, f);
          const nlTitle = isFile(nlFile) ? frontmatter(nlFile).title : undefined;
          return {
            label: String(data.title ?? f),
            ...(nlTitle ? { translations: { nl: String(nlTitle) } } : {}),
            order: Number(data.order ?? 999),
            link: `/lessons/${m.id}/${f.replace(/\.mdx?$/, '')}/`,
          };
        })
        .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label))
        .map(({ order: _order, ...item }) => item);
      const group = { label: m.title, collapsed: false, items };
      return titlesNl[m.id] ? { ...group, translations: { nl: titlesNl[m.id] } } : group;
    })
    .filter((g) => g.items.length > 0);
}
