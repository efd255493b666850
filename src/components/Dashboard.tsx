/** The progress dashboard: where the learner stands and what to do next. */
import { useEffect, useState } from 'preact/hooks';
import { browserStore } from '../lib/store/index.ts';
import { dashboard, type Dashboard as D, type LessonInfo, type ScenarioInfo } from '../lib/dashboard.ts';
import type { TopicId } from '#engine/model';
import { island, useLang, useT } from '../i18n/context.tsx';
import { localePath } from '../lib/languages.ts';
import { topicTitle } from '../lib/topics.ts';

interface Props {
  lessons: LessonInfo[];
  bank: { id: string; topic: TopicId }[];
  scenarios: ScenarioInfo[];
}

function Dashboard(props: Props) {
  const t = useT();
  const lang = useLang();
  const [d, setD] = useState<D | null>(null);
  useEffect(() => {
    const store = browserStore();
    const sync = () =>
      setD(
        dashboard(
          {
            lessons: store.read('lessons'),
            scenarios: store.read('scenarios'),
            questions: store.read('questions'),
            examHistory: store.read('examHistory'),
            reviews: store.read('reviews'),
          },
          props,
          new Date(),
        ),
      );
    sync();
    return store.subscribe(sync);
  }, []);
  if (!d) return null;
  return (
    <div class="dashboard not-content">
      <section aria-labelledby="dash-next">
        <h2 id="dash-next">{t('dash.next')}</h2>
        <ul data-testid="dash-next">
          {d.next?.kind === 'review' && (
            <li>
              <a href={localePath(lang, '/review/')}>{t('dash.next.review', { n: d.next.n })}</a>
            </li>
          )}
          {d.next?.kind === 'weakest' && (
            <li>
              <a href={localePath(lang, '/practice/')}>
                {t('dash.next.weakest', {
                  topic: topicTitle(d.next.topic.topic, t),
                  percent: d.next.topic.percent!,
                })}
              </a>
            </li>
          )}
          {d.next?.kind === 'untried' && (
            <li>
              <a href={localePath(lang, '/practice/')}>
                {t('dash.next.untried', { topic: topicTitle(d.next.topic.topic, t) })}
              </a>
            </li>
          )}
          <li>
            {d.nextLesson ? (
              <a href={d.nextLesson.href}>{t('dash.next.lesson', { title: d.nextLesson.title })}</a>
            ) : (
              t('dash.next.done')
            )}
          </li>
        </ul>
      </section>
      <section aria-labelledby="dash-lessons">
        <h2 id="dash-lessons">{t('dash.lessons')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dash.module')}</th>
              <th scope="col">{t('dash.done')}</th>
            </tr>
          </thead>
          <tbody>
            {d.modules.map((m) => (
              <tr key={m.module}>
                <td>{m.title}</td>
                <td data-testid={`dash-module-${m.module}`}>
                  {m.done} / {m.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="dash-mastery">
        <h2 id="dash-mastery">{t('dash.mastery')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('exam.result.topic')}</th>
              <th scope="col">{t('practice.mastery')}</th>
            </tr>
          </thead>
          <tbody>
            {d.mastery.map((m) => (
              <tr key={m.topic}>
                <td>{topicTitle(m.topic, t)}</td>
                <td data-testid={`dash-mastery-${m.topic}`}>
                  {m.percent === null ? '—' : `${m.percent} % (${m.answered}/${m.questions})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="dash-sim">
        <h2 id="dash-sim">{t('dash.scenarios')}</h2>
        <p data-testid="dash-played">{t('dash.played', { n: d.played })}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dash.workflow')}</th>
              <th scope="col">{t('dash.best')}</th>
            </tr>
          </thead>
          <tbody>
            {d.bestPerWorkflow.map((w) => (
              <tr key={w.workflow}>
                <td>{w.workflow}</td>
                <td data-testid={`dash-wf-${w.workflow}`}>{w.best ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('dash.confusions')}</h3>
        {d.confusions.length ? (
          <ul>
            {d.confusions.map((c, i) => (
              <li key={i}>{t('dash.confusion', { expected: c.expected, chosen: c.chosen ?? '—', n: c.count })}</li>
            ))}
          </ul>
        ) : (
          <p>{t('dash.noConfusions')}</p>
        )}
      </section>
      <section aria-labelledby="dash-exams">
        <h2 id="dash-exams">{t('dash.exams')}</h2>
        {d.exams.length ? (
          <ol>
            {d.exams.map((e, i) => (
              <li key={i}>
                {new Date(e.at).toLocaleDateString()}: {e.correct} / {e.total}
                {e.passed ? ' ✓' : ''}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('dash.noExams')}</p>
        )}
      </section>
    </div>
  );
}

export default island(Dashboard);
