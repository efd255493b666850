/** The bank and the scenario library, read from the content folders with the build's own parsers. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionFile, type Question, parseScenario, type Scenario } from '#engine/build';
import type { SingleQuestion } from '../../../src/lib/exam.ts';

const root = join(import.meta.dirname, '../../..');
export const bank: Question[] = readdirSync(join(root, 'quizzes'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parseQuestionFile(readFileSync(join(root, 'quizzes', f), 'utf8'), f).questions);
export const singles = bank
  .filter((q): q is SingleQuestion => q.type === 'single')
  .sort((a, b) => a.id.localeCompare(b.id));

export const library: Scenario[] = readdirSync(join(root, 'content/scenarios'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const r = parseScenario(readFileSync(join(root, 'content/scenarios', f), 'utf8'), f);
    return r.ok ? [r.scenario] : [];
  })
  .sort((a, b) => a.expected.workflow - b.expected.workflow || a.title.localeCompare(b.title));
