/**
 * Finds the LMS's SCORM API object the way the run-time specifications describe: up the chain of parent
 * frames of this window, then the opener window and its parents. Never throws (a cross-origin frame
 * that cannot be read ends that branch of the search).
 */
export function findApi<T>(win: Window, name: 'API' | 'API_1484_11', maxDepth = 10): T | null {
  const climb = (start: Window | null): T | null => {
    let w: Window | null = start;
    for (let depth = 0; w && depth <= maxDepth; depth++) {
      try {
        const api = (w as unknown as Record<string, unknown>)[name];
        if (api && typeof api === 'object') return api as T;
      } catch {
        return null;
      }
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  };
  let opener: Window | null = null;
  try {
    opener = win.opener as Window | null;
  } catch {
    opener = null;
  }
  return climb(win) ?? climb(opener);
}
