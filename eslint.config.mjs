// ESLint (flat config): `npm run lint`, part of `npm run check` and `npm test`.
// Syntax-only rules (no type information), so a run over the whole project takes seconds.
// The engine boundary (docs/architecture.md, "One boundary"):
//  - outside simulator/, the engine is imported only through its entries #engine/model, #engine/machines,
//    #engine and #engine/build (package.json "imports"), never a module inside simulator/;
//  - islands (*.tsx) do not import values from #engine/build (Zod and YAML stay at build time);
//  - inside simulator/, nothing imports src/, Astro or Preact, and no engine module imports an entry
//    by its #engine name (that would be a cycle), and only erasable TypeScript (Node strips the types).
// Tests of the engine's internals (test/unit/simulator/) may import its modules directly.
// .astro files: their frontmatter and <script> blocks are checked for the boundary rule only.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ENTRIES =
  '#engine/model (pure), #engine/machines (XState; load it lazily), #engine (both), #engine/author (the builder: parser, checker, share links, packs), #engine/lazy/<module> (one module, for a lazy import()) or #engine/build (the build and the command line)';
const deepEngine = {
  regex: String.raw`^(\./|(\.\./)+)simulator(/(?!.*\.astro$)|$)`, // (pages under src/pages/nl/simulator/ import their English twins: .astro is never the engine)
  message: `Import the engine through its entries: ${ENTRIES}. See docs/architecture.md.`,
};
const buildInIsland = {
  regex: '^#engine/build$',
  allowTypeImports: true,
  message:
    'Browser code must not load #engine/build (the build and the command line: Node built-ins). Import from #engine/model, #engine/machines, or #engine/author for the builder (types may come from anywhere).',
};
const restrict = (...patterns) => ['error', { patterns }];
// no-restricted-imports does not see `import('…')` and `typeof import('…')`: the same rule for those.
const deepSelector = String.raw`/^(\.\/|(\.\.\/)+)simulator(\/|$)/`;
const deepDynamic = [
  'error',
  { selector: `ImportExpression[source.value=${deepSelector}]`, message: deepEngine.message },
  { selector: `TSImportType[argument.literal.value=${deepSelector}]`, message: deepEngine.message },
];

/** Lints the frontmatter and <script> blocks of .astro files, keeping line numbers (for the boundary rule). */
const astroBlocks = {
  meta: { name: 'astro-blocks' },
  processors: {
    astro: {
      preprocess(text) {
        const blocks = [];
        const pad = (index) => '\n'.repeat(text.slice(0, index).split('\n').length - 1);
        const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
        if (fm) blocks.push({ text: pad(fm.index + 4) + fm[1] + '\n', filename: 'frontmatter.ts' });
        for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
          blocks.push({
            text: pad(m.index + m[0].indexOf('>') + 1) + m[1] + '\n',
            filename: `script-${blocks.length}.ts`,
          });
        }
        return blocks;
      },
      postprocess: (messages) => messages.flat(),
      supportsAutofix: false,
    },
  },
};

export default defineConfig(
  {
    ignores: ['dist/**', 'node_modules/**', 'bench/tmp/**', '.astro/**', 'reports/**', 'public/**', 'test-results/**'],
  },
  {
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    ignores: ['**/*.astro/**'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // TypeScript checks these itself (astro check runs strict over the whole project).
      'no-undef': 'off',
      'no-redeclare': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // The vitest config references its types the way Vitest documents.
      '@typescript-eslint/triple-slash-reference': 'off',
      // `let x = null; try { x = … } catch { … }` is the house style for guarded reads.
      'no-useless-assignment': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': restrict(deepEngine),
      'no-restricted-syntax': deepDynamic,
    },
  },
  // Islands ship to the browser.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/content.config.ts', 'src/lib/content/**', 'src/integrations/**', 'src/pages/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(deepEngine, buildInIsland),
      'no-restricted-syntax': [
        ...deepDynamic,
        { selector: "ImportExpression[source.value='#engine/build']", message: buildInIsland.message },
      ],
    },
  },
  // Inside the engine: pure TypeScript, no site code, no UI framework, no self-import through an entry.
  {
    files: ['simulator/**/*.ts'],
    ignores: ['simulator/cli/**'],
    rules: {
      // The engine runs on the command line with Node's type stripping: only erasable TypeScript syntax.
      '@typescript-eslint/parameter-properties': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'No enums in simulator/: Node strips types but cannot run enums (use a const object).',
        },
        {
          selector: 'TSModuleDeclaration[kind="namespace"]',
          message: 'No namespaces in simulator/ (Node cannot strip them).',
        },
      ],
      '@typescript-eslint/no-restricted-imports': restrict(
        {
          regex: String.raw`^(\.\./)+src(/|$)`,
          message: 'simulator/ imports nothing from src/: the engine is pure TypeScript (PRODUCT.md §5).',
        },
        {
          regex: '^(astro|astro:.*|@astrojs/.*|preact|preact/.*)$',
          message: 'simulator/ is pure TypeScript: no Astro, no Preact, no DOM.',
        },
        {
          regex: '^#engine',
          message:
            'Inside the engine, import modules by relative path: an entry imported from a module it re-exports is a cycle.',
        },
      ),
    },
  },
  {
    files: ['simulator/cli/**/*.ts'],
    rules: {
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-restricted-imports': restrict({
        regex: String.raw`^(\.\./)+src(/|$)`,
        message: 'simulator/ imports nothing from src/.',
      }),
    },
  },
  // Tests drive browser and LMS APIs loosely typed.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // The engine's own unit tests may reach its internals.
  {
    files: ['test/unit/simulator/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  // .astro: the boundary rule only (the template uses what the frontmatter declares).
  { files: ['**/*.astro'], plugins: { astro: astroBlocks }, processor: 'astro/astro' },
  {
    files: ['**/*.astro/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { '@typescript-eslint/no-restricted-imports': restrict(deepEngine) },
  },
);
