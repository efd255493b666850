/**
 * The scenario builder (island): a form and a YAML view of one draft, kept in sync both ways (the YAML
 * text is the draft; a form change rewrites it), checked live by the CLI's own checker, proved by the
 * engine, play-tested on the board, exported, shared by link and bundled into packs. Drafts are saved as
 * they are typed. View state only: every rule is in simulator/.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  checkDraftText,
  draftToYaml,
  emptyDraft,
  fileNameOf,
  setField,
  readPackYaml,
  readShareFragment,
} from '#engine/author';
import { proveExpected } from '#engine/machines';
import { island, useT } from '../../i18n/context.tsx';
import { download } from '../../lib/download.ts';
import BuilderForm from './BuilderForm.tsx';
import DraftList from './DraftList.tsx';
import PackPanel from './PackPanel.tsx';
import PlayTest from './PlayTest.tsx';
import ProblemList from './ProblemList.tsx';
import SharePanel from './SharePanel.tsx';
import YamlView from './YamlView.tsx';
import { listDrafts, newDraftKey, removeDraft, saveDraft, type DraftEntry } from './drafts.ts';
import { shareMessage } from './messages.ts';
import './builder.css';

/** The island: the page passes its language and the dictionary areas (src/i18n/islands.ts). */
export default island(Builder);

function Builder({ lessons }: { lessons: string[] }) {
  const t = useT();
  const lessonSet = useMemo(() => new Set(lessons), [lessons]);
  const [drafts, setDrafts] = useState<DraftEntry[]>([]);
  const [key, setKey] = useState('');
  const [yaml, setYaml] = useState(() => draftToYaml(emptyDraft()));
  /** The name of an imported file, checked as that file until the id is edited. */
  const [fileName, setFileName] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  const check = useMemo(() => checkDraftText(yaml, lessonSet, fileName ?? undefined), [yaml, lessonSet, fileName]);
  const proof = useMemo(() => (check.draft ? proveExpected(check.draft) : null), [check.draft]);
  const titleOf = (text: string) => {
    const d = checkDraftText(text, new Set()).draft;
    return String(d?.title || d?.id || '').slice(0, 200);
  };

  const refresh = () => setDrafts(listDrafts());
  const open = (entry: DraftEntry) => {
    setKey(entry.key);
    setYaml(entry.yaml);
    setFileName(null);
  };
  const fresh = () => {
    setKey(newDraftKey());
    setYaml(draftToYaml(emptyDraft()));
    setFileName(null);
    setNotice(null);
  };
  /** Adds texts as new drafts (never over a saved one) and opens the first. */
  const addDrafts = (texts: string[], name: string | null) => {
    let first: DraftEntry | null = null;
    for (const text of texts) {
      const entry: DraftEntry = {
        key: newDraftKey() + (first ? Math.random().toString(36).slice(2, 5) : ''),
        yaml: text,
        title: titleOf(text),
        at: new Date().toISOString(),
      };
      if (!saveDraft(entry.key, entry.yaml, entry.title))
        return setNotice({ ok: false, text: t('builder.drafts.full') });
      first ??= entry;
    }
    refresh();
    if (first) {
      open(first);
      setFileName(texts.length === 1 ? name : null);
    }
  };

  useEffect(() => {
    const list = listDrafts();
    setDrafts(list);
    if (location.hash.length > 1) {
      const hash = location.hash;
      history.replaceState(null, '', location.pathname + location.search);
      void readShareFragment(hash).then((r) => {
        if (!r.ok) {
          setNotice({ ok: false, text: t('builder.link.refused', { reason: shareMessage(t, r.problem) }) });
          if (list[0]) open(list[0]);
          else fresh();
          return;
        }
        addDrafts(
          r.value.calls.map((c) => c.yaml),
          null,
        );
        setNotice({ ok: true, text: t('builder.link.imported', { n: r.value.calls.length }) });
      });
    } else if (list[0]) open(list[0]);
    else fresh();
  }, []);

  const edit = (text: string) => {
    setYaml(text);
    if (key && !saveDraft(key, text, titleOf(text))) setNotice({ ok: false, text: t('builder.drafts.notSaved') });
    refresh();
  };
  const onField = (path: string, value: unknown) => {
    if (!check.draft) return;
    if (path === 'id') setFileName(null);
    edit(draftToYaml(setField(check.draft, path, value)));
  };
  const onImport = (text: string, name: string | null) => {
    const pack = /^scenarios:/m.test(text) ? readPackYaml(text) : null;
    if (pack && pack.ok) {
      addDrafts(pack.value.calls, null);
      return setNotice({ ok: true, text: t('builder.import.pack', { n: pack.value.calls.length }) });
    }
    if (pack && !pack.ok)
      return setNotice({
        ok: false,
        text: t('builder.import.badPack', {
          problems: pack.errors
            .slice(0, 5)
            .map((e) => `${e.path}: ${e.message}`)
            .join('; '),
        }),
      });
    addDrafts([text], name);
    setNotice({ ok: true, text: t('builder.import.done', { name: name ?? t('builder.import.dropped') }) });
  };
  const name = fileName ?? fileNameOf(check.draft);

  return (
    <div class="builder not-content">
      <DraftList
        drafts={drafts}
        current={key}
        onOpen={(k) => {
          const d = drafts.find((x) => x.key === k);
          if (d) open(d);
        }}
        onNew={fresh}
        onDelete={(k) => {
          removeDraft(k);
          const rest = listDrafts();
          setDrafts(rest);
          if (k === key) {
            if (rest[0]) open(rest[0]);
            else fresh();
          }
        }}
      />
      <div role="status" aria-live="polite" data-testid="builder-notice">
        {notice && <p class={`question-feedback ${notice.ok ? 'is-right' : 'is-wrong'}`}>{notice.text}</p>}
      </div>
      <ProblemList problems={check.problems} proof={proof} fileName={name} />
      <div class="builder-grid">
        <BuilderForm draft={check.draft} problems={check.problems} onChange={onField} />
        <YamlView
          yaml={yaml}
          problems={check.problems}
          onInput={edit}
          onImport={onImport}
          onExport={() => download(name, yaml, 'application/yaml')}
          onError={(text) => setNotice({ ok: false, text })}
        />
      </div>
      <PlayTest scenario={check.scenario ?? null} />
      <SharePanel yaml={yaml} valid={!!check.scenario} />
      <PackPanel drafts={drafts} lessons={lessonSet} />
    </div>
  );
}
