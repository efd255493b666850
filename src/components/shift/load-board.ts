/**
 * The Shift's third loading step (see load-floor.ts): the board, the simulator that plays a call, loaded when a
 * call is picked or about to be. Apart from the floor's loader, so that the floor (which loads the board) and
 * the loader of the floor do not import each other.
 */
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
