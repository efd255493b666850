/** The Shift's first view: which shift, which seed (fixed by a workshop's link), and the start button. */
import { useT } from '../../i18n/context.tsx';
import type { ShiftChoice } from './load-floor.ts';

interface Props {
  choices: ShiftChoice[];
  shiftId: string;
  choose: (id: string) => void;
  seed: string;
  setSeed: (seed: string) => void;
  /** The workshop line when a coach's link fixed the shift and seed. */
  workshop: string | null;
  codeError: string;
  loadError: string;
  loading: boolean;
  /** The learner is heading for the form: start loading the floor. */
  prepare: () => void;
  start: () => void;
}

export default function ShiftStart(p: Props) {
  const t = useT();
  const fixed = p.workshop !== null;
  return (
    <form
      class="shift not-content"
      onPointerEnter={p.prepare}
      onFocusIn={p.prepare}
      onTouchStart={p.prepare}
      onSubmit={(e) => {
        e.preventDefault();
        p.start();
      }}
    >
      <p>{t('shift.intro')}</p>
      {p.codeError && (
        <p role="alert" class="question-feedback is-wrong" data-testid="shift-code-error">
          {t('shift.joinInvalid', { error: p.codeError })}
        </p>
      )}
      {p.workshop && <p data-testid="shift-workshop">{p.workshop}</p>}
      <fieldset disabled={fixed}>
        <legend>{t('shift.choose')}</legend>
        {p.choices.map((s) => (
          <label class="question-option" key={s.id}>
            <input type="radio" name="shift" checked={s.id === p.shiftId} onChange={() => p.choose(s.id)} />{' '}
            <strong>{s.title}</strong> — {s.description}
          </label>
        ))}
      </fieldset>
      <p>
        <label>
          {t('shift.seed')}{' '}
          <input
            type="number"
            min="0"
            value={p.seed}
            readOnly={fixed}
            onInput={(e) => p.setSeed((e.target as HTMLInputElement).value)}
          />
        </label>
      </p>
      <p>
        <button type="submit" class="usm-button" aria-disabled={p.loading}>
          {t('shift.start')}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {p.loading && <p>{t('shift.loading')}</p>}
        {p.loadError && <p class="question-feedback is-wrong">{p.loadError}</p>}
      </div>
    </form>
  );
}
