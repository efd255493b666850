/** Practice by topic: choose topics and a number, answer with immediate feedback, see results per topic. */
import { useEffect, useState } from 'preact/hooks';
import type { Question } from '#engine/model';
import { TOPICS, type TopicId } from '#engine/model';
import { browserStore } from '../lib/store/index.ts';
import { recordAnswer } from '../lib/questions.ts';
import { masteryByTopic, type TopicMastery } from '../lib/mastery.ts';
import { seededRandom, shuffle } from '../lib/random.ts';
import { island, useT } from '../i18n/context.tsx';
import { topicTitle } from '../lib/topics.ts';
import QuestionCard from './QuestionCard.tsx';

interface Props {
  bank: Question[];
  lessons: Record<string, string>;
}

function PracticeSession({ bank, lessons }: Props) {
  const t = useT();
  const [topics, setTopics] = useState<TopicId[]>([]);
  const [count, setCount] = useState(10);
  const [session, setSession] = useState<{
    items: Question[];
    index: number;
    results: { q: Question; ok: boolean }[];
  } | null>(null);
  const [mastery, setMastery] = useState<TopicMastery[]>([]);
  const [warning, setWarning] = useState('');
  const refresh = () => setMastery(masteryByTopic(browserStore().read('questions').answers, bank));
  useEffect(() => {
    refresh();
    const only = new URLSearchParams(location.search).get('question');
    const q = only ? bank.find((x) => x.id === only) : undefined;
    if (q) setSession({ items: [q], index: 0, results: [] });
  }, []);

  if (session) {
    const done = session.index >= session.items.length;
    if (done) {
      const byTopic = TOPICS.map((tp) => ({ ...tp, rs: session.results.filter((r) => r.q.topic === tp.id) })).filter(
        (x) => x.rs.length,
      );
      return (
        <section class="practice not-content" aria-labelledby="practice-results">
          <h2 id="practice-results" tabIndex={-1} ref={(el) => el?.focus()}>
            {t('practice.results')}
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('exam.result.topic')}</th>
                <th scope="col">{t('exam.result.correct')}</th>
              </tr>
            </thead>
            <tbody>
              {byTopic.map((x) => (
                <tr key={x.id}>
                  <td>{topicTitle(x.id, t)}</td>
                  <td data-testid={`practice-result-${x.id}`}>
                    {x.rs.filter((r) => r.ok).length} / {x.rs.length}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            class="usm-button"
            onClick={() => {
              refresh();
              setSession(null);
            }}
          >
            {t('practice.again')}
          </button>
        </section>
      );
    }
    const q = session.items[session.index]!;
    const answered = session.results.length > session.index;
    return (
      <section class="practice not-content" aria-label={t('practice.title')}>
        <p>{t('practice.progress', { n: session.index + 1, total: session.items.length })}</p>
        <QuestionCard
          key={q.id}
          question={q}
          number={session.index + 1}
          lessonHref={lessons[q.lesson]}
          onAnswered={(ok) => {
            recordAnswer(browserStore(), q.id, ok);
            setSession({ ...session, results: [...session.results, { q, ok }] });
          }}
        />
        {answered && (
          <button
            type="button"
            class="usm-button"
            ref={(el) => el?.focus()}
            onClick={() => setSession({ ...session, index: session.index + 1 })}
          >
            {session.index + 1 < session.items.length ? t('practice.next') : t('practice.finish')}
          </button>
        )}
      </section>
    );
  }

  const start = (e: Event) => {
    e.preventDefault();
    if (topics.length === 0) return setWarning(t('practice.noTopic'));
    const pool = bank.filter((q) => topics.includes(q.topic));
    const items = shuffle(pool, seededRandom(Date.now() >>> 0)).slice(0, count);
    setSession({ items, index: 0, results: [] });
  };

  return (
    <form class="practice not-content" onSubmit={start}>
      <p>{t('practice.intro')}</p>
      <fieldset>
        <legend>{t('practice.topics')}</legend>
        {mastery.map((m) => (
          <label class="question-option" key={m.topic}>
            <input
              type="checkbox"
              name="topic"
              value={m.topic}
              checked={topics.includes(m.topic)}
              onChange={() =>
                setTopics(topics.includes(m.topic) ? topics.filter((x) => x !== m.topic) : [...topics, m.topic])
              }
            />
            {topicTitle(m.topic, t)} ({m.questions}) — {t('practice.mastery')}:{' '}
            <span data-testid={`mastery-${m.topic}`}>
              {m.percent === null ? t('practice.mastery.none') : `${m.percent} %`}
            </span>
          </label>
        ))}
      </fieldset>
      <label>
        {t('practice.count')}{' '}
        <select value={String(count)} onChange={(e) => setCount(Number((e.target as HTMLSelectElement).value))}>
          {[5, 10, 20, 40].map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <p>
        <button type="submit" class="usm-button">
          {t('practice.start')}
        </button>
      </p>
      <p role="status">{warning}</p>
    </form>
  );
}

export default island(PracticeSession);
