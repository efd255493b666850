// The guessing bench: how many of the 40 mock-exam questions a learner who knows no USM would get right
// with a simple test-taking strategy. Each strategy's expected score is averaged over 1,000 exams drawn
// exactly as the exam page draws them (src/lib/exam.ts, seeds 1…1000), beside the pass mark (26/40).
// Budget: every strategy below 15/40. The cue measures themselves live in simulator/bank-quality.ts.
// Runs alone with `node scripts/bench-guessing.mjs` (updates the `guessing` entry of bench/results.json),
// or as part of `npm run bench`.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const GUESSING_BUDGET = 15;
export const GUESSING_EXAMS = 1000;

export async function guessingBench(root = resolve('.')) {
  const { parseQuestionFile } = await import('#engine/build');
  const { STRATEGIES, expectedScore } = await import('#engine/build');
  const { drawExam, EXAM } = await import('../src/lib/exam.ts');
  const dir = join(root, 'quizzes');
  const bank = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => parseQuestionFile(readFileSync(join(dir, f), 'utf8'), f).questions);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const totals = Object.fromEntries(Object.keys(STRATEGIES).map((k) => [k, 0]));
  for (let seed = 1; seed <= GUESSING_EXAMS; seed++) {
    const exam = drawExam(bank, seed).map((id) => byId.get(id));
    for (const [name, strategy] of Object.entries(STRATEGIES)) totals[name] += expectedScore(exam, strategy);
  }
  const strategies = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, +(v / GUESSING_EXAMS).toFixed(2)]));
  return {
    exams: GUESSING_EXAMS,
    questionsPerExam: EXAM.questions,
    passMark: EXAM.passMark,
    budget: `each < ${GUESSING_BUDGET}/${EXAM.questions}`,
    strategies,
    pass: Object.values(strategies).every((s) => s < GUESSING_BUDGET),
  };
}

export function printGuessing(g) {
  console.table(
    Object.fromEntries(
      Object.entries(g.strategies).map(([k, v]) => [
        k,
        {
          'expected /40': v,
          'pass mark': g.passMark,
          budget: `< ${GUESSING_BUDGET}`,
          pass: v < GUESSING_BUDGET ? 'PASS' : 'FAIL',
        },
      ]),
    ),
  );
}

/** Measures, prints, and updates the `guessing` entry of bench/results.json; exit code 1 over budget. */
export async function runGuessing() {
  const g = await guessingBench();
  printGuessing(g);
  const file = resolve('bench/results.json');
  const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  results.guessing = g;
  if (results.budgets) results.budgets.guessing = { budget: g.budget, measured: g.strategies, pass: g.pass };
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  console.log('written to bench/results.json (guessing)');
  if (!g.pass) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runGuessing();
