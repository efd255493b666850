/** The dictionary's keys and languages as types only: importing this file ships no strings. */
import type { UiKey, areas } from './en.ts';

export type { UiKey };
/** A dictionary in any language: every key of the English one, each a string. */
export type Dictionary = { readonly [K in UiKey]: string };
export type AreaName = keyof typeof areas;

/** The site's languages: English at the root, Dutch under /nl/. */
export type Lang = 'en' | 'nl';
export const LANGS: readonly Lang[] = ['en', 'nl'];
export const DEFAULT_LANG: Lang = 'en';

/** The language of a page from its path: everything under /nl/ is Dutch, the rest English. */
export function langOf(path: URL | string): Lang {
  const p = typeof path === 'string' ? path : path.pathname;
  return p === '/nl' || p.startsWith('/nl/') ? 'nl' : 'en';
}
