/**
 * One exam, one tab. The tab running the mock exam holds a claim in localStorage (its id and a heartbeat
 * each second); another tab that opens the exam while the claim is fresh offers to take it over, and the
 * tab that loses the claim hears of it through the `storage` event and stops. Storage that throws makes
 * every tab its own owner (nothing is shared then anyway).
 */
export const CLAIM_KEY = 'usm-trainer-exam-tab';
/** A claim without a heartbeat for this long belongs to a tab that was closed or crashed. */
export const STALE_MS = 5000;

export interface Claim {
  tab: string;
  beat: number;
}

export function newTabId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function parseClaim(text: string | null): Claim | null {
  if (!text || text.length > 200) return null;
  try {
    const c: unknown = JSON.parse(text);
    if (
      c &&
      typeof c === 'object' &&
      typeof (c as Claim).tab === 'string' &&
      typeof (c as Claim).beat === 'number' &&
      Number.isFinite((c as Claim).beat)
    )
      return c as Claim;
  } catch {
    /* a damaged claim is no claim */
  }
  return null;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The tab that holds the exam now, if its heartbeat is fresh. */
export function heldByOther(me: string, now = Date.now()): boolean {
  let claim: Claim | null = null;
  try {
    claim = parseClaim(storage()?.getItem(CLAIM_KEY) ?? null);
  } catch {
    return false;
  }
  return claim !== null && claim.tab !== me && now - claim.beat < STALE_MS && claim.beat <= now + STALE_MS;
}

export function claim(me: string, now = Date.now()): void {
  try {
    storage()?.setItem(CLAIM_KEY, JSON.stringify({ tab: me, beat: now }));
  } catch {
    /* storage full or blocked: this tab simply runs on */
  }
}

/** Gives the claim up (the tab is closing or reloading, or the exam ended), if it is still ours. */
export function release(me: string): void {
  try {
    const s = storage();
    if (parseClaim(s?.getItem(CLAIM_KEY) ?? null)?.tab === me) s?.removeItem(CLAIM_KEY);
  } catch {
    /* nothing to release */
  }
}

/** Calls `lost` when another tab claims the exam. Returns the unsubscribe function. */
export function onClaimed(me: string, lost: () => void): () => void {
  const listener = (e: StorageEvent) => {
    if (e.key !== CLAIM_KEY) return;
    const c = parseClaim(e.newValue);
    if (c && c.tab !== me) lost();
  };
  addEventListener('storage', listener);
  return () => removeEventListener('storage', listener);
}
