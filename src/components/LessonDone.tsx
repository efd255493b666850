/** "Mark as done" for a lesson; feeds the progress store and the sidebar ✓. */
import { useEffect, useState } from 'preact/hooks';
import { browserStore } from '../lib/store/index.ts';
import { island, useT } from '../i18n/context.tsx';

function LessonDone({ slug }: { slug: string }) {
  const t = useT();
  const [done, setDone] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const store = browserStore();
    const sync = () => setDone(slug in store.read('lessons').done);
    sync();
    return store.subscribe(sync);
  }, [slug]);
  const toggle = () => {
    browserStore().update('lessons', (cur) => {
      const next = { ...cur.done };
      if (slug in next) delete next[slug];
      else next[slug] = new Date().toISOString();
      return { done: next };
    });
    setMessage(done ? t('lesson.done.undone') : t('lesson.done.status'));
  };
  return (
    <div class="lesson-done not-content">
      <button type="button" class="usm-button" aria-pressed={done} onClick={toggle} data-testid="lesson-done">
        {done ? t('lesson.done.marked') : t('lesson.done.mark')}
      </button>
      <p role="status" class="visually-hidden">
        {message}
      </p>
    </div>
  );
}

export default island(LessonDone);
