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
    document.documentElement.toggleAttribute('data-projector', on);
    return () => document.documentElement.removeAttribute('data-projector');
  }, [on]);
  return [on, setOn];
}
