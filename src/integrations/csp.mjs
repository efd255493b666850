// After the build, give every page a Content-Security-Policy that allows only the site itself:
// scripts from our own origin plus the exact inline scripts each page contains (by SHA-256 hash).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { distFiles } from './dist-files.mjs';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

export function cspFor(html) {
  const hashes = new Set();
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/type=["']?application\/(ld\+)?json/i.test(attrs)) continue;
    if (body.length === 0) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [
    "default-src 'self'",
    `script-src 'self' ${[...hashes].join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export default function csp() {
  return {
    name: 'usm-trainer-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let n = 0;
        for (const file of distFiles(root, '.html')) {
          const html = readFileSync(file, 'utf8');
          const meta = `<meta http-equiv="Content-Security-Policy" content="${cspFor(html)}">`;
          writeFileSync(file, html.replace(/<head>/i, `<head>${meta}`));
          n++;
        }
        logger.info(`Content-Security-Policy added to ${n} pages`);
      },
    },
  };
}
