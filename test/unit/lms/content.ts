/** The bank and the scenario library, read from the content folders with the build's own parsers (English and Dutch). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionFile, type Question, parseScenario, type Scenario } from '#engine/build';
import type { SingleQuestion } from '../../../src/lib/exam.ts';

const root = join(import.meta.dirname, '../../..');
const bankFrom = (dir: string): Question[] =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parseQuestionFile(readFileSync(join(root, dir, f), 'utf8'), f).questions);
const singlesOf = (bank: Question[]) =>
  bank.filter((q): q is SingleQuestion => q.type === 'single').sort((a, b) => a.id.localeCompare(b.id));
const libraryFrom = (dir: string): Scenario[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const r = parseScenario(readFileSync(join(root, dir, f), 'utf8'), f);
      return r.ok ? [r.scenario] : [];
    })
    .sort((a, b) => a.expected.workflow - b.expected.workflow || a.title.localeCompare(b.title));

export const bank: Question[] = bankFrom('quizzes');
export const singles = singlesOf(bank);
export const library: Scenario[] = libraryFrom('content/scenarios');

/** The Dutch bank's single-answer questions (by id) and the Dutch calls (the mirrors under content/nl/). */
export const nlSingles = singlesOf(bankFrom('content/nl/quizzes'));
export const nlScenarios: Scenario[] = libraryFrom('content/nl/scenarios');
