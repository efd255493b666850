/**
 * A builder pack read from its link or its .pack.yaml file, worded by the builder's own messages: the one
 * reader that coach mode (PackLoader) and the export page (src/lms/selection/pack.ts) both load on use.
 * Never throws: a bad pack is a message naming the problem.
 */
import { MAX_PACK_FILE_BYTES, readPackYaml, readShared, readShareFragment, type SharedCall } from '#engine/author';
import type { T } from '../../i18n/translate.ts';
import { shareMessage } from './messages.ts';

export type PackSource =
  { kind: 'file'; name: string; size: number; text: () => Promise<string> } | { kind: 'link'; link: string };

export interface PackContents {
  title?: string;
  author?: string;
  calls: SharedCall[];
}

export type PackRead = { ok: true; value: PackContents } | { ok: false; message: string };

export async function readPackSource(src: PackSource, t: T): Promise<PackRead> {
  try {
    if (src.kind === 'link') {
      const r = await readShareFragment(src.link);
      return r.ok
        ? { ok: true, value: r.value }
        : { ok: false, message: t('builder.link.refused', { reason: shareMessage(t, r.problem) }) };
    }
    if (src.size > MAX_PACK_FILE_BYTES)
      return {
        ok: false,
        message: t('builder.import.tooBig', {
          name: src.name.slice(0, 60),
          kb: Math.ceil(src.size / 1024),
          max: MAX_PACK_FILE_BYTES / 1024,
        }),
      };
    const pack = readPackYaml(await src.text());
    if (!pack.ok)
      return {
        ok: false,
        message: t('builder.import.badPack', {
          problems: pack.errors
            .slice(0, 5)
            .map((e) => `${e.path}: ${e.message}`)
            .join('; '),
        }),
      };
    const shared = readShared(pack.value);
    return shared.ok
      ? { ok: true, value: shared.value }
      : { ok: false, message: t('builder.import.badPack', { problems: shareMessage(t, shared.problem) }) };
  } catch (e) {
    return {
      ok: false,
      message: t('builder.import.badPack', { problems: e instanceof Error ? e.message : String(e) }),
    };
  }
}
