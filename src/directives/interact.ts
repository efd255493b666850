/**
 * `client:interact`: an island that hydrates when someone first reaches into it (a pointer over it or down
 * on it, a touch, keyboard focus inside it) instead of on page load. The server-rendered HTML already shows
 * the island's first state, so a phone does not spend the page's first second hydrating a board nobody has
 * touched yet. A click made before the island is live (a tap, Enter or Space on a button, a screen reader's
 * activation) is held and replayed on the same element once it is, and a list changed before then is
 * announced to the island again, so a first move is never lost.
 *
 * The value lists the URL parameters the island reads when it starts (`client:interact="mode projector"`):
 * when the address carries one of them, the island hydrates at once.
 */
import type { ClientDirective } from 'astro';

/** The events that mean someone is reaching into the island. */
export const REACH_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;

/** What a held click is replayed on: the nearest element whose activation the island may handle. */
const ACTIVATABLE = 'button, input, select, textarea, label, summary, [role], [tabindex]';

const interact: ClientDirective = (load, { value }, el) => {
  let started = false;
  const held: HTMLElement[] = [];
  const edited = new Set<Element>();
  const hydrate = () => {
    if (started) return;
    started = true;
    void load()
      .then((run) => run())
      .then(() => {
        el.removeEventListener('click', hold, true);
        el.removeEventListener('change', note, true);
        for (const target of held.splice(0)) if (target.isConnected) target.click();
        // A list or field changed before then keeps what was chosen; the island now hears of it.
        for (const target of edited)
          if (target.isConnected) target.dispatchEvent(new Event('change', { bubbles: true }));
      });
  };
  // Radios and checkboxes change by a click, which is held; any other control's change is noted.
  const note = ({ target }: Event) => {
    if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) return;
    if (
      target instanceof HTMLSelectElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLInputElement
    )
      edited.add(target);
  };
  const hold = (event: Event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>(ACTIVATABLE) : null;
    // A link works without the island; anything else waits for it.
    if (!target || !el.contains(target) || target.closest('a[href]')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(target);
    hydrate();
  };
  const params = new URLSearchParams(location.search);
  if ((value ?? '').split(/\s+/).some((name) => name !== '' && params.has(name))) return hydrate();
  el.addEventListener('click', hold, true);
  el.addEventListener('change', note, true);
  for (const type of REACH_EVENTS) el.addEventListener(type, hydrate, { capture: true, passive: true });
};

export default interact;
