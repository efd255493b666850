// After the build, write dist/sw.js: a service worker that precaches the whole built site (except the
// LMS export files), so that after a first visit every page works with the network off. The cache
// name is a hash of the files, so a new deployment installs a new cache and the page offers to reload.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { distFiles } from './dist-files.mjs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXCLUDE = [/^(\/nl)?\/export\/(gift|qti|qti12|moodle|lms)\//, /^\/sw\.js$/, /^\/sitemap/];

/** The URLs to precache for a built site in `root`, and a version hash of their contents. */
export function precacheList(root) {
  const hash = createHash('sha256');
  const urls = [];
  for (const file of distFiles(root).sort()) {
    const path = '/' + relative(root, file).split(sep).join('/');
    if (EXCLUDE.some((re) => re.test(path))) continue;
    hash.update(path).update(readFileSync(file));
    urls.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
  }
  return { urls, version: hash.digest('hex').slice(0, 12) };
}

export function serviceWorkerSource({ urls, version }) {
  return `// Generated at build time by src/integrations/service-worker.mjs.
const CACHE = 'usm-trainer-${version}';
const PRECACHE = ${JSON.stringify(urls)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('usm-trainer-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = (await cache.match(event.request, { ignoreSearch: true, ignoreVary: true })) || (url.pathname.endsWith('/') ? undefined : await cache.match(url.pathname + '/', { ignoreVary: true }));
      if (hit) return hit;
      try {
        return await fetch(event.request);
      } catch (err) {
        const fallback = await cache.match('/404.html');
        if (fallback) return fallback;
        throw err;
      }
    }),
  );
});
`;
}

export default function serviceWorker() {
  return {
    name: 'usm-trainer-service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const list = precacheList(root);
        writeFileSync(join(root, 'sw.js'), serviceWorkerSource(list));
        logger.info(`service worker precaches ${list.urls.length} files (version ${list.version})`);
      },
    },
  };
}
