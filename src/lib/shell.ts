/** Behaviours of the site shell that read the store: sidebar ✓ marks and the quarantine notice. */
import type { Store } from './store/store.ts';

/** A lesson's slug from its address in any language (/lessons/m/slug/ or /nl/lessons/m/slug/): the record key. */
export function lessonSlugFromPath(pathname: string): string | null {
  const m = /^(?:\/nl)?\/lessons\/[^/]+\/([^/]+)\/?$/.exec(pathname);
  return m ? m[1]! : null;
}

export function markDoneLessons(doc: Document, store: Store): void {
  const done = store.read('lessons').done;
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('#starlight__sidebar a[href]:not(.header-links a)')) {
    const slug = lessonSlugFromPath(new URL(a.href, doc.baseURI).pathname);
    a.toggleAttribute('data-done', slug !== null && slug in done);
  }
}

/**
 * Shows the notice when records have been set aside. On load every record is read once (`checkAll`),
 * which quarantines anything unreadable; later a record can only be set aside by a read, which notifies
 * the store's subscribers, so listing the quarantine is enough.
 */
export function showStoreNotice(doc: Document, store: Store, checkFirst = false): void {
  const notice = doc.getElementById('store-notice');
  if (checkFirst) store.checkAll();
  if (notice) notice.hidden = !store.hasQuarantine() || doc.location.pathname.startsWith('/progress');
  showSavingNotice(doc, store);
}

/**
 * When the browser is not saving (storage full, disabled or blocked), one notice at the top of the page
 * says so and points to the export; the page keeps working in memory. It is moved out of the sidebar
 * so that it shows at every width (on a phone the sidebar is a closed menu).
 */
export function showSavingNotice(doc: Document, store: Store): void {
  const notice = doc.getElementById('saving-notice');
  if (!notice) return;
  const saving = store.saving();
  if (!saving.ok && notice.parentElement?.tagName !== 'MAIN') doc.querySelector('main')?.prepend(notice);
  notice.hidden = saving.ok;
  notice.dataset.problem = saving.ok ? '' : saving.problem;
}
