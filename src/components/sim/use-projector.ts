/**
 * Projector mode: the board full screen in large, high-contrast type, without the site's header and
 * sidebar (board.css hides them while <html data-projector> is set). On with ?projector=1 or the toggle.
 */
import { useEffect, useState } from 'preact/hooks';

export function useProjector(initial = false): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(initial);
  useEffect(() => {
    if (new URLSearchParams(location.search).get('projector') === '1') setOn(true);
  }, []);
  useEffect(() => {
    if (!on) return;
    // Projectors wash out light themes: the dark theme, for as long as projector mode is on.
    const root = document.documentElement;
    const theme = root.dataset.theme;
    root.toggleAttribute('data-projector', true);
    root.dataset.theme = 'dark';
    return () => {
      root.removeAttribute('data-projector');
      if (theme) root.dataset.theme = theme;
    };
  }, [on]);
  return [on, setOn];
}
