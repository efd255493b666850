/** Playing a packaged call in a stand-in LMS, shared by the LMS package specs, in the package's language. */
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { type CALL_TYPES, PROCESSES, workflowByNumber, type ProcessId } from '#engine/model';
import { callTypeName, processName } from '#engine/lazy/step-grade';
import { tFor } from '../../src/i18n/dictionaries.ts';
import type { Lang } from '../../src/i18n/keys.ts';

export interface S {
  id: string;
  expected: { callType: keyof typeof CALL_TYPES; workflow: number; impact?: string; urgency?: string };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Plays a call as the scenario expects: classify, priority, send, and follow the workflow's route. Every
 * word it looks for is the package language's: the dictionary's and the terminology table's.
 */
export async function playCall(f: FrameLocator | Page, s: S, lang: Lang = 'en') {
  const t = tFor(lang);
  const P = (p: ProcessId) => processName(p, lang);
  // The package plays the call on the simulator's own process board: one group per process.
  const board = f.getByRole('region', { name: t('sim.board') });
  for (const p of Object.keys(PROCESSES) as ProcessId[])
    await expect(board.getByRole('group', { name: P(p), exact: true })).toHaveCount(1);
  await f.getByRole('radio', { name: callTypeName(s.expected.callType, lang), exact: true }).check();
  if (s.expected.impact) {
    await f.getByLabel(t('sim.impact')).selectOption(s.expected.impact);
    await f.getByLabel(t('sim.urgency')).selectOption(s.expected.urgency!);
  }
  const route = workflowByNumber(s.expected.workflow)!.route.map(P);
  await f.getByRole('button', { name: t('sim.sendTo', { process: route[0]! }) }).click();
  const cont = (process: string) => f.getByRole('button', { name: t('sim.continue', { process }), exact: true });
  for (let i = 0; i < route.length; i++) {
    await cont(route[i]!).click();
    if (i + 1 < route.length)
      await f
        .getByRole('button', { name: new RegExp(`^${escape(t('sim.triggerAny', { process: route[i + 1]! }))}`) })
        .click();
  }
  for (let i = route.length - 1; i >= 0; i--) await cont(route[i]!).click();
  await expect(f.getByTestId('debrief')).toBeVisible();
  // The debrief on the board: the route played beside the expected one, ghosted.
  await expect(f.getByTestId('board-debrief')).toContainText(t('sim.board.expected', { route: route.join(' → ') }));
  await expect(board.locator('.board-path path.is-ghost').first()).toBeAttached();
}
