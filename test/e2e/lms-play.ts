/** Playing a packaged call in a stand-in LMS, shared by the LMS package specs. */
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { CALL_TYPES, PROCESSES, workflowByNumber } from '#engine/model';

export interface S {
  id: string;
  expected: { callType: keyof typeof CALL_TYPES; workflow: number; impact?: string; urgency?: string };
}

/** Plays a call as the scenario expects: classify, priority, send, and follow the workflow's route. */
export async function playCall(f: FrameLocator | Page, s: S) {
  // The package plays the call on the simulator's own process board: one group per process.
  const board = f.getByRole('region', { name: 'Process board' });
  for (const p of Object.values(PROCESSES))
    await expect(board.getByRole('group', { name: p.name, exact: true })).toHaveCount(1);
  await f.getByRole('radio', { name: CALL_TYPES[s.expected.callType].name, exact: true }).check();
  if (s.expected.impact) {
    await f.getByLabel('Impact').selectOption(s.expected.impact);
    await f.getByLabel('Urgency').selectOption(s.expected.urgency!);
  }
  const route = workflowByNumber(s.expected.workflow)!.route.map((p) => PROCESSES[p].name);
  await f.getByRole('button', { name: `Send to ${route[0]}` }).click();
  for (let i = 0; i < route.length; i++) {
    await f.getByRole('button', { name: `Continue ${route[i]}`, exact: true }).click();
    if (i + 1 < route.length) await f.getByRole('button', { name: new RegExp(`^Trigger ${route[i + 1]}`) }).click();
  }
  for (let i = route.length - 1; i >= 0; i--)
    await f.getByRole('button', { name: `Continue ${route[i]}`, exact: true }).click();
  await expect(f.getByTestId('debrief')).toBeVisible();
  // The debrief on the board: the route played beside the expected one, ghosted.
  await expect(f.getByTestId('board-debrief')).toContainText(`Expected route (ghosted): ${route.join(' → ')}`);
  await expect(board.locator('.board-path path.is-ghost').first()).toBeAttached();
}
