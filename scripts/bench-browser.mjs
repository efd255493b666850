// Measuring a built site in Chromium: serve it with `astro preview`, count the JavaScript a page loads (gzip),
// and run Lighthouse. Used by `npm run bench` (scripts/bench.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, TMP, env } from './bench-sites.mjs';

export const CHROME = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

export function serve(dir, port) {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dir, env, stdio: 'ignore' },
  );
  return child;
}

export async function waitFor(url) {
  // Up to a minute: on a busy shared machine `astro preview` can take longer than 20 s to listen.
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

/** gzip bytes of the scripts a page requests while loading (no scrolling, no interaction). */
export async function pageJs(browser, base, dist, path) {
  const page = await browser.newPage();
  const scripts = new Set();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  const inline = [];
  await page.goto(base + path, { waitUntil: 'networkidle' });
  for (const s of await page.$$eval('script:not([src])', (els) => els.map((e) => e.textContent ?? '')))
    if (s.trim() && !s.trim().startsWith('{')) inline.push(s);
  await page.close();
  let external = 0;
  for (const p of scripts) {
    const file = join(dist, p);
    if (existsSync(file)) external += gz(readFileSync(file));
  }
  const inlineGz = inline.reduce((n, s) => n + gz(Buffer.from(s)), 0);
  return {
    path,
    files: scripts.size,
    scripts: [...scripts].sort(),
    externalGzip: external,
    inlineGzip: inlineGz,
    totalGzip: external + inlineGz,
  };
}

export function lighthouse(url) {
  const out = join(TMP, `lh-${Buffer.from(url).toString('base64url')}.json`);
  const r = spawnSync(
    'npx',
    [
      '-y',
      'lighthouse@13.5.0',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`,
    ],
    { env: { ...env, ...(CHROME ? { CHROME_PATH: CHROME } : {}) }, encoding: 'utf8', timeout: 180_000 },
  );
  if (r.status !== 0 || !existsSync(out))
    return { error: (r.stderr || r.stdout || 'lighthouse failed').split('\n').slice(-3).join(' ') };
  const cats = JSON.parse(readFileSync(out, 'utf8')).categories;
  return Object.fromEntries(Object.entries(cats).map(([k, v]) => [k, v.score]));
}
