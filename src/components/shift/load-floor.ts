/**
 * The Shift loads in three steps: the page's start form (the island itself), the floor (queue, KPIs,
 * report and the Shift's model, with its data file) when the learner heads for the start button, and
 * the board (the simulator, load-board.ts) when a call is picked or about to be. Each step loads once per page.
 */
import type { Scenario, ShiftDefinition } from '#engine/model';
import type { Strings } from '../../i18n/translate.ts';

/** A shift as the start form lists it. */
export interface ShiftChoice {
  id: string;
  title: string;
  description: string;
}

/** The file /shift/data.json: every shift, the scenarios they use, and the strings of the floor and the board. */
export interface ShiftFloorData {
  shifts: ShiftDefinition[];
  scenarios: Scenario[];
  strings: Strings;
}

export type FloorModule = typeof import('./ShiftFloor.tsx');
export type Floor = { module: FloorModule; data: ShiftFloorData };

let floor: Promise<Floor> | null = null;

/** The floor's code and data (once; a failed load may be tried again). */
export function loadFloor(url: string): Promise<Floor> {
  floor ??= Promise.all([
    import('./ShiftFloor.tsx'),
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<ShiftFloorData>;
    }),
  ]).then(([module, data]) => ({ module, data }));
  floor.catch(() => (floor = null));
  return floor;
}
