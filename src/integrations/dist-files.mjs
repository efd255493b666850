// Lists the files of a built site, for the post-build integrations (CSP, glossary tooltips, service worker).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, recursively; with `ext`, only those whose name ends with it. */
export function distFiles(dir, ext = '') {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...distFiles(p, ext));
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}
