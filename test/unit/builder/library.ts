/** The library's scenario files, for the builder's tests. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function scenarioFiles(dir = join(import.meta.dirname, '../../../content/scenarios')): string[] {
  return readdirSync(dir)
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? scenarioFiles(p) : n.endsWith('.yaml') ? [p] : [];
    })
    .sort();
}
