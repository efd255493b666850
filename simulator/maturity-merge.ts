/** The team view of the value maturity questionnaire: many respondents' answers merged, and where they differ. */
import { ANSWER_SCORE, ANSWERS, scoreQuestionnaire, type Answer, type MaturityReport } from './maturity-score.ts';
import type { Perspective, Questionnaire } from './maturity-score.ts';
import type { Response } from './maturity-response.ts';

export interface StatementSpread {
  id: string;
  dimension: string;
  text: string;
  counts: Record<Answer, number>;
  /** Standard deviation of the numeric answers (0–1.5): how far the team disagrees. */
  spread: number;
}

export interface TeamReport {
  respondents: number;
  perRespondent: {
    respondent: string;
    perspective: Perspective;
    overall: number;
    dimensions: Record<string, number>;
  }[];
  /** Per dimension: how many respondents put it at each level 0–5. */
  dimensionLevels: Record<string, number[]>;
  statements: StatementSpread[];
  /** The statements with the most disagreement, largest spread first. */
  disagreement: StatementSpread[];
  /** The dimension(s) with the widest average spread: every one of them when several tie. */
  mostDisputed: string[];
  /** The team's level: scored on the median answer per statement. */
  team: MaturityReport;
}

export function mergeResponses(q: Questionnaire, responses: readonly Response[]): TeamReport {
  const perRespondent = responses.map((r) => {
    const rep = scoreQuestionnaire(q, r.answers);
    return {
      respondent: r.respondent || 'anonymous',
      perspective: r.perspective,
      overall: rep.overall,
      dimensions: Object.fromEntries(rep.dimensions.map((d) => [d.id, d.level])),
    };
  });
  const dimensionLevels = Object.fromEntries(
    q.dimensions.map((d) => [
      d.id,
      [0, 1, 2, 3, 4, 5].map((L) => perRespondent.filter((p) => p.dimensions[d.id] === L).length),
    ]),
  );
  const median: Record<string, Answer> = {};
  const statements: StatementSpread[] = q.dimensions.flatMap((d) =>
    d.statements.map((s) => {
      const counts = Object.fromEntries(ANSWERS.map((a) => [a, 0])) as Record<Answer, number>;
      const scores: number[] = [];
      for (const r of responses) {
        const a = r.answers[s.id];
        if (!a) continue;
        counts[a]++;
        if (a !== 'dontknow') scores.push(ANSWER_SCORE[a]);
      }
      const mean = scores.length ? scores.reduce((x, y) => x + y, 0) / scores.length : 0;
      const spread = scores.length > 1 ? Math.sqrt(scores.reduce((x, y) => x + (y - mean) ** 2, 0) / scores.length) : 0;
      if (scores.length) {
        const sorted = [...scores].sort((a, b) => a - b);
        const m = sorted[Math.floor((sorted.length - 1) / 2)]!;
        median[s.id] = Object.entries(ANSWER_SCORE).find(([, v]) => v === m)![0] as Answer;
      }
      return { id: s.id, dimension: d.id, text: s.text, counts, spread: Math.round(spread * 100) / 100 };
    }),
  );
  // On equal spread, take the dimensions in turn, so that a tie never fills the list from one dimension.
  const rank = new Map<string, number>();
  const perDim = new Map<string, number>();
  for (const s of [...statements].sort((a, b) => b.spread - a.spread)) {
    const n = perDim.get(s.dimension) ?? 0;
    rank.set(s.id, n);
    perDim.set(s.dimension, n + 1);
  }
  const dimOrder = (id: string) => q.dimensions.findIndex((d) => d.id === id);
  const disagreement = [...statements]
    .filter((s) => s.spread > 0)
    .sort(
      (a, b) =>
        b.spread - a.spread || rank.get(a.id)! - rank.get(b.id)! || dimOrder(a.dimension) - dimOrder(b.dimension),
    )
    .slice(0, 10);
  const meanSpread = q.dimensions.map((d) => {
    const own = statements.filter((s) => s.dimension === d.id);
    return {
      id: d.id,
      spread: Math.round((own.reduce((x, s) => x + s.spread, 0) / Math.max(1, own.length)) * 100) / 100,
    };
  });
  const top = Math.max(0, ...meanSpread.map((m) => m.spread));
  const mostDisputed = top > 0 ? meanSpread.filter((m) => m.spread === top).map((m) => m.id) : [];
  return {
    respondents: responses.length,
    perRespondent,
    dimensionLevels,
    statements,
    disagreement,
    mostDisputed,
    team: scoreQuestionnaire(q, median),
  };
}
