/** One question of any type, answerable by keyboard, with feedback after checking. */
import { useEffect, useState } from 'preact/hooks';
import { isCorrect } from '#engine/model';
import type { Question } from '#engine/model';
import { describeAnswer, type Given } from '../lib/questions.ts';
import { useT } from '../i18n/context.tsx';

interface Props {
  question: Question;
  number: number;
  lessonHref?: string;
  onAnswered?: (correct: boolean) => void;
}

export default function QuestionCard({ question: q, number, lessonHref, onAnswered }: Props) {
  const t = useT();
  const initialOrder = q.type === 'order' ? q.options.map((_, i) => i) : [];
  const [given, setGiven] = useState<Given>(
    q.type === 'single'
      ? null
      : q.type === 'match'
        ? q.options.left.map(() => -1)
        : q.type === 'order'
          ? initialOrder
          : [],
  );
  const [checked, setChecked] = useState<boolean | null>(null);
  // Rendered on the server as disabled: until the island has hydrated, a click would look taken but be lost.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const name = `q-${q.id}`;
  const locked = checked !== null;

  const check = (e: Event) => {
    e.preventDefault();
    const ok = isCorrect(q, given);
    setChecked(ok);
    onAnswered?.(ok);
  };

  const move = (pos: number, delta: number) => {
    const order = [...(given as number[])];
    const to = pos + delta;
    if (to < 0 || to >= order.length) return;
    [order[pos], order[to]] = [order[to]!, order[pos]!];
    setGiven(order);
  };

  return (
    <form class="question not-content" onSubmit={check} aria-labelledby={`${name}-stem`}>
      <fieldset disabled={locked || !ready} data-ready={ready ? 'true' : undefined}>
        <legend id={`${name}-stem`}>
          {/* One text node: "{number}. " as two nodes came back from hydration as "1. ." */}
          <span class="question-number">{`${number}. `}</span>
          {q.stem}
        </legend>
        <p class="question-instruction">
          {q.type === 'single'
            ? t('question.chooseOne')
            : q.type === 'multiple'
              ? t('question.chooseMany')
              : q.type === 'order'
                ? t('question.order')
                : t('question.match')}
        </p>
        {q.type === 'single' &&
          q.options.map((opt, i) => (
            <label class="question-option" key={i}>
              <input type="radio" name={name} value={i} checked={given === i} onChange={() => setGiven(i)} /> {opt}
            </label>
          ))}
        {q.type === 'multiple' &&
          q.options.map((opt, i) => {
            const list = given as number[];
            return (
              <label class="question-option" key={i}>
                <input
                  type="checkbox"
                  name={name}
                  value={i}
                  checked={list.includes(i)}
                  onChange={() => setGiven(list.includes(i) ? list.filter((x) => x !== i) : [...list, i])}
                />{' '}
                {opt}
              </label>
            );
          })}
        {q.type === 'order' && (
          <ol class="question-order">
            {(given as number[]).map((optIndex, pos) => (
              <li key={optIndex}>
                <span>{q.options[optIndex]}</span>
                <button
                  type="button"
                  class="usm-button secondary"
                  onClick={() => move(pos, -1)}
                  disabled={pos === 0}
                  aria-label={t('question.moveUp', { item: q.options[optIndex]! })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="usm-button secondary"
                  onClick={() => move(pos, 1)}
                  disabled={pos === (given as number[]).length - 1}
                  aria-label={t('question.moveDown', { item: q.options[optIndex]! })}
                >
                  ↓
                </button>
              </li>
            ))}
          </ol>
        )}
        {q.type === 'match' &&
          q.options.left.map((left, i) => (
            <label class="question-match" key={i}>
              <span>{left}</span>
              <select
                aria-label={t('question.matchFor', { item: left })}
                value={String((given as number[])[i])}
                onChange={(e) => {
                  const next = [...(given as number[])];
                  next[i] = Number((e.target as HTMLSelectElement).value);
                  setGiven(next);
                }}
              >
                <option value="-1">{t('question.choose')}</option>
                {q.options.right.map((r, j) => (
                  <option value={String(j)} key={j}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
          ))}
      </fieldset>
      {!locked && (
        <button
          type="submit"
          class="usm-button"
          disabled={!ready || given === null || (Array.isArray(given) && given.length === 0)}
        >
          {t('question.submit')}
        </button>
      )}
      <div role="status" aria-live="polite">
        {checked !== null && (
          <div class={`question-feedback ${checked ? 'is-right' : 'is-wrong'}`}>
            <p>
              <strong>{checked ? t('question.correct') : t('question.incorrect')}</strong>{' '}
              {!checked && t('question.answerWas', { answer: describeAnswer(q) })}
            </p>
            <p>{q.explanation}</p>
            {lessonHref && (
              <p>
                <a href={lessonHref}>{t('question.readMore')}</a>
              </p>
            )}
            {!checked && q.scenario && (
              <p>
                <a href={`/simulator/${q.scenario}/`} data-testid="scenario-offer">
                  {t('question.scenarioOffer')}
                </a>
              </p>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
