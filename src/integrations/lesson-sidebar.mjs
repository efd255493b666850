// Builds Starlight's sidebar from the lessons' own frontmatter (`module`, `order`, `title`), so a
// lesson's place in the course is written once, in the lesson.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function lessonSidebar(modules, base = './content/lessons') {
  return modules.map((m) => {
    const dir = join(base, m.id);
    const files = statSync(dir, { throwIfNoEntry: false })?.isDirectory()
      ? readdirSync(dir).filter((f) => /^[^_].*\.mdx?$/.test(f))
      : [];
    const items = files
      .map((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
        const data = fm ? parse(fm[1]) ?? {} : {};
        return { label: String(data.title ?? f), order: Number(data.order ?? 999), link: `/lessons/${m.id}/${f.replace(/\.mdx?$/, '')}/` };
      })
      .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label))
      .map(({ label, link }) => ({ label, link }));
    return { label: m.title, collapsed: false, items };
  }).filter((g) => g.items.length > 0);
}
