/**
 * Any workshop join code, for the coach's views: a `W1.` code (library calls) is read at once; a `W2.` code
 * (with custom calls from a pack) needs the builder's checker, which loads only when such a code appears,
 * so library workshops ship none of it.
 */
import { useEffect, useState } from 'preact/hooks';
import { readJoinCode, type Read } from '#engine/model';
import type { PlayableWorkshop } from '#engine/author';
import type { Scenario } from '#engine/model';

export type WorkshopRead = Read<PlayableWorkshop>;

const needsPack = (code: string) =>
  String(code ?? '')
    .trim()
    .startsWith('W2.');

/** A W1 code read at once; null for a W2 code (read it with readAnyWorkshopCode). */
export function readWorkshopNow(code: string, scenarios: readonly Scenario[], source?: string): WorkshopRead | null {
  if (needsPack(code)) return null;
  const r = readJoinCode(
    code,
    scenarios.map((s) => s.id),
    source,
  );
  return r.ok
    ? { ok: true, value: { workshop: r.value, scenarios: new Map(scenarios.map((s) => [s.id, s])), custom: [] } }
    : r;
}

export async function readAnyWorkshopCode(
  code: string,
  scenarios: readonly Scenario[],
  source?: string,
): Promise<WorkshopRead> {
  const now = readWorkshopNow(code, scenarios, source);
  if (now) return now;
  const { readWorkshopCode } = await import('#engine/author');
  return readWorkshopCode(code, scenarios, source);
}

/** The workshop a code names, kept in step with the code; null while there is no code or a W2 code is being read. */
export function useWorkshopCode(code: string, scenarios: readonly Scenario[]): WorkshopRead | null {
  const [loaded, setLoaded] = useState<{ code: string; read: WorkshopRead } | null>(null);
  const now = code.trim() ? readWorkshopNow(code, scenarios) : null;
  useEffect(() => {
    if (!code.trim() || !needsPack(code)) return;
    let live = true;
    void readAnyWorkshopCode(code, scenarios).then((read) => {
      if (live) setLoaded({ code, read });
    });
    return () => {
      live = false;
    };
  }, [code]);
  if (!code.trim()) return null;
  return now ?? (loaded?.code === code ? loaded.read : null);
}
