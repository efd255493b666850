/**
 * The LMS packages are English only: the player bundle takes its dictionary areas here (the one place in
 * src/lms that reads the dictionary), provides them to its views (`mount.tsx`) and gives the runtime
 * adapters their translator.
 */
import { areaStrings } from '../i18n/dictionaries.ts';
import { ISLAND_AREAS } from '../i18n/islands.ts';
import { translator } from '../i18n/translate.ts';

export const LMS_STRINGS = areaStrings('en', ...ISLAND_AREAS.LmsPlayer);
export const tLms = translator(LMS_STRINGS);
