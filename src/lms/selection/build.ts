/**
 * In the browser, on use only (the /export/ page imports this module when the learner asks for a package):
 * an LMS package of any selection of library calls, assembled by the same code as the build-time packages
 * (src/lms/build/assemble.ts) from the same bundled player, stylesheet and scenarios, which the build serves
 * as /export/lms/calls-kit.json. Zipped with the site's zip writer; entries are deflated with the browser's
 * CompressionStream('deflate-raw') where it exists, else stored.
 */
import { crc32Hex } from '#engine/model';
import { zipStore } from '../../lib/export/zip.ts';
import type { PackageScenario } from '../player/content.ts';
import type { Standard } from '../runtime/types.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/keys.ts';
import {
  callsFileName,
  callsPackageId,
  callsTexts,
  packageFiles,
  trimScenario,
  versionSource,
  type LmsT,
  type PackageBody,
} from '../build/assemble.ts';

/** What /export/lms/calls-kit.json holds: the calls player, its stylesheet and every library call (library order). */
export interface CallsKit {
  player: string;
  css: string;
  scenarios: PackageScenario[];
}

export const KIT_URL = '/export/lms/calls-kit.json';
/** The kit of a language's packages: /export/lms/calls-kit.json, /nl/export/lms/calls-kit.json. */
export const kitUrl = (lang: Lang = DEFAULT_LANG): string => (lang === DEFAULT_LANG ? KIT_URL : `/${lang}${KIT_URL}`);

export async function loadKit(fetcher: typeof fetch = fetch, lang: Lang = DEFAULT_LANG): Promise<CallsKit> {
  const url = kitUrl(lang);
  const res = await fetcher(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  const kit = (await res.json()) as CallsKit;
  if (typeof kit?.player !== 'string' || typeof kit.css !== 'string' || !Array.isArray(kit.scenarios))
    throw new Error(`${url}: not a calls kit`);
  return kit;
}

/** A selection's set id: the same calls give the same id (and so the same package id for resuming), whatever the order chosen. */
export const selectionSetId = (ids: readonly string[]): string => `selection-${crc32Hex([...ids].sort().join('\n'))}`;

async function sha256Hex(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function deflateRaw(data: Uint8Array): Promise<Uint8Array | null> {
  if (typeof CompressionStream === 'undefined') return null;
  try {
    const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null; // a browser without 'deflate-raw': the entry is stored
  }
}

/** Zips files, deflating each entry the browser can deflate (stored otherwise, or when deflating does not help). */
export async function zipFiles(files: readonly { name: string; data: string }[]): Promise<Uint8Array> {
  const enc = new TextEncoder();
  const entries = files.map((f) => ({ name: f.name, data: enc.encode(f.data) }));
  const packed = new Map<Uint8Array, Uint8Array>();
  for (const e of entries) {
    const d = await deflateRaw(e.data);
    if (d) packed.set(e.data, d);
  }
  return zipStore(entries, packed.size ? (d) => packed.get(d) ?? d : undefined);
}

export interface Selection {
  /** Scenario ids; the package keeps the library's order. */
  ids: readonly string[];
  standard: Standard;
  /** The set's name in the package title (the learner's, or the default). */
  title: string;
  /** A fixed set id (a build-time set rebuilt in the browser); by default one derived from the ids. */
  setId?: string;
  /** Custom calls from a builder pack (already read and checked by its reader), played after the library's. */
  pack?: readonly PackageScenario[];
  /** The package's language: the kit's (its player and calls) and `t`'s; English by default. */
  lang?: Lang;
}

/** Builds the package of a selection: its file name and zip bytes. Throws on an id the kit does not have. */
export async function selectionPackage(
  kit: CallsKit,
  sel: Selection,
  t: LmsT,
): Promise<{ name: string; zip: Uint8Array; version: string }> {
  const wanted = new Set(sel.ids);
  const chosen = kit.scenarios.filter((s) => wanted.has(s.id));
  const missing = [...wanted].filter((id) => !chosen.some((s) => s.id === id));
  if (missing.length) throw new Error(`not in the library: ${missing.join(', ')}`);
  const clash = (sel.pack ?? []).filter((s) => wanted.has(s.id)).map((s) => s.id);
  if (clash.length) throw new Error(`chosen twice (library and pack): ${clash.join(', ')}`);
  // The pack's calls take the library calls' shape, so the player plays them exactly as library calls.
  const scenarios = [...chosen, ...(sel.pack ?? []).map(trimScenario)];
  if (!scenarios.length) throw new Error('no calls selected');
  const setId = sel.setId ?? selectionSetId(scenarios.map((s) => s.id));
  const body: PackageBody = { kind: 'calls', scenarios };
  const version = (await sha256Hex(versionSource(body, kit.player, kit.css))).slice(0, 12);
  const files = packageFiles({
    standard: sel.standard,
    packageId: callsPackageId(setId, sel.lang),
    body,
    texts: callsTexts(t, sel.title, scenarios.length),
    player: kit.player,
    css: kit.css,
    version,
    t,
    lang: sel.lang,
  });
  return { name: callsFileName(setId, sel.standard), zip: await zipFiles(files), version };
}
