/**
 * Registers the service worker (precaches the site for offline use) and shows a notice when a new
 * version has been deployed, with a button that switches to it.
 */
export function registerServiceWorker(doc: Document, nav: Navigator = navigator): void {
  if (!('serviceWorker' in nav) || location.hostname === '') return;
  const notice = doc.getElementById('update-notice');
  const showUpdate = (worker: ServiceWorker) => {
    if (!notice) return;
    notice.hidden = false;
    notice.querySelector('button')?.addEventListener('click', () => worker.postMessage('skip-waiting'), { once: true });
  };
  // Precaching fetches the whole site: it starts once the page has loaded and the browser is idle, so it
  // never competes with the page's own first work (layout, hydration) on a slow phone.
  const register = () =>
    nav.serviceWorker
      .register('/sw.js')
      .then((reg) => {
        if (reg.waiting && nav.serviceWorker.controller) showUpdate(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const incoming = reg.installing;
          incoming?.addEventListener('statechange', () => {
            if (incoming.state === 'installed' && nav.serviceWorker.controller) showUpdate(incoming);
          });
        });
      })
      .catch(() => undefined);
  whenIdleAfterLoad(doc, register);
  let reloading = false;
  nav.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !notice || notice.hidden) return;
    reloading = true;
    location.reload();
  });
}

/** Runs `fn` after the window's load event, when the browser next has idle time (at the latest 3 s later). */
function whenIdleAfterLoad(doc: Document, fn: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window ? window.requestIdleCallback(() => fn(), { timeout: 3000 }) : setTimeout(fn, 1000);
  if (doc.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
