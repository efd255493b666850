/**
 * The dictionary holds every user-visible string once (issue 14): a key used in src/ but not
 * defined fails, a key defined but used nowhere fails, every language has exactly the English keys (and the
 * same placeholders), and every island's code uses only keys from the areas its page passes it.
 *
 * A key is "used" where its text appears as a string literal in the code. Keys built at run time are
 * recognised by their literal prefix (`sim.mode.${m}` uses every `sim.mode.*` key); the few built from a
 * variable are listed in DYNAMIC below with the file that builds them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areas, en } from '../../../src/i18n/en.ts';
import { DICTIONARIES } from '../../../src/i18n/dictionaries.ts';
import { ISLAND_AREAS } from '../../../src/i18n/islands.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const KEYS = new Set(Object.keys(en));
/** The first segments of the keys: a literal starting with one of them and a dot is taken as a key. */
const HEADS = new Set([...KEYS].map((k) => k.split('.')[0]!));

/** Keys built from a variable rather than a literal prefix: file → the prefixes it completes. */
const DYNAMIC: Record<string, string[]> = {
  // plural(t, 'exam.time.minutes', n) → exam.time.minutes.one / .other
  'src/lib/exam.ts': [
    'exam.time.hours.',
    'exam.time.minutes.',
    'exam.time.seconds.',
    'exam.confirm.flagged',
    'exam.confirm.unanswered',
  ],
};

/** Files whose strings are the dictionaries themselves. */
const DICTIONARY_FILES = /^src\/i18n\/[a-z]{2}\.ts$/;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return /\.(ts|tsx|astro|mjs)$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

interface Uses {
  exact: Set<string>;
  prefixes: Set<string>;
  suspicious: Set<string>;
}

/** The keys a file's text uses: exact literals, literal prefixes of template strings, and literals that look like keys but are not. */
function usesIn(path: string): Uses {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const uses: Uses = { exact: new Set(), prefixes: new Set(DYNAMIC[path] ?? []), suspicious: new Set() };
  // A quote, a key-shaped text, then the same quote (a key) or `${` (a prefix completed at run time).
  for (const m of text.matchAll(/(['"`])([a-zA-Z]+\.[a-zA-Z0-9.-]*)(['"`]|\$\{)/g)) {
    const [, open, s, close] = m as unknown as [string, string, string, string];
    if (!HEADS.has(s.split('.')[0]!)) continue;
    if (close === '${' && open === '`') uses.prefixes.add(s);
    else if (close !== open) continue;
    else if (KEYS.has(s)) uses.exact.add(s);
    else if (!uses.prefixes.has(`${s}.`)) uses.suspicious.add(s);
  }
  return uses;
}

// simulator/ holds no dictionary keys: it returns message codes, whose words are the `engine` area. That area
// is checked against the codes by test/unit/simulator/messages.test.ts (every code has words, every entry is a
// code's), so it is left out here.
const SOURCES = files('src').filter((f) => !DICTIONARY_FILES.test(f));
const ENGINE_AREA = new Set(Object.keys(areas.engine));
const USES = new Map(SOURCES.map((f) => [f, usesIn(f)] as const));
const covered = (key: string, u: Uses) => u.exact.has(key) || [...u.prefixes].some((p) => key.startsWith(p));

describe('the dictionary', () => {
  it('defines every key the code uses', () => {
    const missing: string[] = [];
    for (const [file, u] of USES) {
      for (const s of u.suspicious) missing.push(`${file}: '${s}' is not in src/i18n/en.ts`);
      for (const p of u.prefixes)
        if (![...KEYS].some((k) => k.startsWith(p))) missing.push(`${file}: no key starts with '${p}'`);
    }
    expect(missing).toEqual([]);
  });

  it('has no key that nothing uses', () => {
    const unused = [...KEYS].filter((k) => !ENGINE_AREA.has(k) && ![...USES.values()].some((u) => covered(k, u)));
    expect(unused).toEqual([]);
  });

  it('has the same keys and placeholders in every language', () => {
    const placeholders = (s: string) =>
      [...s.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join(',');
    for (const [lang, dict] of Object.entries(DICTIONARIES)) {
      const keys = Object.keys(dict!);
      expect(
        keys.filter((k) => !KEYS.has(k)),
        `${lang}: keys not in en.ts`,
      ).toEqual([]);
      expect(
        [...KEYS].filter((k) => !keys.includes(k)),
        `${lang}: keys missing`,
      ).toEqual([]);
      const differ = keys.filter(
        (k) => placeholders(dict![k as keyof typeof en]) !== placeholders(en[k as keyof typeof en]),
      );
      expect(differ, `${lang}: placeholders differ from en.ts`).toEqual([]);
    }
  });

  it('puts each key in exactly one area', () => {
    const counts = Object.values(areas).flatMap((a) => Object.keys(a));
    expect(counts.length).toBe(KEYS.size);
  });
});

/** The files an entry reaches through relative static and dynamic imports (inside src/ and simulator/). */
function reach(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const text = readFileSync(join(ROOT, f), 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
      if (/^import type|^export type/.test(m[0])) continue;
      const target = relative(ROOT, resolve(dirname(join(ROOT, f)), m[1] ?? m[2]!));
      if (USES.has(target)) todo.push(target);
    }
  }
  return [...seen];
}

const ISLAND_ENTRIES: Record<string, string[]> = { LmsPlayer: ['src/lms/player/calls.tsx', 'src/lms/player/exam.tsx'] };
const islandFile = (name: string) => SOURCES.find((f) => f.startsWith('src/components/') && f.endsWith(`/${name}.tsx`));

describe('each island', () => {
  for (const [island, names] of Object.entries(ISLAND_AREAS)) {
    it(`${island} uses only keys of the areas its page passes (${names.join(', ')})`, () => {
      const entries = ISLAND_ENTRIES[island] ?? [islandFile(island)!];
      expect(entries.every(Boolean), `no file for ${island}`).toBe(true);
      const allowed = new Set(names.flatMap((n) => Object.keys(areas[n])));
      const outside: string[] = [];
      for (const f of entries.flatMap(reach)) {
        const u = USES.get(f)!;
        for (const k of KEYS) if (covered(k, u) && !allowed.has(k)) outside.push(`${f}: ${k}`);
      }
      expect(outside).toEqual([]);
    });
  }
});
