/** The details the learner can ask the caller for, revealed one by one. */
import type { LearnerEvent } from '#engine/model';
import { useT } from '../../i18n/context.tsx';

/** `level`: the heading's level (3 where the facts sit under a heading of their own, as in an LMS package). */
export default function CallerFacts({
  facts,
  revealed,
  send,
  id,
  level = 2,
}: {
  facts: readonly string[];
  revealed: readonly number[];
  send: (e: LearnerEvent) => void;
  id: string;
  level?: 2 | 3;
}) {
  const t = useT();
  if (facts.length === 0) return null;
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section class="sim-facts" aria-labelledby={`${id}-facts`}>
      <H id={`${id}-facts`}>{t('sim.facts')}</H>
      <ol>
        {facts.map((f, i) => (
          <li key={i}>
            {revealed.includes(i) ? (
              f
            ) : (
              <button
                type="button"
                class="usm-button secondary"
                onClick={() => send({ type: 'REVEAL_FACT', index: i })}
              >
                {t('sim.fact.reveal', { n: i + 1 })}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
