/**
 * The LMS player's strings: its dictionary areas (`ISLAND_AREAS.LmsPlayer`) in the package's language. The
 * player provides them to its views (`mount.tsx`) and gives the runtime adapters their translator; build-time
 * code asks for a language's strings with `lmsStrings(lang)` / `lmsT(lang)`.
 *
 * As written (node, tests), this module is the English player's. A player bundle never carries it as
 * written: `bundle.ts` replaces its body with `lmsStringsModule(lang)`, the one language's areas as plain
 * data, so no dictionary rides along in player.js.
 */
import { islandStringTable } from '../i18n/dictionaries.ts';
import type { Lang } from '../i18n/keys.ts';
import { translator, type Strings, type T } from '../i18n/translate.ts';

/** Build time: the player's strings in a language (its areas, the engine messages it formats). */
export const lmsStrings = (lang: Lang): Strings => islandStringTable(lang, 'LmsPlayer');
/** Build time: a translator over the player's strings in a language. */
export const lmsT = (lang: Lang): T => translator(lmsStrings(lang));

/** The language of the player this module is bundled into. */
export const LMS_LANG: Lang = 'en';
export const LMS_STRINGS = lmsStrings(LMS_LANG);
export const tLms = translator(LMS_STRINGS);

/** Strings of the lms area that only the build and the /export/ page show (manifests, index.html, the form). */
const NOT_IN_PLAYER = /^lms\.(select|export|package|set|readme)\.|^lms\.(loading|noscript)$/;

/** The strings a player bundle in `lang` carries: its areas without the ones only the build shows. */
export const playerStrings = (lang: Lang): Strings =>
  Object.fromEntries(Object.entries(lmsStrings(lang)).filter(([key]) => !NOT_IN_PLAYER.test(key)));

/** This module as a player bundle in `lang` sees it: the same exports, `playerStrings(lang)` as a literal. */
export function lmsStringsModule(lang: Lang): string {
  const strings = playerStrings(lang);
  return `import { translator } from '../i18n/translate.ts';
export const LMS_LANG = ${JSON.stringify(lang)};
export const LMS_STRINGS = ${JSON.stringify(strings)};
export const tLms = translator(LMS_STRINGS);
`;
}
