/** The closing summary of `npm test`: flaky browser tests are counted as passed and listed by title. */
import { describe, expect, it } from 'vitest';
import { lintProblems, summarize, unformattedFiles } from '../../../scripts/test-summary.mjs';

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
    expect(lines).toEqual([
      'flaky: 2 (passed only on retry): shell.spec.ts › sidebar marks; shell.spec.ts › room › joins',
      '16 passed, 2 failed',
    ]);
  });

  it('prints only the closing line when nothing was flaky', () => {
    const { lines } = summarize({ unit, e2e: { ...e2e, stats: { expected: 4, flaky: 0, unexpected: 0 } } });
    expect(lines).toEqual(['14 passed, 1 failed']);
  });

  it('counts a missing report as a failure unless the browser tests were skipped', () => {
    expect(summarize({ unit: null, e2e: null }).failed).toBe(2);
    expect(summarize({ unit, e2e: null, failedSteps: 1, e2eSkipped: true }).lines).toEqual(['10 passed, 2 failed']);
  });

  it('counts each lint error as a failure and lists them before the closing line', () => {
    const lint = [
      {
        filePath: '/repo/src/a.tsx',
        errorCount: 2,
        messages: [
          {
            severity: 2,
            line: 3,
            column: 1,
            ruleId: '@typescript-eslint/no-restricted-imports',
            message: 'Import the engine through its entries',
          },
          { severity: 2, line: 9, column: 5, ruleId: 'prefer-const', message: "'x' is never reassigned" },
        ],
      },
      {
        filePath: '/repo/src/b.ts',
        errorCount: 0,
        messages: [{ severity: 1, line: 1, column: 1, ruleId: 'x', message: 'a warning' }],
      },
    ];
    const { passed, failed, lines } = summarize({
      unit,
      e2e: { ...e2e, stats: { expected: 4, flaky: 0, unexpected: 0 } },
      lint,
    });
    expect(passed).toBe(14);
    expect(failed).toBe(3);
    expect(lines).toEqual([
      'lint: 2 errors in 1 file',
      '  /repo/src/a.tsx:3:1 Import the engine through its entries (@typescript-eslint/no-restricted-imports)',
      "  /repo/src/a.tsx:9:5 'x' is never reassigned (prefer-const)",
      '14 passed, 3 failed',
    ]);
  });

  it('adds nothing for a clean lint, and one failure when the lint left no report', () => {
    expect(summarize({ unit, e2e, lint: [{ filePath: 'a.ts', errorCount: 0, messages: [] }] }).failed).toBe(2);
    expect(summarize({ unit, e2e, lint: null }).failed).toBe(3);
    expect(lintProblems(null).lines[0]).toMatch(/^lint: no report/);
  });

  it('counts each file Prettier would change as one failure and names the fix', () => {
    const { failed, lines } = summarize({ unit, e2e, format: 'src/a.tsx\nsimulator/b.ts\n' });
    expect(failed).toBe(2 + 2);
    expect(lines.slice(0, 3)).toEqual([
      'format: 2 files not formatted (run `npm run format`)',
      '  src/a.tsx',
      '  simulator/b.ts',
    ]);
    expect(summarize({ unit, e2e, format: '' }).failed).toBe(2);
    expect(unformattedFiles(null)).toEqual({
      errors: 1,
      lines: ['format: Prettier did not run (see its output above)'],
    });
  });
});
