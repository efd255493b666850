/** Practice tools: hints (until there are none left), undo, start again, and the solution on demand. */
import { useState } from 'preact/hooks';
import { CALL_TYPES, PROCESSES, routeFor, workflowByNumber } from '#engine/model';
import type { Scenario } from '#engine/model';
import { useT } from '../../i18n/context.tsx';

interface Props {
  scenario: Scenario | null;
  hintsUsed: number;
  hint: (() => void) | null;
  canUndo: boolean;
  undo: () => void;
  reset: () => void;
  /** The learner opened the solution (a coach's room sees it). */
  onSolution?: () => void;
}

export default function PracticeTools({ scenario, hintsUsed, hint, canUndo, undo, reset, onSolution }: Props) {
  const t = useT();
  const [solution, setSolution] = useState(false);
  const hints = scenario?.hints ?? [];
  const expected = scenario ? workflowByNumber(scenario.expected.workflow)! : null;
  return (
    <div class="sim-tools" role="group" aria-label={t('sim.tools')}>
      {hint &&
        hints.length > 0 &&
        (hintsUsed < hints.length ? (
          <button type="button" class="usm-button secondary" onClick={hint}>
            {t('sim.hint')}
          </button>
        ) : (
          <span class="sim-hint-none" data-testid="no-more-hints">
            {t('sim.hint.none')}
          </span>
        ))}
      <button type="button" class="usm-button secondary" disabled={!canUndo} onClick={undo}>
        {t('sim.undo')}
      </button>
      <button type="button" class="usm-button secondary" onClick={reset}>
        {t('sim.reset')}
      </button>
      {hint && expected && (
        <button
          type="button"
          class="usm-button secondary"
          aria-expanded={solution}
          onClick={() => {
            onSolution?.();
            setSolution(!solution);
          }}
        >
          {t('sim.solution')}
        </button>
      )}
      {hintsUsed > 0 && (
        <ul class="sim-hints">
          {hints.slice(0, hintsUsed).map((h, i) => (
            <li key={i}>{h}</li>
          ))}
        </ul>
      )}
      {solution && expected && scenario && (
        <p data-testid="solution">
          {t('sim.solution.text', {
            callType: CALL_TYPES[scenario.expected.callType].name.toLowerCase(),
            n: expected.number,
            name:
              expected.name +
              (scenario.expected.outcome && scenario.expected.outcome !== 'fulfilled'
                ? `, ${t(`sim.outcome.${scenario.expected.outcome}`)}`
                : ''),
            route: routeFor(expected.number, scenario.expected.outcome)
              .map((p) => PROCESSES[p].name)
              .join(' → '),
          })}
        </p>
      )}
    </div>
  );
}
