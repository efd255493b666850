/**
 * Build time only: bundles the package player (src/lms/player/exam.tsx or calls.tsx, with Preact) into one
 * minified script with Vite's build API, once per kind and language per build. It is not part of the site's
 * pages, so their JavaScript budgets are untouched. The player's strings module (src/lms/strings.ts) is
 * replaced by the language's strings as data, so the bundle carries that language's player areas and no
 * dictionary.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Lang } from '../../i18n/keys.ts';
import { lmsStringsModule } from '../strings.ts';

export interface PlayerBundle {
  js: string;
  /** The stylesheets the player's components import (the board's), to follow player.css in style.css. */
  css: string;
}

const cached = new Map<string, Promise<PlayerBundle>>();

export function projectRoot(): string {
  // The endpoint runs from a bundled chunk in dist/ at build time, so find the root from the working directory.
  return process.cwd();
}

/** Serves src/lms/strings.ts to the bundler as the one language's strings (`lmsStringsModule`). */
function playerStrings(root: string, lang: Lang): Plugin {
  const file = join(root, 'src/lms/strings.ts');
  return {
    name: 'usm-lms-player-strings',
    enforce: 'pre',
    load: (id) => (id.split('?')[0] === file ? lmsStringsModule(lang) : null),
  };
}

/** The player script for a package kind: the exam's has no engine; the calls' carries the call machine. */
export function bundlePlayer(
  kind: 'exam' | 'calls',
  root: string = projectRoot(),
  lang: Lang = 'en',
): Promise<PlayerBundle> {
  const key = `${kind}:${lang}`;
  const hit = cached.get(key);
  if (hit) return hit;
  const job = (async () => {
    const { build } = await import('vite');
    const out = await build({
      configFile: false,
      root,
      logLevel: 'warn',
      plugins: [playerStrings(root, lang)],
      mode: 'production',
      define: { 'import.meta.env.DEV': 'false', 'process.env.NODE_ENV': '"production"' },
      oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        sourcemap: false,
        lib: {
          entry: join(root, `src/lms/player/${kind}.tsx`),
          formats: ['iife'],
          name: 'UsmLmsPlayer',
          fileName: () => 'player.js',
        },
      },
    });
    const outputs = (Array.isArray(out) ? out : [out]) as {
      output: { type: string; code?: string; source?: string | Uint8Array; fileName: string }[];
    }[];
    const files = outputs.flatMap((o) => o.output);
    const chunk = files.find((c) => c.type === 'chunk' && c.code);
    if (!chunk?.code) throw new Error('bundling the LMS player produced no script');
    const css = files
      .filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'))
      .map((f) => (typeof f.source === 'string' ? f.source : new TextDecoder().decode(f.source)))
      .join('\n');
    return { js: chunk.code, css };
  })();
  cached.set(key, job);
  return job;
}
