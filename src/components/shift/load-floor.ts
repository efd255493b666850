/**
 * The Shift loads in three steps: the page's start form (the island itself), the floor (queue, KPIs,
 * report and the Shift's model, with its data file) when the learner heads for the start button, and
 * the board (the simulator) when a call is picked or about to be. Each step loads once per page.
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

type Board = typeof import('../sim/Simulator.tsx');
let board: Board | null = null;
let boardLoading: Promise<Board> | null = null;

/**
 * The board's stylesheet is linked by the page already (Astro links the CSS of lazily loaded components),
 * but under the name the prerender build gave it (`Board.<hash>.css`), while the bundler's preload list for
 * the lazy chunk names the client build's copy (`Simulator.<hash>.css`), which Astro drops as a duplicate.
 * A stylesheet that fails to preload while the page has one with the same content hash is that duplicate:
 * it must not stop the board from loading. Any other failure still does.
 */
function duplicateStylesheet(e: Event) {
  const reason = (e as Event & { payload?: unknown }).payload;
  const css = reason instanceof Error ? /preload CSS for \S*\/[^/]+\.([\w-]+)\.css$/.exec(reason.message) : null;
  const linked = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  if (css && linked.some((l) => l.href.endsWith(`.${css[1]}.css`))) e.preventDefault();
}

/** The simulator that plays a call on the board. */
export function loadBoard(): Promise<Board> {
  if (!boardLoading) addEventListener('vite:preloadError', duplicateStylesheet);
  boardLoading ??= import('../sim/Simulator.tsx').then((m) => (board = m));
  boardLoading.catch(() => (boardLoading = null));
  return boardLoading;
}

/** The board if it has loaded already. */
export const loadedBoard = (): Board | null => board;
