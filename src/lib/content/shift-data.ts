/**
 * The Shift's two parts, built per language from the same collections. The page itself carries only what
 * its first view shows (the shifts to choose from, the start form's strings); everything the floor needs
 * once a shift starts (the shift definitions, the scenarios they draw on, the strings of the floor and
 * the board) is the file /shift/data.json (/nl/shift/data.json), fetched when the learner heads for the
 * start button. The service worker precaches it like any built file, so the Shift still plays offline.
 */
import type { Lang } from '../../i18n/keys.ts';
import { areaStrings, islandStringTable } from '../../i18n/dictionaries.ts';
import type { ShiftChoice, ShiftFloorData } from '../../components/shift/load-floor.ts';
import { localizedData } from './localized.ts';
import { scenarioList } from './scenario-list.ts';

/** The shifts as the start form lists them, and the strings of that form. */
export async function shiftStart(lang: Lang): Promise<{ choices: ShiftChoice[]; strings: ReturnType<typeof areaStrings> }> {
  const shifts = await localizedData('shifts', lang);
  return {
    choices: shifts.map(({ id, title, description }) => ({ id, title, description })),
    strings: areaStrings(lang, 'shift'),
  };
}

/** Everything the floor needs: every shift, only the scenarios some shift uses, and all the island's strings. */
export async function shiftFloorData(lang: Lang): Promise<ShiftFloorData> {
  const shifts = await localizedData('shifts', lang);
  const used = new Set(
    shifts.flatMap((s) => [
      ...s.calls.map((c) => c.scenario),
      ...s.improvements,
      ...s.followUps.flatMap((f) => ('raises' in f ? [f.raises] : [])),
    ]),
  );
  const scenarios = (await scenarioList(lang)).filter((s) => used.has(s.id));
  return { shifts, scenarios, strings: islandStringTable(lang, 'ShiftPlayer') };
}
