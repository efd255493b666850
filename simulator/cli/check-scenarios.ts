/**
 * `npm run scenarios:check -- <file-or-folder>...`
 * Validates scenario files and prints one line per problem as `<file>: <field>: <message>`.
 * Every file is checked, even after one that fails hard (a YAML bomb, bad UTF-8, a huge file).
 * Exits 1 when any file is invalid, 2 when a path does not exist or no scenario file was found.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScenarioText } from '../scenario-check.ts';
import { decodeUtf8, MAX_CONTENT_FILE_BYTES } from '../yaml.ts';

function collect(target: string, out: string[], missing: string[]): void {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return void missing.push(target);
  if (stat.isDirectory()) {
    for (const name of readdirSync(target).sort()) {
      const child = join(target, name);
      if (statSync(child, { throwIfNoEntry: false })?.isDirectory() || /\.ya?ml$/i.test(name))
        collect(child, out, missing);
    }
  } else {
    out.push(target);
  }
}

/** The lesson slugs of the course (file names under content/lessons), which scenarios may point to. */
export function lessonSlugs(root = fileURLToPath(new URL('../../content/lessons', import.meta.url))): Set<string> {
  const slugs = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?$/.test(name) && !name.startsWith('_')) slugs.add(name.replace(/\.mdx?$/, ''));
    }
  };
  if (statSync(root, { throwIfNoEntry: false })?.isDirectory()) walk(root);
  return slugs;
}

type Problem = { path: string; message: string };

/** Reads and checks one file; never throws (a failure of the reader itself becomes a problem line). */
function checkFile(file: string, lessons: ReadonlySet<string>): { problems: Problem[]; id?: string } {
  try {
    const size = statSync(file).size;
    if (size > MAX_CONTENT_FILE_BYTES)
      return {
        problems: [
          {
            path: '(file)',
            message: `is ${Math.ceil(size / 1024)} kB; a scenario file may be at most ${MAX_CONTENT_FILE_BYTES / 1024} kB`,
          },
        ],
      };
    const text = decodeUtf8(readFileSync(file));
    if (!text.ok) return { problems: text.errors };
    // The same check as the builder (simulator/scenario-check.ts): one code path, the same messages.
    const { problems, scenario } = checkScenarioText(text.text, file, lessons);
    return { problems, id: scenario?.id };
  } catch (err) {
    return {
      problems: [
        {
          path: '(file)',
          message: `could not be read: ${String((err as Error)?.message ?? err)
            .split('\n')[0]!
            .slice(0, 120)}`,
        },
      ],
    };
  }
}

export function checkScenarioFiles(
  targets: readonly string[],
  lessons: ReadonlySet<string> = lessonSlugs(),
): { lines: string[]; files: number; invalid: number; ids: Map<string, string>; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const t of targets) collect(t, files, missing);
  const lines: string[] = [];
  const ids = new Map<string, string>();
  let invalid = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    const { problems, id } = checkFile(file, lessons);
    for (const e of problems) lines.push(`${shown}: ${e.path}: ${e.message}`);
    if (problems.length > 0) {
      invalid++;
      continue;
    }
    const other = ids.get(id!);
    if (other) {
      invalid++;
      lines.push(`${shown}: id: "${id}" is already used by ${other}; ids must be unique`);
    } else ids.set(id!, shown);
  }
  return { lines, files: files.length, invalid, ids, missing };
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop() ?? '');
if (isMain) {
  const targets = process.argv.slice(2);
  if (targets.length === 0) {
    console.error('usage: npm run scenarios:check -- <file-or-folder>...');
    process.exit(2);
  }
  const { lines, files, invalid, missing } = checkScenarioFiles(targets);
  for (const line of lines) console.log(line);
  for (const m of missing) console.error(`${m}: no such file or folder`);
  if (files === 0) console.error('no scenario files (*.yaml) found');
  else console.error(`${files} scenario file(s) checked, ${invalid} invalid`);
  process.exit(missing.length > 0 || files === 0 ? 2 : invalid > 0 ? 1 : 0);
}
