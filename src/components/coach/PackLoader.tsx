/**
 * Coach mode: load a pack of custom calls (by its link or its file) to use in a workshop, alone or mixed
 * with library calls. The builder's reader and checker load only when a pack is loaded.
 */
import { useState } from 'preact/hooks';
import type { SharedCall } from '#engine/author';
import { useT } from '../../i18n/context.tsx';

export default function PackLoader({ library, onLoad }: { library: readonly string[]; onLoad: (calls: SharedCall[], title: string) => void }) {
  const t = useT();
  const [link, setLink] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const done = (all: SharedCall[], title?: string, author?: string) => {
    // A custom call with a library call's id is left out: the room could not tell the two apart.
    const calls = all.filter((c) => !library.includes(c.scenario.id));
    const clash = all.filter((c) => library.includes(c.scenario.id)).map((c) => c.scenario.id);
    onLoad(calls, title ?? '');
    setMessage({ ok: clash.length === 0, text: t('builder.coach.loaded', { n: calls.length, title: title ?? t('builder.coach.untitled'), author: author ? t('builder.coach.by', { author }) : '' }) + (clash.length ? ` ${t('builder.coach.clash', { ids: clash.join(', ') })}` : '') });
  };
  const fromLink = async () => {
    const [{ readShareFragment }, { shareMessage }] = await Promise.all([import('#engine/author'), import('../builder/messages.ts')]);
    const r = await readShareFragment(link);
    if (!r.ok) return setMessage({ ok: false, text: t('builder.link.refused', { reason: shareMessage(t, r.problem) }) });
    done(r.value.calls, r.value.title, r.value.author);
  };
  const fromFile = async (file: File) => {
    const { readPackYaml, readShared, MAX_PACK_FILE_BYTES } = await import('#engine/author');
    if (file.size > MAX_PACK_FILE_BYTES) return setMessage({ ok: false, text: t('builder.import.tooBig', { name: file.name.slice(0, 60), kb: Math.ceil(file.size / 1024), max: MAX_PACK_FILE_BYTES / 1024 }) });
    const pack = readPackYaml(await file.text());
    if (!pack.ok) return setMessage({ ok: false, text: t('builder.import.badPack', { problems: pack.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ') }) });
    const shared = readShared(pack.value);
    if (shared.ok) done(shared.value.calls, shared.value.title, shared.value.author);
  };
  return (
    <fieldset class="coach-pack">
      <legend>{t('builder.coach.pack')}</legend>
      <p>{t('builder.coach.help')} <a href="/simulator/builder/">{t('builder.title')}</a></p>
      <p><label for="coach-pack-link">{t('builder.pack.linkLabel')}</label><br />
        <input id="coach-pack-link" type="text" size={48} value={link} onInput={(e) => setLink((e.target as HTMLInputElement).value)} />{' '}
        <button type="button" class="usm-button secondary" onClick={() => void fromLink()}>{t('builder.coach.load')}</button></p>
      <p><label for="coach-pack-file">{t('builder.coach.file')}</label>{' '}
        <input id="coach-pack-file" type="file" accept=".yaml,.yml,text/yaml,application/yaml" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void fromFile(f); }} /></p>
      <div role="status" aria-live="polite" data-testid="coach-pack-status">{message && <p class={`question-feedback ${message.ok ? 'is-right' : 'is-wrong'}`}>{message.text}</p>}</div>
    </fieldset>
  );
}
