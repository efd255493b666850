/** The details the learner can ask the caller for, revealed one by one. */
import type { LearnerEvent } from '../../../simulator/machines/events.ts';
import { useT } from '../../i18n/context.tsx';

export default function CallerFacts({ facts, revealed, send, id }: { facts: readonly string[]; revealed: readonly number[]; send: (e: LearnerEvent) => void; id: string }) {
  const t = useT();
  if (facts.length === 0) return null;
  return (
    <section class="sim-facts" aria-labelledby={`${id}-facts`}>
      <h3 id={`${id}-facts`}>{t('sim.facts')}</h3>
      <ol>
        {facts.map((f, i) => (
          <li key={i}>
            {revealed.includes(i) ? f : (
              <button type="button" class="usm-button secondary" onClick={() => send({ type: 'REVEAL_FACT', index: i })}>{t('sim.fact.reveal', { n: i + 1 })}</button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
