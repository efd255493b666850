/**
 * `npm run scenarios:check -- <file-or-folder>...`
 * Validates scenario files and prints one line per problem as `<file>: <field>: <message>`.
 * Exits 1 when any file is invalid, 2 when no scenario file was found.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseScenario } from '../scenario.ts';

function collect(target: string, out: string[]): void {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${target}: no such file or folder`);
  if (stat.isDirectory()) {
    for (const name of readdirSync(target).sort()) {
      const child = join(target, name);
      if (statSync(child).isDirectory() || /\.ya?ml$/i.test(name)) collect(child, out);
    }
  } else {
    out.push(target);
  }
}

export function checkScenarioFiles(targets: readonly string[]): { lines: string[]; files: number; invalid: number; ids: Map<string, string> } {
  const files: string[] = [];
  for (const t of targets) collect(t, files);
  const lines: string[] = [];
  const ids = new Map<string, string>();
  let invalid = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    const result = parseScenario(readFileSync(file, 'utf8'), file);
    if (!result.ok) {
      invalid++;
      for (const e of result.errors) lines.push(`${shown}: ${e.path}: ${e.message}`);
      continue;
    }
    const other = ids.get(result.scenario.id);
    if (other) {
      invalid++;
      lines.push(`${shown}: id: "${result.scenario.id}" is already used by ${other}; ids must be unique`);
    } else ids.set(result.scenario.id, shown);
  }
  return { lines, files: files.length, invalid, ids };
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop() ?? '');
if (isMain) {
  const targets = process.argv.slice(2);
  if (targets.length === 0) {
    console.error('usage: npm run scenarios:check -- <file-or-folder>...');
    process.exit(2);
  }
  try {
    const { lines, files, invalid } = checkScenarioFiles(targets);
    for (const line of lines) console.log(line);
    if (files === 0) {
      console.error('no scenario files (*.yaml) found');
      process.exit(2);
    }
    console.error(`${files} scenario file(s) checked, ${invalid} invalid`);
    process.exit(invalid > 0 ? 1 : 0);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
}
