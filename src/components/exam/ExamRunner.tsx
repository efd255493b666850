/**
 * The mock exam island: start (with optional extra time), one question at a time with flags and a
 * question map, a countdown that auto-submits, a confirmation naming unanswered questions, and results.
 * Every change is saved in the store, so a reload or a closed tab loses nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { EXAM, announcementsCrossed, drawExam, examDurationMs, remainingAfter, scoreExam, spokenTime, type ExamResult, type SingleQuestion } from '../../lib/exam.ts';
import { browserStore, type RecordData } from '../../lib/store/index.ts';
import { recordAnswer } from '../../lib/questions.ts';
import { tExam as t } from '../../i18n/en.ts';
import ExamTimer from './ExamTimer.tsx';
import QuestionMap from './QuestionMap.tsx';
import ExamResults from './ExamResults.tsx';

type Running = NonNullable<RecordData<'exam'>>;

interface Props {
  bank: SingleQuestion[];
  lessons: Record<string, string>;
}

export default function ExamRunner({ bank, lessons }: Props) {
  const store = browserStore();
  const byId = new Map(bank.map((q) => [q.id, q]));
  const [exam, setExam] = useState<Running | null>(null);
  const [extraTime, setExtraTime] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [finished, setFinished] = useState<{ result: ExamResult; questions: SingleQuestion[]; answers: Record<string, number>; timeUp: boolean } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const lastTick = useRef(0);

  useEffect(() => {
    const saved = store.read('exam');
    // A saved exam whose questions no longer exist in the bank cannot be resumed.
    if (saved && saved.ids.every((id) => byId.has(id))) setExam(saved);
  }, []);

  const save = (next: Running | null) => {
    setExam(next);
    store.write('exam', next);
  };

  const submit = (running: Running, timeUp = false) => {
    const questions = running.ids.map((id) => byId.get(id)!);
    const result = scoreExam(questions, running.answers);
    for (const q of questions) recordAnswer(store, q.id, running.answers[q.id] === q.answer);
    store.update('examHistory', (h) => ({
      attempts: [...h.attempts, {
        at: new Date().toISOString(), correct: result.correct, total: result.total, passed: result.passed, extraTime: running.extraTime,
        byTopic: result.byTopic, missed: questions.filter((q) => running.answers[q.id] !== q.answer).map((q) => q.id),
      }],
    }));
    save(null);
    setConfirming(false);
    setFinished({ result, questions, answers: running.answers, timeUp });
  };

  // The clock: time runs only while the exam page is open; what is left is saved every second.
  useEffect(() => {
    if (!exam) return;
    lastTick.current = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      const elapsed = now - lastTick.current;
      lastTick.current = now;
      setExam((cur) => {
        if (!cur) return cur;
        const remainingMs = remainingAfter(cur.remainingMs, elapsed);
        const crossed = announcementsCrossed(cur.remainingMs, remainingMs);
        if (crossed.length) setAnnouncement(spokenTime(remainingMs));
        const next = { ...cur, remainingMs };
        store.write('exam', next);
        if (remainingMs === 0) queueMicrotask(() => submit(next, true));
        return next;
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [exam === null]);

  useEffect(() => {
    if (finished) document.getElementById('exam-results')?.focus();
  }, [finished]);

  if (finished) {
    const history = store.read('examHistory').attempts;
    return (
      <div class="exam not-content">
        {finished.timeUp && <p role="alert">{t('exam.timeUp')}</p>}
        <ExamResults result={finished.result} questions={finished.questions} answers={finished.answers} history={history}
          lessonHref={(slug) => lessons[slug]} restart={() => setFinished(null)} />
      </div>
    );
  }

  if (!exam) {
    return (
      <div class="exam not-content">
        <p>{t('exam.intro', { n: EXAM.questions, minutes: EXAM.minutes, pass: EXAM.passMark })}</p>
        <label class="question-option">
          <input type="checkbox" checked={extraTime} onChange={() => setExtraTime(!extraTime)} /> {t('exam.extraTime', { minutes: EXAM.minutes * EXAM.extraTimeFactor })}
        </label>
        <p>
          <button type="button" class="usm-button" onClick={() => {
            const seed = Math.floor(Math.random() * 2 ** 31);
            save({ seed, ids: drawExam(bank, seed), answers: {}, flags: [], extraTime, remainingMs: examDurationMs(extraTime), current: 0, startedAt: new Date().toISOString() });
          }}>{t('exam.start')}</button>
        </p>
      </div>
    );
  }

  const q = byId.get(exam.ids[exam.current]!)!;
  const go = (i: number) => save({ ...exam, current: Math.max(0, Math.min(exam.ids.length - 1, i)) });
  const unanswered = exam.ids.map((id, i) => (id in exam.answers ? null : i + 1)).filter((x): x is number => x !== null);
  const flagged = exam.ids.map((id, i) => (exam.flags.includes(id) ? i + 1 : null)).filter((x): x is number => x !== null);

  return (
    <div class="exam not-content">
      <ExamTimer remainingMs={exam.remainingMs} announcement={announcement} />
      <div class="exam-layout">
        <form class="question exam-question" onSubmit={(e) => e.preventDefault()} aria-labelledby="exam-stem">
          <fieldset>
            <legend id="exam-stem">
              <span class="question-number">{t('exam.question', { n: exam.current + 1, total: exam.ids.length })}</span>
              <br />
              {q.stem}
            </legend>
            {q.options.map((opt, i) => (
              <label class="question-option" key={`${q.id}-${i}`}>
                <input type="radio" name={`exam-${q.id}`} checked={exam.answers[q.id] === i} onChange={() => save({ ...exam, answers: { ...exam.answers, [q.id]: i } })} /> {opt}
              </label>
            ))}
          </fieldset>
          <label class="question-option">
            <input type="checkbox" checked={exam.flags.includes(q.id)}
              onChange={() => save({ ...exam, flags: exam.flags.includes(q.id) ? exam.flags.filter((f) => f !== q.id) : [...exam.flags, q.id] })} /> {t('exam.flag')}
          </label>
          <div class="sim-actions">
            <button type="button" class="usm-button secondary" disabled={exam.current === 0} onClick={() => go(exam.current - 1)}>{t('exam.prev')}</button>
            <button type="button" class="usm-button secondary" disabled={exam.current === exam.ids.length - 1} onClick={() => go(exam.current + 1)}>{t('exam.next')}</button>
            <button type="button" class="usm-button" onClick={() => setConfirming(true)}>{t('exam.submit')}</button>
          </div>
        </form>
        <QuestionMap ids={exam.ids} answers={exam.answers} flags={exam.flags} current={exam.current} go={go} />
      </div>
      {confirming && (
        <div role="alertdialog" aria-modal="false" aria-labelledby="confirm-title" aria-describedby="confirm-body" class="exam-confirm">
          <h2 id="confirm-title">{t('exam.confirm.title')}</h2>
          <div id="confirm-body">
            <p data-testid="confirm-unanswered">{unanswered.length ? t('exam.confirm.unanswered', { list: unanswered.join(', ') }) : t('exam.confirm.allAnswered')}</p>
            {flagged.length > 0 && <p>{t('exam.confirm.flagged', { list: flagged.join(', ') })}</p>}
          </div>
          <button type="button" class="usm-button" onClick={() => submit(exam)} ref={(el) => el?.focus()}>{t('exam.confirm.yes')}</button>{' '}
          <button type="button" class="usm-button secondary" onClick={() => setConfirming(false)}>{t('exam.confirm.no')}</button>
        </div>
      )}
    </div>
  );
}
