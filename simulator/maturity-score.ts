/**
 * Scoring the value maturity questionnaire (usm-facts.md §5), in a way that can be explained; the rules are
 * written out in maturity.ts, the model's entry, which re-exports this module.
 */
export const ANSWERS = ['not', 'partly', 'largely', 'fully', 'dontknow'] as const;
export type Answer = (typeof ANSWERS)[number];
export const ANSWER_SCORE: Record<Exclude<Answer, 'dontknow'>, number> = { not: 0, partly: 1, largely: 2, fully: 3 };
export const MET_AVERAGE = 2;
export type Perspective = 'provider' | 'customer';

export type { Questionnaire, Dimension } from './maturity-schema.ts';
import type { Questionnaire, Dimension } from './maturity-schema.ts';

export type Answers = Readonly<Record<string, Answer>>;

export interface LevelScore {
  level: number;
  answered: number;
  total: number;
  /** Average score of the answered statements (0–3), null when none answered. */
  average: number | null;
  met: boolean;
}

export interface DimensionScore {
  id: string;
  title: string;
  level: number;
  levels: LevelScore[];
  /** Level 4 or 5 is met, but a gap in 1–3 keeps it from being credited. */
  heldByBarrier: boolean;
  /** Statements of the next level that are not yet largely met (or unknown): what holds the dimension back. */
  holdingBack: { id: string; level: number; text: string; answer: Answer | null }[];
}

export interface MaturityReport {
  overall: number;
  dimensions: DimensionScore[];
  answered: number;
  total: number;
}

export function scoreLevel(statements: readonly { id: string }[], answers: Answers, level: number): LevelScore {
  const scores = statements
    .map((s) => answers[s.id])
    .filter((a): a is Exclude<Answer, 'dontknow'> => a !== undefined && a !== 'dontknow')
    .map((a) => ANSWER_SCORE[a]);
  const average = scores.length ? scores.reduce((x, y) => x + y, 0) / scores.length : null;
  return {
    level,
    answered: scores.length,
    total: statements.length,
    average,
    met: average !== null && scores.length * 2 >= statements.length && average >= MET_AVERAGE,
  };
}

export function scoreDimension(d: Dimension, answers: Answers): DimensionScore {
  const levels = [1, 2, 3, 4, 5].map((L) =>
    scoreLevel(
      d.statements.filter((s) => s.level === L),
      answers,
      L,
    ),
  );
  let level = 0;
  while (level < 5 && levels[level]!.met) level++;
  const heldByBarrier = level < 3 && (levels[3]!.met || levels[4]!.met);
  const next = level + 1;
  const holdingBack =
    next <= 5
      ? d.statements
          .filter((s) => s.level === next)
          .filter((s) => {
            const a = answers[s.id];
            return a === undefined || a === 'dontknow' || ANSWER_SCORE[a] < MET_AVERAGE;
          })
          .map((s) => ({ id: s.id, level: s.level, text: s.text, answer: answers[s.id] ?? null }))
      : [];
  return { id: d.id, title: d.title, level, levels, heldByBarrier, holdingBack };
}

export function scoreQuestionnaire(q: Questionnaire, answers: Answers): MaturityReport {
  const dimensions = q.dimensions.map((d) => scoreDimension(d, answers));
  const all = q.dimensions.flatMap((d) => d.statements);
  return {
    overall: Math.min(...dimensions.map((d) => d.level)),
    dimensions,
    answered: all.filter((s) => answers[s.id] !== undefined).length,
    total: all.length,
  };
}
