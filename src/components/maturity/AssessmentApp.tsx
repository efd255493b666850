/**
 * The self-assessment: who is answering, then one part (dimension) at a time, then the report.
 * Answers are saved in the store as the respondent goes, so the assessment can be resumed.
 */
import { useEffect, useState } from 'preact/hooks';
import { ANSWERS, type Answer, type Perspective, type Questionnaire, NAME_MAX, cleanName } from '#engine/model';
import { browserStore, type RecordData } from '../../lib/store/index.ts';
import { island, useT } from '../../i18n/context.tsx';
import MaturityReport from './MaturityReport.tsx';

type Saved = NonNullable<RecordData<'maturity'>>;

interface Props {
  q: Questionnaire;
  links: {
    lessons: Record<string, { title: string; href: string }>;
    scenarios: Record<string, { title: string; href: string }>;
  };
}

function AssessmentApp({ q, links }: Props) {
  const t = useT();
  const store = browserStore();
  const fresh = (): Saved => ({
    questionnaire: q.id,
    version: q.version,
    perspective: 'provider',
    respondent: '',
    answers: {},
  });
  const [saved, setSaved] = useState<Saved>(fresh);
  const [step, setStep] = useState(0); // 0 intro, 1..n parts, n+1 report
  useEffect(() => {
    const s = store.read('maturity');
    if (!s || s.questionnaire !== q.id || s.version !== q.version) return;
    // A name saved before names were bounded (or typed past the limit elsewhere) is cut to NAME_MAX.
    if ([...s.respondent].length > NAME_MAX) save({ ...s, respondent: cleanName(s.respondent) });
    else setSaved(s);
  }, []);
  const save = (next: Saved) => {
    setSaved(next);
    store.write('maturity', next);
  };
  const total = q.dimensions.reduce((n, d) => n + d.statements.length, 0);
  const answered = Object.keys(saved.answers).length;
  const n = q.dimensions.length;
  // Where to resume: the part the respondent last had open, else the first part with a statement unanswered.
  const firstOpen = q.dimensions.findIndex((d) => d.statements.some((st) => !saved.answers[st.id])) + 1;
  const resumeAt = Math.min(n, Math.max(1, saved.part ?? (firstOpen || n)));
  const go = (s: number) => {
    setStep(s);
    if (s >= 1 && s <= n && saved.part !== s) save({ ...saved, part: s });
    requestAnimationFrame(
      () => document.getElementById('vmm-step-title')?.focus() ?? document.getElementById('vmm-report-title')?.focus(),
    );
  };

  if (step === 0) {
    return (
      <div class="vmm not-content">
        <p>{q.intro}</p>
        <fieldset>
          <legend>{t('vmm.perspective')}</legend>
          {(['provider', 'customer'] as Perspective[]).map((p) => (
            <label class="question-option" key={p}>
              <input
                type="radio"
                name="vmm-perspective"
                checked={saved.perspective === p}
                onChange={() => save({ ...saved, perspective: p })}
              />{' '}
              {t(`vmm.perspective.${p}`)}
            </label>
          ))}
        </fieldset>
        <p>
          <label for="vmm-respondent">{t('vmm.respondent')}</label>
          <br />
          <input
            id="vmm-respondent"
            type="text"
            maxLength={NAME_MAX}
            value={saved.respondent}
            onInput={(e) => save({ ...saved, respondent: (e.target as HTMLInputElement).value })}
          />
        </p>
        <p>{t('vmm.answered', { answered, total })}</p>
        <p>
          {answered > 0 ? (
            <button type="button" class="usm-button" data-testid="vmm-resume" onClick={() => go(resumeAt)}>
              {t('vmm.resume', { n: resumeAt, title: q.dimensions[resumeAt - 1]!.title })}
            </button>
          ) : (
            <button type="button" class="usm-button" onClick={() => go(1)}>
              {t('vmm.start', { dimension: q.dimensions[0]!.title })}
            </button>
          )}{' '}
          {answered > 0 && (
            <button type="button" class="usm-button secondary" onClick={() => go(n + 1)}>
              {t('vmm.report')}
            </button>
          )}{' '}
          {answered > 0 && (
            <button type="button" class="usm-button secondary" onClick={() => save(fresh())}>
              {t('vmm.reset')}
            </button>
          )}
        </p>
      </div>
    );
  }

  if (step > n) {
    return (
      <div class="vmm not-content">
        <p class="no-print">
          <button type="button" class="usm-button secondary" onClick={() => go(1)}>
            {t('vmm.edit')}
          </button>
        </p>
        <MaturityReport
          q={q}
          answers={saved.answers}
          perspective={saved.perspective}
          respondent={saved.respondent}
          links={links}
        />
      </div>
    );
  }

  const d = q.dimensions[step - 1]!;
  return (
    <div class="vmm not-content">
      <h2 id="vmm-step-title" tabIndex={-1}>
        {t('vmm.step', { n: step, total: n, title: d.title })}
      </h2>
      <p>{d.description}</p>
      <p role="status">{t('vmm.answered', { answered, total })}</p>
      <ol class="vmm-statements">
        {d.statements.map((s) => (
          <li key={s.id}>
            <fieldset>
              <legend>{s.text}</legend>
              <div class="vmm-scale">
                {ANSWERS.map((a: Answer) => (
                  <label key={a}>
                    <input
                      type="radio"
                      name={s.id}
                      value={a}
                      checked={saved.answers[s.id] === a}
                      onChange={() => save({ ...saved, answers: { ...saved.answers, [s.id]: a } })}
                    />{' '}
                    {t(`vmm.scale.${a}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <p class="sim-actions">
        <button type="button" class="usm-button secondary" onClick={() => go(step - 1)}>
          {t('vmm.prev')}
        </button>
        <button type="button" class="usm-button" onClick={() => go(step + 1)}>
          {step < n ? t('vmm.next') : t('vmm.report')}
        </button>
      </p>
    </div>
  );
}

export default island(AssessmentApp);
