/**
 * On /export/, on use only: a builder pack (its .pack.yaml file or its link) read by the builder's own
 * reader (src/components/builder/read-pack.ts, which coach mode uses too), worded by the builder's own
 * messages. Never throws: a bad pack is a message naming the problem, and the library selection is untouched.
 */
import { readPackSource, type PackContents, type PackSource } from '../../components/builder/read-pack.ts';
import type { T } from '../../i18n/translate.ts';
import { trimScenario } from '../build/assemble.ts';
import type { PackageScenario } from '../player/content.ts';

export type { PackSource };

export interface LoadedPack {
  title?: string;
  author?: string;
  scenarios: PackageScenario[];
}

export type PackRead = { ok: true; pack: LoadedPack } | { ok: false; message: string };

const loaded = (v: PackContents): PackRead => ({
  ok: true,
  pack: {
    ...(v.title ? { title: v.title } : {}),
    ...(v.author ? { author: v.author } : {}),
    scenarios: v.calls.map((c) => trimScenario(c.scenario)),
  },
});

export async function readPack(src: PackSource, t: T): Promise<PackRead> {
  const r = await readPackSource(src, t);
  return r.ok ? loaded(r.value) : r;
}
