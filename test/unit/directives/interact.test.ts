// @vitest-environment happy-dom
/**
 * client:interact (src/directives/interact.ts): the island hydrates when someone reaches into it, not on load;
 * a click made before then is replayed on the same element once the island is live.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import interact, { REACH_EVENTS } from '../../../src/directives/interact.ts';

/** A server-rendered island: a button and a radio in a label, and a link. */
function island(): HTMLElement {
  const el = document.createElement('astro-island');
  el.innerHTML =
    '<button type="button" id="move">Send</button>' +
    '<label id="opt"><input type="radio" name="m" id="radio"> Practice</label>' +
    '<a href="#elsewhere" id="link">A lesson</a>' +
    '<select id="impact"><option value="">—</option><option value="high">high</option></select>';
  document.body.append(el);
  return el;
}

/** What Astro's `load()` gives a directive, recording what the hydrated island then handles. */
function loader(el: HTMLElement) {
  const handled: string[] = [];
  const hydrated = vi.fn(async () => {
    el.querySelector('#move')!.addEventListener('click', () => handled.push('move'));
    el.querySelector('#radio')!.addEventListener('click', () => handled.push('radio'));
    el.querySelector('#impact')!.addEventListener('change', (e) =>
      handled.push(`impact=${(e.target as HTMLSelectElement).value}`),
    );
  });
  const load = vi.fn(async () => hydrated);
  return { load, hydrated, handled };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('client:interact', () => {
  it('does not hydrate on load', async () => {
    const el = island();
    const { load } = loader(el);
    interact(load, { name: 'Simulator', value: 'mode projector' }, el);
    await settle();
    expect(load).not.toHaveBeenCalled();
  });

  it.each(REACH_EVENTS)('hydrates once when a %s event reaches the island', async (type) => {
    const el = island();
    const { load, hydrated } = loader(el);
    interact(load, { name: 'Simulator', value: '' }, el);
    el.querySelector('#move')!.dispatchEvent(new Event(type, { bubbles: true }));
    el.querySelector('#opt')!.dispatchEvent(new Event(type, { bubbles: true }));
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(hydrated).toHaveBeenCalledTimes(1);
  });

  it('holds a click made before hydration and replays it on the same element afterwards', async () => {
    const el = island();
    const { load, handled } = loader(el);
    interact(load, { name: 'Simulator', value: '' }, el);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    el.querySelector('#move')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(handled).toEqual([]);
    await settle();
    expect(handled).toEqual(['move']);
    // Live now: a second click goes straight to the island, once.
    (el.querySelector('#move') as HTMLButtonElement).click();
    expect(handled).toEqual(['move', 'move']);
  });

  it('replays a click on a label as a click on its control, which is left unchecked until then', async () => {
    const el = island();
    const { load, handled } = loader(el);
    interact(load, { name: 'Simulator', value: '' }, el);
    (el.querySelector('#radio') as HTMLInputElement).click();
    expect((el.querySelector('#radio') as HTMLInputElement).checked).toBe(false);
    await settle();
    expect(handled).toEqual(['radio']);
    expect((el.querySelector('#radio') as HTMLInputElement).checked).toBe(true);
  });

  it('tells the island of a list changed before hydration, with the value chosen', async () => {
    const el = island();
    const { load, handled } = loader(el);
    interact(load, { name: 'Simulator', value: '' }, el);
    const select = el.querySelector('#impact') as HTMLSelectElement;
    select.dispatchEvent(new Event('focusin', { bubbles: true }));
    select.value = 'high';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(handled).toEqual([]);
    await settle();
    expect(handled).toEqual(['impact=high']);
  });

  it('lets a link work without waiting for the island', async () => {
    const el = island();
    const { load } = loader(el);
    interact(load, { name: 'Simulator', value: '' }, el);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    el.querySelector('#link')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    await settle();
    expect(load).not.toHaveBeenCalled();
  });

  it('hydrates at once when the address carries a parameter the island reads', async () => {
    history.replaceState(null, '', '/simulator/x/?projector=1');
    const el = island();
    const { load, hydrated } = loader(el);
    interact(load, { name: 'Simulator', value: 'mode projector' }, el);
    await settle();
    expect(hydrated).toHaveBeenCalledTimes(1);
  });

  it('waits when the address carries only parameters the island does not read', async () => {
    history.replaceState(null, '', '/simulator/x/?utm=1');
    const el = island();
    const { load } = loader(el);
    interact(load, { name: 'Simulator', value: 'mode projector' }, el);
    await settle();
    expect(load).not.toHaveBeenCalled();
  });
});
