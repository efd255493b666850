// The closing summary of `npm test`, from Vitest's and Playwright's JSON reports (kept apart from
// test-all.mjs so it can be tested without running anything).

/** Titles ("file › describe › test") of every Playwright test whose final status is `status`. */
export function playwrightTitles(report, status) {
  const found = [];
  const walk = (suite, path) => {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      if ((spec.tests ?? []).some((t) => t.status === status)) found.push([...here, spec.title].join(' › '));
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report?.suites ?? []) walk(suite, []);
  return found;
}

/**
 * The lint report (ESLint's JSON formatter: one entry per file) as counts and one line per problem.
 * `null` (no report: ESLint crashed or its config failed to load) is one failure.
 */
export function lintProblems(report) {
  if (!report)
    return { errors: 1, files: 0, lines: ['lint: no report (ESLint did not run to the end; see its output above)'] };
  const bad = report.filter((f) => f.errorCount > 0);
  const errors = bad.reduce((n, f) => n + f.errorCount, 0);
  const lines = bad.flatMap((f) =>
    f.messages
      .filter((m) => m.severity === 2)
      .map((m) => `  ${f.filePath}:${m.line ?? 0}:${m.column ?? 0} ${m.message} (${m.ruleId ?? 'eslint'})`),
  );
  return {
    errors,
    files: bad.length,
    lines:
      errors > 0
        ? [
            `lint: ${errors} error${errors === 1 ? '' : 's'} in ${bad.length} file${bad.length === 1 ? '' : 's'}`,
            ...lines,
          ]
        : [],
  };
}

/**
 * The files Prettier would change (`prettier --list-different` prints one path a line): each one failure,
 * listed with the command that fixes them. `null` (Prettier did not run) is one failure.
 */
export function unformattedFiles(listed) {
  if (listed === null) return { errors: 1, lines: ['format: Prettier did not run (see its output above)'] };
  const files = listed
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (files.length === 0) return { errors: 0, lines: [] };
  const n = files.length;
  return {
    errors: n,
    lines: [
      `format: ${n} file${n === 1 ? '' : 's'} not formatted (run \`npm run format\`)`,
      ...files.map((f) => `  ${f}`),
    ],
  };
}

/**
 * Sums the reports. `failedSteps` counts steps that failed outside any test (the build); `lint` is
 * ESLint's JSON report, each error one failure, listed before the closing line; `format` is Prettier's
 * `--list-different` output, each unformatted file one failure;
 * `e2eSkipped` is true when the browser tests were not run because an earlier step failed.
 * A browser test that passed only on retry counts as passed, and is listed in `lines` before the
 * closing `N passed, N failed`, because a test that needs a retry is a finding, not a pass to hide.
 * @param {{ unit: any, e2e: any, lint?: any, format?: string | null, failedSteps?: number, e2eSkipped?: boolean }} reports
 */
export function summarize({ unit, e2e, lint, format, failedSteps = 0, e2eSkipped = false }) {
  let passed = 0;
  let failed = failedSteps;
  const lines = [];
  // Each lint error counts as one failure; `lint` undefined means the lint step was not part of the run.
  if (lint !== undefined) {
    const l = lintProblems(lint);
    failed += l.errors;
    lines.push(...l.lines);
  }
  // `format` undefined means the format check was not part of the run.
  if (format !== undefined) {
    const f = unformattedFiles(format);
    failed += f.errors;
    lines.push(...f.lines);
  }
  if (unit) {
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
    if (unit.numFailedTestSuites > 0 && unit.numFailedTests === 0) failed += unit.numFailedTestSuites;
  } else failed++;
  if (e2e) {
    const flaky = e2e.stats.flaky ?? 0;
    passed += e2e.stats.expected + flaky;
    failed += e2e.stats.unexpected;
    if ((e2e.errors ?? []).length > 0) failed += e2e.errors.length;
    if (flaky > 0) lines.push(`flaky: ${flaky} (passed only on retry): ${playwrightTitles(e2e, 'flaky').join('; ')}`);
  } else if (!e2eSkipped) failed++;
  lines.push(`${passed} passed, ${failed} failed`);
  return { passed, failed, lines };
}
