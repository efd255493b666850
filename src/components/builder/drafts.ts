/** The builder's drafts in the store (record `builderDrafts`): saved as typed, listed, removed on request. */
import { BUILDER_LIMITS, browserStore } from '../../lib/store/index.ts';

export interface DraftEntry {
  key: string;
  yaml: string;
  title: string;
  at: string;
}

export function newDraftKey(): string {
  return `d-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** The drafts, newest first. */
export function listDrafts(): DraftEntry[] {
  const { drafts } = browserStore().read('builderDrafts');
  return Object.entries(drafts)
    .map(([key, d]) => ({ key, ...d }))
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** Saves a draft as typed; false (nothing written) when it is too long or the browser already keeps the most drafts allowed. */
export function saveDraft(key: string, yaml: string, title: string): boolean {
  if (yaml.length > BUILDER_LIMITS.yamlChars) return false;
  let saved = true;
  browserStore().update('builderDrafts', (cur) => {
    const drafts = { ...cur.drafts };
    if (!drafts[key] && Object.keys(drafts).length >= BUILDER_LIMITS.drafts) {
      saved = false;
      return cur;
    }
    drafts[key] = {
      yaml,
      title: [...title].slice(0, BUILDER_LIMITS.titleChars).join(''),
      at: new Date().toISOString(),
    };
    return { drafts };
  });
  return saved;
}

export function removeDraft(key: string): void {
  browserStore().update('builderDrafts', (cur) => {
    const drafts = { ...cur.drafts };
    delete drafts[key];
    return { drafts };
  });
}
