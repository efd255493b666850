/**
 * The mock exam island: start (extra time, pass mark), one question at a time with flags and a question
 * map, a countdown that auto-submits, a confirmation naming unanswered questions, and results that stay
 * on the page after a reload until a new exam starts. Every change is saved in the store, so a reload or
 * a closed tab loses nothing; one exam runs in one tab (src/lib/exam-tab.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  EXAM,
  announcementsCrossed,
  remainingAfter,
  scoreExam,
  spokenTime,
  type ExamResult,
  type PassMark,
  type SingleQuestion,
} from '../../lib/exam.ts';
import { claim, heldByOther, newTabId, onClaimed, release } from '../../lib/exam-tab.ts';
import { browserStore, type RecordData } from '../../lib/store/index.ts';
import { beginExam, submitExam } from '../../lib/exam-records.ts';
import { island, useT } from '../../i18n/context.tsx';
import ExamTimer from './ExamTimer.tsx';
import QuestionMap from './QuestionMap.tsx';
import ExamResults from './ExamResults.tsx';
import ExamStart from './ExamStart.tsx';
import ExamQuestion from './ExamQuestion.tsx';
import ExamConfirm from './ExamConfirm.tsx';
import ExamOtherTab from './ExamOtherTab.tsx';

type Running = NonNullable<RecordData<'exam'>>;
/** loading → start (or results) → running; `other`: another tab holds the exam; `readOnly`: it was taken over. */
type Mode = 'loading' | 'start' | 'running' | 'other' | 'readOnly';
interface Finished {
  result: ExamResult;
  questions: SingleQuestion[];
  answers: Record<string, number>;
  timeUp: boolean;
  /** Shown again from the history (after a reload), not just submitted. */
  restored?: string;
  otherTab?: boolean;
}

interface Props {
  bank: SingleQuestion[];
  lessons: Record<string, string>;
}

function ExamRunner({ bank, lessons }: Props) {
  const t = useT();
  const store = browserStore();
  const byId = useMemo(() => new Map(bank.map((q) => [q.id, q])), [bank]);
  const [me] = useState(newTabId);
  const [exam, setExam] = useState<Running | null>(null);
  const [mode, setModeState] = useState<Mode>('loading');
  const modeRef = useRef<Mode>('loading');
  const setMode = (m: Mode) => {
    modeRef.current = m;
    setModeState(m);
  };
  const [confirming, setConfirming] = useState(false);
  const [finished, setFinished] = useState<Finished | null>(null);
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const lastTick = useRef(0);

  /** The last finished exam from the history, if it kept its questions and they are all in the bank. */
  const lastFinished = (otherTab = false): Finished | null => {
    const last = store.read('examHistory').attempts.at(-1);
    if (!last?.ids || !last.answers || !last.ids.every((id) => byId.has(id))) return null;
    const questions = last.ids.map((id) => byId.get(id)!);
    return {
      result: scoreExam(questions, last.answers, last.passMark ?? EXAM.passMark),
      questions,
      answers: last.answers,
      timeUp: last.timeUp ?? false,
      restored: last.at,
      otherTab,
    };
  };

  const showEnded = (otherTab: boolean) => {
    setExam(null);
    setConfirming(false);
    setFinished(lastFinished(otherTab));
    setMode('start');
  };

  useEffect(() => {
    const saved = store.read('exam');
    if (saved && !saved.ids.every((id) => byId.has(id))) {
      store.setAside('exam', 'its questions are no longer in the question bank');
      setNotice(t('exam.damaged'));
    } else if (saved) {
      setExam(saved);
      if (heldByOther(me)) return setMode('other');
      claim(me);
      return setMode('running');
    }
    setFinished(lastFinished());
    setMode('start');
  }, []);

  // Another tab took the exam over: stop here. Another tab submitted it: show its result.
  useEffect(() => {
    const stopClaim = onClaimed(me, () => {
      if (modeRef.current === 'running') setMode('readOnly');
    });
    const stopStore = store.subscribe(() => {
      if ((modeRef.current === 'other' || modeRef.current === 'readOnly') && store.read('exam') === null)
        showEnded(true);
    });
    const leave = () => release(me);
    addEventListener('pagehide', leave);
    return () => {
      stopClaim();
      stopStore();
      removeEventListener('pagehide', leave);
    };
  }, []);

  const save = (next: Running | null) => {
    if (modeRef.current !== 'running' && next !== null) return;
    setExam(next);
    store.write('exam', next);
  };

  const takeOver = () => {
    const fresh = store.read('exam');
    if (!fresh) return showEnded(true);
    claim(me);
    setExam(fresh);
    setMode('running');
  };

  const start = ({ extraTime, passMark }: { extraTime: boolean; passMark: PassMark }) => {
    const next = beginExam(store, bank, { extraTime, passMark, seed: Math.floor(Math.random() * 2 ** 31) });
    claim(me);
    setFinished(null);
    setNotice('');
    setMode('running');
    save(next);
  };

  const submit = (running: Running, timeUp = false) => {
    const questions = running.ids.map((id) => byId.get(id)!);
    const result = submitExam(store, running, questions, running.passMark ?? EXAM.passMark, timeUp);
    // Submitted already (in another tab, or twice here)? Then there was nothing more to record.
    if (!result) return showEnded(true);
    setExam(null);
    release(me);
    setConfirming(false);
    setFinished({ result, questions, answers: running.answers, timeUp });
    setMode('start');
  };

  // The clock: time runs only while the exam is open in its tab; what is left is saved every second.
  useEffect(() => {
    if (!exam || mode !== 'running') return;
    lastTick.current = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      const elapsed = now - lastTick.current;
      lastTick.current = now;
      if (modeRef.current !== 'running') return;
      claim(me, now);
      setExam((cur) => {
        if (!cur) return cur;
        const remainingMs = remainingAfter(cur.remainingMs, elapsed);
        const crossed = announcementsCrossed(cur.remainingMs, remainingMs);
        if (crossed.length) setAnnouncement(spokenTime(t, remainingMs));
        const next = { ...cur, remainingMs };
        store.write('exam', next);
        if (remainingMs === 0) queueMicrotask(() => submit(next, true));
        return next;
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [exam === null, mode]);

  useEffect(() => {
    if (finished && !finished.restored) document.getElementById('exam-results')?.focus();
  }, [finished]);

  // Until the saved exam is read (on the client), the page shows the start screen, the one most visitors
  // get: the server renders it too, so hydrating shifts nothing.
  if (mode === 'loading') return <ExamStart start={start} notice="" />;

  if (mode === 'other' || mode === 'readOnly')
    return <ExamOtherTab readOnly={mode === 'readOnly'} takeOver={takeOver} />;

  if (finished) {
    const history = store.read('examHistory').attempts;
    return (
      <div class="exam not-content">
        {finished.otherTab && <p role="status">{t('exam.otherTab.submitted')}</p>}
        {finished.restored && (
          <p data-testid="exam-last">{t('exam.result.last', { date: new Date(finished.restored).toLocaleString() })}</p>
        )}
        {finished.timeUp && <p role="alert">{t('exam.timeUp')}</p>}
        <ExamResults
          result={finished.result}
          questions={finished.questions}
          answers={finished.answers}
          history={history}
          lessonHref={(slug) => lessons[slug]}
          restart={() => setFinished(null)}
        />
      </div>
    );
  }

  if (!exam)
    return (
      <ExamStart
        start={start}
        notice={notice}
        showLast={lastFinished() ? () => setFinished(lastFinished()) : undefined}
      />
    );

  const q = byId.get(exam.ids[exam.current]!)!;
  const go = (i: number) => save({ ...exam, current: Math.max(0, Math.min(exam.ids.length - 1, i)) });
  const unanswered = exam.ids
    .map((id, i) => (id in exam.answers ? null : i + 1))
    .filter((x): x is number => x !== null);
  const flagged = exam.ids
    .map((id, i) => (exam.flags.includes(id) ? i + 1 : null))
    .filter((x): x is number => x !== null);

  return (
    <div class="exam not-content">
      <ExamTimer remainingMs={exam.remainingMs} announcement={announcement} />
      <div class="exam-layout">
        <ExamQuestion exam={exam} q={q} save={save} go={go} confirm={() => setConfirming(true)} />
        <QuestionMap ids={exam.ids} answers={exam.answers} flags={exam.flags} current={exam.current} go={go} />
      </div>
      {confirming && (
        <ExamConfirm
          unanswered={unanswered}
          flagged={flagged}
          submit={() => submit(exam)}
          cancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}

export default island(ExamRunner);
