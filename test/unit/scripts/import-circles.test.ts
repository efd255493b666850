/**
 * The house rule "0 import circles" (as `npx madge --circular --extensions ts,tsx simulator src` checks it):
 * no module of the engine or the site reaches itself through its imports, static, dynamic or type-only.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const ALIASES: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).imports;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The project files a module imports (relative paths and the `#engine` aliases; packages are left out). */
export function importsOf(file: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.flatMap((s) => {
    const target = s.startsWith('.') ? resolve(dirname(file), s) : ALIASES[s] ? join(ROOT, ALIASES[s]) : null;
    return target && existsSync(target) ? [target] : [];
  });
}

/** Every cycle in a graph, each once, as the list of its modules. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('import circles', () => {
  it('finds a circle where there is one, through a dynamic import too', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
    expect(importsOf(join(ROOT, 'src/x.ts'), "const m = import('../simulator/model.ts');")).toEqual([
      join(ROOT, 'simulator/model.ts'),
    ]);
  });

  it('there is none in simulator/ and src/', () => {
    const all = [...files(join(ROOT, 'simulator')), ...files(join(ROOT, 'src'))];
    const graph = new Map(all.map((f) => [f, importsOf(f, readFileSync(f, 'utf8'))]));
    const names = cycles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(' > '));
    expect(graph.size).toBeGreaterThan(200);
    expect(names).toEqual([]);
  });
});
