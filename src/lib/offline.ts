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
  let reloading = false;
  nav.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !notice || notice.hidden) return;
    reloading = true;
    location.reload();
  });
}
