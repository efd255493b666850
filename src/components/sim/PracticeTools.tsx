/** Practice tools: hints (until there are none left), undo, start again, and the solution on demand. */
import { useState } from 'preact/hooks';
import { routeFor, type WorkflowNumber } from '#engine/model';
import type { Scenario } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { useUsmNames } from '../../i18n/usm-names.ts';

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
  const names = useUsmNames();
  const [solution, setSolution] = useState(false);
  const hints = scenario?.hints ?? [];
  // The scenario schema allows workflows 1–8 only.
  const expected = (scenario?.expected.workflow ?? null) as WorkflowNumber | null;
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
            callType: names.callTypeInText(scenario.expected.callType),
            n: expected,
            name:
              names.workflow(expected) +
              (scenario.expected.outcome && scenario.expected.outcome !== 'fulfilled'
                ? `, ${t(`sim.outcome.${scenario.expected.outcome}`)}`
                : ''),
            route: names.route(routeFor(expected, scenario.expected.outcome)),
          })}
        </p>
      )}
    </div>
  );
}
