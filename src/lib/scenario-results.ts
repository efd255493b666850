/** Recording a graded call in the learner's store: best score, attempts, last workflow, passed ever. */
import type { GradeResult } from '#engine/model';
import type { Store } from './store/store.ts';

export function recordScenarioResult(store: Store, scenarioId: string, result: GradeResult, now = new Date()): void {
  store.update('scenarios', (cur) => {
    const prev = cur.results[scenarioId];
    return {
      results: {
        ...cur.results,
        [scenarioId]: {
          best: Math.max(prev?.best ?? 0, result.score),
          attempts: (prev?.attempts ?? 0) + 1,
          lastWorkflow: result.workflowChosen,
          passed: (prev?.passed ?? false) || result.passed,
          at: now.toISOString(),
        },
      },
    };
  });
}
