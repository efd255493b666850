/** Behaviours of the site shell that read the store: sidebar ✓ marks and the quarantine notice. */
import type { Store } from './store/store.ts';

export function lessonSlugFromPath(pathname: string): string | null {
  const m = /^\/lessons\/[^/]+\/([^/]+)\/?$/.exec(pathname);
  return m ? m[1]! : null;
}

export function markDoneLessons(doc: Document, store: Store): void {
  const done = store.read('lessons').done;
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('#starlight__sidebar a[href]:not(.header-links a)')) {
    const slug = lessonSlugFromPath(new URL(a.href, doc.baseURI).pathname);
    a.toggleAttribute('data-done', slug !== null && slug in done);
  }
}

export function showStoreNotice(doc: Document, store: Store): void {
  const notice = doc.getElementById('store-notice');
  if (!notice) return;
  const quarantined = store.checkAll();
  notice.hidden = quarantined.length === 0 || doc.location.pathname.startsWith('/progress');
}
