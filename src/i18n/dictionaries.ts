/**
 * The dictionaries by language, for build-time code only (pages, .astro components, endpoints): an island
 * never imports this file; its page passes it the areas it shows (`islandStrings`).
 */
import { areas, en } from './en.ts';
import { nl } from './nl.ts';
import type { AreaName, Dictionary, Lang, UiKey } from './keys.ts';
import { langOf } from './keys.ts';
import { pack, type Packed } from '../lib/packed.ts';
import { translator, type Strings, type T } from './translate.ts';
import { ENGINE_CODE_PREFIXES, ENGINE_CODES_LEFT_OUT, ISLAND_AREAS, type IslandName } from './islands.ts';

/** Adding a language is one line here (plus its file with the same keys as en.ts). */
export const DICTIONARIES: { readonly [L in Lang]?: Dictionary } = { en, nl };

/** The whole dictionary of a language (English until that language's dictionary exists). */
export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang] ?? en;
}

/** The given areas of a language's dictionary: the keys are the areas' keys, the texts that language's. */
export function areaStrings(lang: Lang, ...names: AreaName[]): Strings {
  const dict = dictionary(lang);
  const out: Partial<Record<UiKey, string>> = {};
  for (const name of names) for (const key of Object.keys(areas[name]) as UiKey[]) out[key] = dict[key];
  return out;
}

/**
 * The strings an island shows: the areas `ISLAND_AREAS` lists, with the engine area narrowed where
 * `ENGINE_CODE_PREFIXES` keeps only some message codes or `ENGINE_CODES_LEFT_OUT` drops some.
 */
export function islandStringTable(lang: Lang, island: IslandName): Strings {
  const strings = areaStrings(lang, ...ISLAND_AREAS[island]);
  const keep = ENGINE_CODE_PREFIXES[island]?.map((p) => `engine.${p}`);
  const drop = ENGINE_CODES_LEFT_OUT[island]?.map((group) => `engine.${group}.`) ?? [];
  if (!keep && drop.length === 0) return strings;
  const shown = (key: string) =>
    !Object.hasOwn(areas.engine, key) ||
    ((!keep || keep.some((p) => key.startsWith(p))) && !drop.some((p) => key.startsWith(p)));
  return Object.fromEntries(Object.entries(strings).filter(([key]) => shown(key)));
}

/** What a page passes an island: its language and its strings (`islandStringTable`), packed (src/lib/packed.ts). */
export function islandStrings(lang: Lang, island: IslandName): { lang: Lang; strings: Packed<Strings> } {
  return { lang, strings: pack(islandStringTable(lang, island)) };
}

/** A translator over a language's whole dictionary, for build-time components and pages. */
export function tFor(lang: Lang): T {
  return translator(dictionary(lang));
}

/** A page's language and translator, from its URL: every page and .astro component goes through this. */
export function pageI18n(astro: { url: URL }): { lang: Lang; t: T } {
  const lang = langOf(astro.url);
  return { lang, t: tFor(lang) };
}
