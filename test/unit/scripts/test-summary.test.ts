/** The closing summary of `npm test`: flaky browser tests are counted as passed and listed by title. */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../scripts/test-summary.mjs';

const unit = { numPassedTests: 10, numFailedTests: 1, numFailedTestSuites: 1 };
const e2e = {
  stats: { expected: 4, flaky: 2, unexpected: 1 },
  errors: [],
  suites: [
    {
      title: 'shell.spec.ts',
      specs: [
        { title: 'sidebar marks', tests: [{ status: 'flaky' }] },
        { title: 'notice', tests: [{ status: 'expected' }] },
      ],
      suites: [{ title: 'room', specs: [{ title: 'joins', tests: [{ status: 'flaky' }] }] }],
    },
  ],
};

describe('summarize', () => {
  it('lists flaky tests on their own line before the closing line', () => {
    const { passed, failed, lines } = summarize({ unit, e2e });
    expect(passed).toBe(16);
    expect(failed).toBe(2);
    expect(lines).toEqual(['flaky: 2 (passed only on retry): shell.spec.ts › sidebar marks; shell.spec.ts › room › joins', '16 passed, 2 failed']);
  });

  it('prints only the closing line when nothing was flaky', () => {
    const { lines } = summarize({ unit, e2e: { ...e2e, stats: { expected: 4, flaky: 0, unexpected: 0 } } });
    expect(lines).toEqual(['14 passed, 1 failed']);
  });

  it('counts a missing report as a failure unless the browser tests were skipped', () => {
    expect(summarize({ unit: null, e2e: null }).failed).toBe(2);
    expect(summarize({ unit, e2e: null, failedSteps: 1, e2eSkipped: true }).lines).toEqual(['10 passed, 2 failed']);
  });
});
