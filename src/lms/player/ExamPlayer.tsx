/** The mock exam inside an LMS package: one question at a time, a countdown, resume from suspend data. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { EXAM, formatClock, remainingAfter, spokenTime } from '../../lib/exam.ts';
import { readSuspend, writeSuspend } from '../runtime/suspend.ts';
import { useT } from '../../i18n/context.tsx';
import type { T } from '../../i18n/translate.ts';
import {
  examReport,
  isExamSuspend,
  newAttempt,
  resultOf,
  resumeAttempt,
  toSuspend,
  type ExamAttempt,
} from './exam-state.ts';
import ExamResult from './ExamResult.tsx';
import type { PlayerProps } from './mount.tsx';
import type { PackageContent } from './content.ts';

type Props = PlayerProps<Extract<PackageContent, { kind: 'exam' }>>;

/** The attempt from the LMS's suspend data, or a fresh one with the reason it could not resume. */
function initial(
  t: T,
  { content: { questions }, packageId, version, session }: Props,
): { attempt: ExamAttempt; message: string | null } {
  const read = readSuspend(session.suspendData, packageId, version, isExamSuspend);
  if (read.ok) {
    const resumed = resumeAttempt(questions, read.state);
    if (resumed) return { attempt: resumed, message: resumed.done ? null : t('lms.resumed') };
  }
  const fresh = newAttempt(questions, Math.floor(Math.random() * 2 ** 31));
  const reason = read.ok ? 'corrupt' : read.reason;
  return { attempt: fresh, message: reason === 'empty' ? null : t(`lms.suspend.${reason}`) };
}

export default function ExamPlayer(props: Props) {
  const t = useT();
  const { packageId, version, session, notify } = props;
  const questions = props.content.questions;
  const [start] = useState(() => initial(t, props));
  const [a, setA] = useState<ExamAttempt>(start.attempt);
  const latest = useRef(a);
  latest.current = a;
  const suspendOf = (x: ExamAttempt) => writeSuspend(packageId, version, toSuspend(x));
  const byId = new Map(questions.map((q) => [q.id, q]));

  useEffect(() => notify(start.message ?? session.problem()), []);

  const finish = async (x: ExamAttempt) => {
    const done = { ...x, done: true };
    setA(done);
    const { outcome, interactions } = examReport(questions, done);
    await session.finish(outcome, interactions, suspendOf(done));
    notify(session.problem());
  };

  // The countdown: one tick a second; saved to the LMS every 15 seconds and when the window closes.
  useEffect(() => {
    if (a.done) return;
    let last = Date.now();
    let ticks = 0;
    const id = setInterval(() => {
      const now = Date.now();
      const next = { ...latest.current, remainingMs: remainingAfter(latest.current.remainingMs, now - last) };
      last = now;
      if (next.remainingMs <= 0) {
        clearInterval(id);
        notify(t('exam.timeUp'));
        void finish(next);
        return;
      }
      setA(next);
      if (++ticks % 15 === 0) session.save(suspendOf(next));
    }, 1000);
    const leave = () => {
      if (!latest.current.done) session.suspend(suspendOf(latest.current));
    };
    addEventListener('pagehide', leave);
    return () => {
      clearInterval(id);
      removeEventListener('pagehide', leave);
    };
  }, [a.done]);

  if (a.done) return <ExamResult {...resultOf(questions, a)} answers={a.answers} />;

  const q = byId.get(a.ids[a.current]!)!;
  const choose = (i: number) => {
    const next = { ...a, answers: a.answers.map((x, k) => (k === a.current ? i : x)) };
    setA(next);
    session.save(suspendOf(next));
  };
  const go = (k: number) => {
    const next = { ...a, current: k };
    setA(next);
    session.save(suspendOf(next));
  };
  const unanswered = a.answers.flatMap((x, k) => (x < 0 ? [k + 1] : []));

  return (
    <div class="lms-exam">
      <p class="lms-clock" aria-label={spokenTime(t, a.remainingMs)}>
        {t('exam.timer')}: <span data-testid="clock">{formatClock(a.remainingMs)}</span>
      </p>
      <fieldset class="lms-question">
        <legend>
          <span class="lms-count">{t('exam.question', { n: a.current + 1, total: a.ids.length })}</span> {q.stem}
        </legend>
        {q.options.map((o, i) => (
          <label class="question-option" key={`${q.id}-${i}`}>
            <input
              type="radio"
              name={`answer-${q.id}`}
              checked={a.answers[a.current] === i}
              onChange={() => choose(i)}
            />{' '}
            {o}
          </label>
        ))}
      </fieldset>
      <p class="lms-nav">
        <button type="button" class="usm-button secondary" disabled={a.current === 0} onClick={() => go(a.current - 1)}>
          {t('exam.prev')}
        </button>{' '}
        <button
          type="button"
          class="usm-button secondary"
          disabled={a.current === a.ids.length - 1}
          onClick={() => go(a.current + 1)}
        >
          {t('exam.next')}
        </button>
      </p>
      <details class="lms-submit">
        <summary>{t('exam.submit')}</summary>
        <p>
          {unanswered.length
            ? t('exam.confirm.unanswered', { list: unanswered.join(', ') })
            : t('exam.confirm.allAnswered')}
        </p>
        <button type="button" class="usm-button" onClick={() => void finish(a)}>
          {t('exam.confirm.yes')}
        </button>
      </details>
      <p class="lms-note">{t('lms.exam.rules', { n: a.ids.length, minutes: EXAM.minutes, pass: EXAM.passMark })}</p>
    </div>
  );
}
