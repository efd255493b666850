// `npm run bench`: the project's speed and weight against its budgets, measured in one run.
// Writes bench/results.json and prints a table. Budgets are checked here, never in timed unit tests.
//  - buildSeconds (full site) and buildSecondsAt10x (scenarios and questions ×10, in bench/tmp/, never committed)
//  - JavaScript per page kind: gzip bytes of every script Chromium requests while loading the page
//  - starlightBaselineJs: the same for a plain Starlight page built from a minimal fixture in this run
//  - search (scripts/bench-search.mjs): recall of 200 sampled lesson words, p50/p95 latency on the real index
//    and on one twice as large, index and fragment sizes gzip; --search-alternatives adds the structures considered
//  - Lighthouse scores for the page kinds in both languages, each the median of 3 runs
//    (--lighthouse-runs=N; skipped with --no-lighthouse)
//  - guessing: mock-exam scores of test-taking strategies (scripts/bench-guessing.mjs; alone: --only guessing)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { guessingBench, printGuessing, runGuessing } from './bench-guessing.mjs';
import { SEARCH_BUDGETS, searchBench } from './bench-search.mjs';
import { ROOT, TMP, makeBaseline, makeTenfold, timedBuild } from './bench-sites.mjs';
import { CHROME, CHROME_ARGS, lighthouse, pageJs, serve, waitFor } from './bench-browser.mjs';

const ENGLISH_KINDS = {
  home: '/',
  lesson: '/lessons/processes/recover/',
  simulator: '/simulator/mining-telemetry-outage/',
  shift: '/shift/',
  exam: '/exam/',
  assessment: '/assessment/',
};
// Issue #18: the same page kinds in Dutch, under /nl/ ("nl home", "nl simulator", …).
const PAGE_KINDS = {
  ...ENGLISH_KINDS,
  ...Object.fromEntries(Object.entries(ENGLISH_KINDS).map(([kind, path]) => [`nl ${kind}`, `/nl${path}`])),
};
/** Lighthouse varies from run to run: each kind takes the median of this many runs (--lighthouse-runs=N). */
const LIGHTHOUSE_RUNS = Number(process.argv.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 3);
const BUDGETS = {
  lessonVsBaseline: 1.0,
  simulatorJs: 40_000,
  shiftJs: 40_000,
  examJs: 40_000,
  assessmentJs: 40_000,
  buildSeconds: 60,
  growthAt10x: 2.5,
  lighthouse: { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 },
  // Issue #15: Lighthouse 1.00 in all four categories on the simulator and Shift pages; #18: the Dutch ones too.
  lighthouseStrict: { simulator: 1, shift: 1, 'nl simulator': 1, 'nl shift': 1 },
  // Issue #18: a Dutch page kind ships the same JavaScript as its English twin, ± 1 KB.
  dutchJsDelta: 1024,
  // Issue #18: the full build at most twice the last build before the Dutch edition (10.25 s, bench/results.json at de8d3ec).
  buildBeforeDutch: 10.25,
  buildVsBeforeDutch: 2,
};

/** Per category, the median score of several Lighthouse runs (a run that failed counts as its error). */
function medianScores(runs) {
  const failed = runs.find((r) => r.error);
  if (failed) return failed;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
}

async function main() {
  if (process.argv.includes('--only') && process.argv.includes('guessing')) return runGuessing();
  const withLighthouse = !process.argv.includes('--no-lighthouse');
  mkdirSync(TMP, { recursive: true });
  console.log('building the site…');
  const buildSeconds = timedBuild(ROOT);
  console.log('building with ten times the scenarios and questions…');
  const buildSecondsAt10x = timedBuild(makeTenfold());
  console.log('building the plain Starlight baseline…');
  const baselineDir = makeBaseline();
  timedBuild(baselineDir);

  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ ...(CHROME ? { executablePath: CHROME } : {}), args: CHROME_ARGS });
  // BENCH_PORT lets two checkouts bench at once without sharing a port.
  const benchPort = Number(process.env.BENCH_PORT ?? 4390);
  const site = serve(ROOT, benchPort);
  const base = serve(baselineDir, benchPort + 1);
  let results;
  try {
    await waitFor(`http://127.0.0.1:${benchPort}/`);
    await waitFor(`http://127.0.0.1:${benchPort + 1}/page/`);
    const javascript = {};
    for (const [kind, path] of Object.entries(PAGE_KINDS))
      javascript[kind] = await pageJs(browser, `http://127.0.0.1:${benchPort}`, join(ROOT, 'dist'), path);
    const baseline = await pageJs(browser, `http://127.0.0.1:${benchPort + 1}`, join(baselineDir, 'dist'), '/page/');
    const search = await searchBench('dist', { alternatives: process.argv.includes('--search-alternatives') });
    const lessonSearchScripts = javascript.lesson.scripts.filter((p) => /search-palette|fuse/i.test(p));
    const lighthouseScores = {};
    if (withLighthouse)
      for (const [kind, path] of Object.entries(PAGE_KINDS)) {
        console.log(`lighthouse: ${kind}…`);
        lighthouseScores[kind] = medianScores(
          Array.from({ length: LIGHTHOUSE_RUNS }, () => lighthouse(`http://127.0.0.1:${benchPort}${path}`)),
        );
      }
    const lhMin = (kind) => ({
      ...BUDGETS.lighthouse,
      performance: BUDGETS.lighthouseStrict[kind] ?? BUDGETS.lighthouse.performance,
    });
    const lhOk = ([kind, s]) => s && !s.error && Object.entries(lhMin(kind)).every(([k, min]) => (s[k] ?? 0) >= min);
    const budgets = {
      lessonJsVsBaseline: {
        budget: `≤ ${BUDGETS.lessonVsBaseline}× baseline (${baseline.totalGzip} B)`,
        measured: +(javascript.lesson.totalGzip / baseline.totalGzip).toFixed(2),
        pass: javascript.lesson.totalGzip <= BUDGETS.lessonVsBaseline * baseline.totalGzip,
      },
      simulatorJs: {
        budget: `≤ ${BUDGETS.simulatorJs} B`,
        measured: javascript.simulator.totalGzip,
        pass: javascript.simulator.totalGzip <= BUDGETS.simulatorJs,
      },
      shiftJs: {
        budget: `≤ ${BUDGETS.shiftJs} B`,
        measured: javascript.shift.totalGzip,
        pass: javascript.shift.totalGzip <= BUDGETS.shiftJs,
      },
      examJs: {
        budget: `≤ ${BUDGETS.examJs} B`,
        measured: javascript.exam.totalGzip,
        pass: javascript.exam.totalGzip <= BUDGETS.examJs,
      },
      assessmentJs: {
        budget: `≤ ${BUDGETS.assessmentJs} B`,
        measured: javascript.assessment.totalGzip,
        pass: javascript.assessment.totalGzip <= BUDGETS.assessmentJs,
      },
      dutchJs: {
        budget: `each Dutch page kind within ± ${BUDGETS.dutchJsDelta} B of its English twin`,
        measured: Object.fromEntries(
          Object.keys(ENGLISH_KINDS).map((k) => [k, javascript[`nl ${k}`].totalGzip - javascript[k].totalGzip]),
        ),
        pass: Object.keys(ENGLISH_KINDS).every(
          (k) => Math.abs(javascript[`nl ${k}`].totalGzip - javascript[k].totalGzip) <= BUDGETS.dutchJsDelta,
        ),
      },
      searchRecall: {
        budget: `≥ ${SEARCH_BUDGETS.recall * 100} % of ${search.recall.sampled} lesson words find their page in the top 10`,
        measured: search.recall.share,
        pass: search.recall.share >= SEARCH_BUDGETS.recall,
      },
      searchP95: {
        budget: `≤ ${SEARCH_BUDGETS.p95Ms} ms (${search.full.entries} entries)`,
        measured: search.full.p95Ms,
        pass: search.full.p95Ms <= SEARCH_BUDGETS.p95Ms,
      },
      searchP95Doubled: {
        budget: `≤ ${SEARCH_BUDGETS.p95Ms} ms (${search.doubled.entries} entries)`,
        measured: search.doubled.p95Ms,
        pass: search.doubled.p95Ms <= SEARCH_BUDGETS.p95Ms,
      },
      searchIndexGzip: {
        budget: `≤ ${SEARCH_BUDGETS.indexGzipBytes} B`,
        measured: search.indexGzipBytes,
        pass: search.indexGzipBytes <= SEARCH_BUDGETS.indexGzipBytes,
      },
      lessonLoadsNoSearch: {
        budget: 'no search palette or fuse.js script on a lesson page before the palette opens',
        measured: lessonSearchScripts.length,
        pass: lessonSearchScripts.length === 0,
      },
      build: {
        budget: `≤ ${BUDGETS.buildSeconds} s`,
        measured: buildSeconds,
        pass: buildSeconds <= BUDGETS.buildSeconds,
      },
      buildVsBeforeDutch: {
        budget: `≤ ${BUDGETS.buildVsBeforeDutch}× the last build before the Dutch edition (${BUDGETS.buildBeforeDutch} s)`,
        measured: +(buildSeconds / BUDGETS.buildBeforeDutch).toFixed(2),
        pass: buildSeconds <= BUDGETS.buildVsBeforeDutch * BUDGETS.buildBeforeDutch,
      },
      buildGrowthAt10x: {
        budget: `≤ ${BUDGETS.growthAt10x}×`,
        measured: +(buildSecondsAt10x / buildSeconds).toFixed(2),
        pass: buildSecondsAt10x <= BUDGETS.growthAt10x * buildSeconds,
      },
      ...(withLighthouse
        ? {
            lighthouse: {
              budget: `a11y, best practices, SEO 1.00; performance 1.00 (simulator, shift, in both languages), ≥ 0.95 (others); the median of ${LIGHTHOUSE_RUNS} runs each`,
              measured: lighthouseScores,
              pass: Object.entries(lighthouseScores).every(lhOk),
            },
          }
        : {}),
    };
    // Guessing strategies on the mock exam (its own section: scripts/bench-guessing.mjs).
    const guessing = await guessingBench(ROOT);
    budgets.guessing = { budget: guessing.budget, measured: guessing.strategies, pass: guessing.pass };
    results = {
      measuredAt: new Date().toISOString(),
      node: process.version,
      buildSeconds,
      buildSecondsAt10x,
      javascript,
      starlightBaselineJs: baseline,
      search,
      lighthouse: withLighthouse ? lighthouseScores : 'skipped',
      guessing,
      budgets,
    };
  } finally {
    await browser.close();
    site.kill();
    base.kill();
  }
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log(
    `\nbuild ${results.buildSeconds} s · at 10× ${results.buildSecondsAt10x} s · search recall ${results.search.recall.share * 100} %, p95 ${results.search.full.p95Ms} ms (doubled ${results.search.doubled.p95Ms} ms), index ${results.search.indexGzipBytes} B gz`,
  );
  console.table(
    Object.fromEntries(
      Object.entries({ ...results.javascript, starlightBaseline: results.starlightBaselineJs }).map(([k, v]) => [
        k,
        { path: v.path, files: v.files, 'JS gzip B': v.totalGzip },
      ]),
    ),
  );
  if (withLighthouse) console.table(results.lighthouse);
  printGuessing(results.guessing);
  console.table(
    Object.fromEntries(
      Object.entries(results.budgets).map(([k, v]) => [
        k,
        {
          budget: v.budget,
          measured: typeof v.measured === 'object' ? 'see the table above' : v.measured,
          pass: v.pass ? 'PASS' : 'FAIL',
        },
      ]),
    ),
  );
  console.log('written to bench/results.json');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
