/**
 * The search palette's behaviour, loaded on first open by src/components/overrides/Search.astro: loads
 * the index, searches as the learner types, shows results grouped by kind with a snippet around the
 * match, moves through them with the arrow keys, keeps Tab inside the dialog and gives focus back to
 * the search button on close. A scenario's workflow shows only once the call was played, or when the
 * query names that workflow.
 */
import type { IndexFile } from './search-codec.ts';
import { SearchIndex, groupResults, snippet, type SearchHit } from './search.ts';
import { browserStore } from './store/index.ts';

type Strings = Record<
  'lesson' | 'term' | 'scenario' | 'question' | 'none' | 'count' | 'one' | 'loading' | 'failed' | 'workflow' | 'played',
  string
>;

const attached = new WeakSet<HTMLElement>();
let indexPromise: Promise<SearchIndex> | null = null;
const fragments = new Map<number, Promise<string[]>>();

/** Each language has its own index: /search-index.json, /nl/search-index.json (the page's <html lang>). */
const base = (): string => (document.documentElement.lang === 'nl' ? '/nl' : '');

function loadIndex(): Promise<SearchIndex> {
  indexPromise ??= fetch(`${base()}/search-index.json`).then(async (r) => {
    if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
    return new SearchIndex((await r.json()) as IndexFile);
  });
  return indexPromise;
}

function fragment(index: SearchIndex, n: number): Promise<string[]> {
  let f = fragments.get(n);
  if (!f) {
    f = fetch(`${base()}/search/${index.fragments}-${n}.json`).then((r) =>
      r.ok ? (r.json() as Promise<string[]>) : [],
    );
    fragments.set(n, f);
  }
  return f;
}

/** Played scenarios, from the store (their workflow may be shown). */
function playedScenarios(): Set<string> {
  try {
    return new Set(Object.keys(browserStore().read('scenarios').results));
  } catch {
    return new Set();
  }
}

export function attachPalette(root: HTMLElement): void {
  if (attached.has(root)) return;
  attached.add(root);
  const strings = JSON.parse(root.dataset.strings!) as Strings;
  const dialog = root.querySelector('dialog')!;
  const input = root.querySelector('input')!;
  const list = root.querySelector<HTMLElement>('#search-results')!;
  const status = root.querySelector('.search-status')!;
  const opener = root.querySelector<HTMLButtonElement>('.search-open')!;
  let index: SearchIndex | null = null;
  let active = -1;
  let renders = 0;

  const say = (text: string) => (status.textContent = text);
  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role=option]')];

  const move = (to: number) => {
    const all = options();
    if (all.length === 0) return;
    active = (to + all.length) % all.length;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', all[active]!.id);
    all[active]!.scrollIntoView({ block: 'nearest' });
  };

  const option = (hit: SearchHit, n: number, text: string, played: Set<string>) => {
    const a = document.createElement('a');
    a.href = hit.doc.url;
    a.id = `search-option-${n}`;
    a.setAttribute('role', 'option');
    a.className = 'search-option';
    a.tabIndex = -1;
    const title = document.createElement('span');
    title.className = 'search-title';
    const stem = text.split(' · ')[0] ?? '';
    title.textContent = hit.doc.title || (stem.length > 110 ? `${stem.slice(0, 109)}…` : stem) || strings[hit.doc.kind];
    a.append(title);
    const scenarioId = /^\/simulator\/([^/]+)\/$/.exec(hit.doc.url)?.[1];
    const showWorkflow =
      hit.doc.workflow > 0 && (hit.workflowNamed || (scenarioId !== undefined && played.has(scenarioId)));
    const meta = [
      ...hit.doc.keys,
      ...(showWorkflow
        ? [
            strings.workflow
              .replace('{n}', String(hit.doc.workflow))
              .replace('{name}', index!.workflows[hit.doc.workflow - 1] ?? ''),
          ]
        : []),
    ];
    if (scenarioId && played.has(scenarioId)) meta.push(strings.played);
    if (meta.length > 0 && hit.doc.kind !== 'lesson') {
      const m = document.createElement('span');
      m.className = 'search-meta';
      m.textContent = meta.join(' · ');
      a.append(m);
    }
    const body = document.createElement('span');
    body.className = 'search-text';
    // A question's text opens with its stem (the title): the snippet starts after it unless the match is there.
    const fallback = hit.doc.head || hit.doc.title || stem;
    const rest = hit.doc.kind === 'question' && text.length > stem.length + 3 ? text.slice(stem.length + 3) : text;
    let parts = snippet(rest, hit.terms, fallback);
    if (rest !== text && !parts.some((p) => p.mark)) parts = snippet(text, hit.terms, fallback);
    for (const p of parts) {
      if (p.mark) {
        const mark = document.createElement('mark');
        mark.textContent = p.text;
        body.append(mark);
      } else body.append(p.text);
    }
    a.append(body);
    return a;
  };

  const render = async (query: string) => {
    const mine = ++renders;
    if (!index || query.trim().length < 2) {
      list.replaceChildren();
      active = -1;
      input.removeAttribute('aria-activedescendant');
      input.setAttribute('aria-expanded', 'false');
      if (index) say('');
      return;
    }
    const groups = groupResults(index.search(query));
    const needed = [...new Set(groups.flatMap((g) => g.hits.map((h) => index!.fragmentOf(h.doc.id))))];
    const loaded = new Map(await Promise.all(needed.map(async (n) => [n, await fragment(index!, n)] as const)));
    if (mine !== renders) return; // a newer query is on its way
    const played = playedScenarios();
    const nodes: HTMLElement[] = [];
    let n = 0;
    for (const g of groups) {
      const group = document.createElement('div');
      group.setAttribute('role', 'group');
      const label = document.createElement('div');
      label.className = 'search-group';
      label.id = `search-group-${g.kind}`;
      label.textContent = strings[g.kind];
      group.setAttribute('aria-labelledby', label.id);
      group.append(label);
      for (const hit of g.hits)
        group.append(
          option(hit, n++, loaded.get(index.fragmentOf(hit.doc.id))?.[hit.doc.id % index.chunk] ?? '', played),
        );
      nodes.push(group);
    }
    list.replaceChildren(...nodes);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-expanded', String(n > 0));
    say(
      n === 0
        ? strings.none.replace('{q}', query.trim())
        : n === 1
          ? strings.one
          : strings.count.replace('{n}', String(n)),
    );
    if (n > 0) move(0);
  };

  input.addEventListener('input', () => void render(input.value));
  // A result on this same page only scrolls: close the dialog so the section shows.
  list.addEventListener('click', (e) => {
    if ((e.target as Element).closest('[role=option]')) dialog.close();
  });
  root.querySelector('.search-close')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  // Back to the search button, whatever opened the dialog (button or shortcut).
  dialog.addEventListener('close', () => opener.focus());
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Tab') {
      // Keep focus inside the dialog: the box and the Close button take turns.
      const stops = [input, root.querySelector<HTMLButtonElement>('.search-close')!];
      const at = stops.indexOf(document.activeElement as HTMLInputElement);
      e.preventDefault();
      stops[(at + (e.shiftKey ? -1 : 1) + stops.length) % stops.length]!.focus();
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(active - 1);
    } else if (e.key === 'Enter') {
      const current = options()[active];
      if (current) {
        e.preventDefault();
        current.click();
      }
    }
  });
  say(strings.loading);
  loadIndex().then(
    (loadedIndex) => {
      index = loadedIndex;
      say('');
      void render(input.value);
    },
    () => say(strings.failed),
  );
}
