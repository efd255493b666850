// The sites `npm run bench` builds: the project itself, a copy with ten times the scenarios and questions, and a
// plain Starlight baseline (both in bench/tmp/, never committed), each built and timed with the project's Astro.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

export const ROOT = resolve('.');
export const TMP = join(ROOT, 'bench/tmp');
export const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const astro = (cwd, ...args) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });

export function timedBuild(cwd) {
  const t = performance.now();
  const r = astro(cwd, 'build');
  if (r.status !== 0) throw new Error(`build failed in ${cwd}:\n${r.stdout}\n${r.stderr}`);
  return +((performance.now() - t) / 1000).toFixed(2);
}

/** A copy of the project with scenarios and questions multiplied tenfold (node_modules linked). */
export function makeTenfold() {
  const dir = join(TMP, 'tenfold');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of [
    'src',
    'simulator',
    'content',
    'quizzes',
    'public',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ])
    cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  // English and its Dutch twin alike: the Dutch edition is declared complete, so every copy needs its translation.
  for (const root of ['content/scenarios', 'content/nl/scenarios']) {
    const scenarioRoot = join(dir, root);
    for (const domain of readdirSync(scenarioRoot)) {
      for (const file of readdirSync(join(scenarioRoot, domain))) {
        const data = parse(readFileSync(join(scenarioRoot, domain, file), 'utf8'));
        for (let n = 2; n <= 10; n++)
          writeFileSync(
            join(scenarioRoot, domain, `${data.id}-x${n}.yaml`),
            stringify({ ...data, id: `${data.id}-x${n}`, title: `${data.title} (${n})` }),
          );
      }
    }
  }
  // Each copy in a file of its own: a content file may not exceed the checker's size limit (simulator/yaml.ts).
  for (const root of ['quizzes', 'content/nl/quizzes']) {
    for (const file of readdirSync(join(dir, root)).filter((f) => /\.ya?ml$/.test(f))) {
      const items = parse(readFileSync(join(dir, root, file), 'utf8'));
      for (let n = 2; n <= 10; n++) {
        const copy = items.map((q) => ({ ...q, id: `${q.id}-x${n}`, stem: `${q.stem} (${n})` }));
        // A folder per copy: the file's name is its topic.
        mkdirSync(join(dir, root, `x${n}`), { recursive: true });
        writeFileSync(join(dir, root, `x${n}`, file), stringify(copy));
      }
    }
  }
  return dir;
}

/** A minimal Starlight site with one page and no project code: the reference for lesson JS. */
export function makeBaseline() {
  const dir = join(TMP, 'starlight-baseline');
  rmSync(dir, { recursive: true, force: true });
  // bench/tmp is inside the project, so packages resolve from the project's node_modules without a link.
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  const deps = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies;
  // Astro bundles (rather than externalises) the packages a site depends on: list them as the site's own.
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'starlight-baseline',
      type: 'module',
      private: true,
      dependencies: { astro: deps.astro, '@astrojs/starlight': deps['@astrojs/starlight'] },
    }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Baseline' })] });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const body = readFileSync(join(ROOT, 'content/lessons/processes/recover.mdx'), 'utf8')
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[A-Z][^>]*\/>/g, '');
  writeFileSync(
    join(dir, 'src/content/docs/page.md'),
    `---\ntitle: Recover\ndescription: A plain Starlight page.\n---\n${body}`,
  );
  return dir;
}
