// `npm run bench`: builds the site and reports, in bench/results.json and as a table, the build time and
// the JavaScript each page kind loads (gzip bytes of every script the page fetches at load, following
// static imports; lazy imports are excluded because they load only on use).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const PAGE_KINDS = {
  home: '/',
  lesson: '/lessons/processes/recover/',
  simulator: '/simulator/mining-telemetry-outage/',
  exam: '/exam/',
  assessment: '/assessment/',
};

const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  encoding: 'utf8',
});
const buildSeconds = +((performance.now() - started) / 1000).toFixed(2);
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function scriptClosure(entryUrls) {
  const seen = new Set();
  const queue = [...entryUrls];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    const file = join(DIST, url);
    if (!existsSync(file)) continue;
    seen.add(url);
    const code = readFileSync(file, 'utf8');
    // static imports only: `import … from "./x.js"` and `import "./x.js"` (not `import("./x.js")`)
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(posix.join(posix.dirname(url), m[1]));
    }
  }
  return [...seen];
}

function pageJs(path) {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  const entries = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="(\/[^"]+\.js)"/g)) entries.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="(\/[^"]+\.js)"/g)) entries.add(m[1]);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="(\/[^"]+\.js)"/g)) entries.add(m[1]);
  let inlineGzip = 0;
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) if (m[1].trim()) inlineGzip += gz(Buffer.from(m[1]));
  const files = scriptClosure(entries);
  const externalGzip = files.reduce((sum, f) => sum + gz(readFileSync(join(DIST, f))), 0);
  return { path, files: files.length, externalGzip, inlineGzip, totalGzip: externalGzip + inlineGzip };
}

const javascript = Object.fromEntries(Object.entries(PAGE_KINDS).map(([kind, path]) => [kind, pageJs(path)]));
const results = { measuredAt: new Date().toISOString(), node: process.version, buildSeconds, javascript };
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

console.log(`build: ${buildSeconds} s`);
console.table(Object.fromEntries(Object.entries(javascript).map(([k, v]) => [k, v ? { path: v.path, files: v.files, 'external gz B': v.externalGzip, 'inline gz B': v.inlineGzip, 'total gz B': v.totalGzip } : { path: PAGE_KINDS[k], files: '—', 'total gz B': 'page not built yet' }])));
console.log('written to bench/results.json');
