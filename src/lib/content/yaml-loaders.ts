/**
 * Astro content loaders for the YAML content: scenarios and question banks. They run the same parsers
 * as the command-line checker, so a broken file fails the build naming the file and the field.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseScenario, parseQuestionFile, QuestionnaireSchema, ShiftSchema, friendlyIssues, readYaml } from '#engine/build';

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name)) out.push(p);
    }
  };
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  return out;
}

export class ContentError extends Error {
  constructor(lines: string[]) {
    super(`Invalid content:\n  ${lines.join('\n  ')}`);
    this.name = 'ContentError';
  }
}

export function scenarioLoader(base: string): Loader {
  return {
    name: 'usm-scenario-loader',
    load: async ({ store, parseData, watcher }) => {
      const problems: string[] = [];
      store.clear();
      const seen = new Map<string, string>();
      for (const file of yamlFiles(base)) {
        const shown = relative(process.cwd(), file);
        const result = parseScenario(readFileSync(file, 'utf8'), file);
        if (!result.ok) {
          for (const e of result.errors) problems.push(`${shown}: ${e.path}: ${e.message}`);
          continue;
        }
        const id = result.scenario.id;
        if (seen.has(id)) {
          problems.push(`${shown}: id: "${id}" is already used by ${seen.get(id)}`);
          continue;
        }
        seen.set(id, shown);
        const data = await parseData({ id, data: { ...result.scenario, file: shown } as Record<string, unknown> });
        store.set({ id, data, filePath: shown });
      }
      watcher?.add(base);
      if (problems.length) throw new ContentError(problems);
    },
  };
}

export function questionLoader(base: string): Loader {
  return {
    name: 'usm-question-loader',
    load: async ({ store, parseData, watcher }) => {
      const problems: string[] = [];
      store.clear();
      const seen = new Map<string, string>();
      for (const file of yamlFiles(base)) {
        const shown = relative(process.cwd(), file);
        const result = parseQuestionFile(readFileSync(file, 'utf8'), file);
        if (!result.ok) for (const e of result.errors) problems.push(`${shown}: ${e.path}: ${e.message}`);
        for (const q of result.questions) {
          if (seen.has(q.id)) {
            problems.push(`${shown}: id: "${q.id}" is already used in ${seen.get(q.id)}`);
            continue;
          }
          seen.set(q.id, shown);
          const data = await parseData({ id: q.id, data: q as unknown as Record<string, unknown> });
          store.set({ id: q.id, data, filePath: shown });
        }
      }
      watcher?.add(base);
      if (problems.length) throw new ContentError(problems);
    },
  };
}

/** The maturity questionnaire(s): content/maturity/*.yaml, one questionnaire per file. */
export function questionnaireLoader(base: string): Loader {
  return schemaLoader(base, 'usm-questionnaire-loader', QuestionnaireSchema);
}

/** Shift campaigns: content/shifts/<id>.yaml. */
export function shiftLoader(base: string): Loader {
  return schemaLoader(base, 'usm-shift-loader', ShiftSchema);
}

function schemaLoader(base: string, name: string, schema: typeof QuestionnaireSchema | typeof ShiftSchema): Loader {
  return {
    name,
    load: async ({ store, parseData, watcher }) => {
      const problems: string[] = [];
      store.clear();
      for (const file of yamlFiles(base)) {
        const shown = relative(process.cwd(), file);
        const yaml = readYaml(readFileSync(file, 'utf8'));
        if (!yaml.ok) {
          for (const e of yaml.errors) problems.push(`${shown}: ${e.path}: ${e.message}`);
          continue;
        }
        const r = schema.safeParse(yaml.data, { reportInput: true });
        if (!r.success) {
          for (const e of friendlyIssues(r.error)) problems.push(`${shown}: ${e.path}: ${e.message}`);
          continue;
        }
        const data = await parseData({ id: r.data.id, data: r.data as unknown as Record<string, unknown> });
        store.set({ id: r.data.id, data, filePath: shown });
      }
      watcher?.add(base);
      if (problems.length) throw new ContentError(problems);
    },
  };
}
