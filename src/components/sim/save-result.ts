/** Saves a graded call's result once (best score, attempts, last workflow) in the learner's store. */
import type { GradeResult } from '#engine/model';
import { browserStore } from '../../lib/store/index.ts';

export function saveResult(scenarioId: string, result: GradeResult): void {
  browserStore().update('scenarios', (cur) => {
    const prev = cur.results[scenarioId];
    return {
      results: {
        ...cur.results,
        [scenarioId]: {
          best: Math.max(prev?.best ?? 0, result.score),
          attempts: (prev?.attempts ?? 0) + 1,
          lastWorkflow: result.workflowChosen,
          passed: (prev?.passed ?? false) || result.passed,
          at: new Date().toISOString(),
        },
      },
    };
  });
}
