/**
 * On /export/, on use only: a builder pack (its .pack.yaml file or its link) read by the builder's own
 * reader (#engine/author: simulator/share.ts, the code coach mode and the builder use), worded by the builder's own
 * messages. Never throws: a bad pack is a message naming the problem, and the library selection is untouched.
 */
import { MAX_PACK_FILE_BYTES, readPackYaml, readShared, readShareFragment, type SharedCall } from '#engine/author';
import { shareMessage } from '../../components/builder/messages.ts';
import type { T } from '../../i18n/translate.ts';
import { trimScenario } from '../build/assemble.ts';
import type { PackageScenario } from '../player/content.ts';

export interface LoadedPack {
  title?: string;
  author?: string;
  scenarios: PackageScenario[];
}

export type PackSource = { kind: 'file'; name: string; size: number; text: () => Promise<string> } | { kind: 'link'; link: string };

export type PackRead = { ok: true; pack: LoadedPack } | { ok: false; message: string };

const loaded = (v: { title?: string; author?: string; calls: SharedCall[] }): PackRead => ({
  ok: true,
  pack: { ...(v.title ? { title: v.title } : {}), ...(v.author ? { author: v.author } : {}), scenarios: v.calls.map((c) => trimScenario(c.scenario)) },
});

export async function readPack(src: PackSource, t: T): Promise<PackRead> {
  try {
    if (src.kind === 'link') {
      const r = await readShareFragment(src.link);
      return r.ok ? loaded(r.value) : { ok: false, message: t('builder.link.refused', { reason: shareMessage(t, r.problem) }) };
    }
    if (src.size > MAX_PACK_FILE_BYTES) return { ok: false, message: t('builder.import.tooBig', { name: src.name.slice(0, 60), kb: Math.ceil(src.size / 1024), max: MAX_PACK_FILE_BYTES / 1024 }) };
    const pack = readPackYaml(await src.text());
    if (!pack.ok) return { ok: false, message: t('builder.import.badPack', { problems: pack.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ') }) };
    const shared = readShared(pack.value);
    return shared.ok ? loaded(shared.value) : { ok: false, message: t('builder.import.badPack', { problems: shareMessage(t, shared.problem) }) };
  } catch (e) {
    return { ok: false, message: t('builder.import.badPack', { problems: e instanceof Error ? e.message : String(e) }) };
  }
}
