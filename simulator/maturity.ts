/**
 * The USM value maturity model (usm-facts.md §5): the questionnaire's schema, scoring that can be
 * explained, the barrier rule, provider–customer fit, and the respondent exports a team merges.
 * Scoring rules:
 * - A statement scores not at all 0, partly 1, largely 2, fully 3; "don't know" is left out.
 * - A level is met in a dimension when at least half of its statements were answered and their average
 *   is at least "largely" (2).
 * - A dimension's level is the highest level L for which levels 1…L are all met (you cannot be at level 3
 *   without 1 and 2). The barrier rule: levels 4–5 are not credited unless 1–3 are in control; a dimension
 *   whose 4 or 5 is met above a gap below is reported as held back by the barrier.
 * - The overall level is the weakest dimension's.
 */
import { msg, type EngineMessage } from './messages.ts';
import { english } from './messages-en.ts';
import type { Answers, MaturityReport, Questionnaire } from './maturity-score.ts';

// Scoring, the respondent exports and their readers, the team view.
export * from './maturity-score.ts';
export * from './maturity-response.ts';
export * from './maturity-merge.ts';

export type Fit = {
  kind: 'fit' | 'provider-ahead' | 'customer-ahead';
  provider: number;
  customer: number;
  /** What the fit means, in English (the readable default). */
  message: string;
  /** The same as a message code, to format with a dictionary. */
  engineMessage: EngineMessage;
};

/** Whether a provider's and its customer's maturity fit (usm-facts.md §5.1: both must act at the same level). */
export function maturityFit(provider: number, customer: number): Fit {
  const kind = provider === customer ? 'fit' : provider > customer ? 'provider-ahead' : 'customer-ahead';
  const engineMessage =
    kind === 'fit' ? msg('maturity.fit.fit', { level: provider }) : msg(`maturity.fit.${kind}`, { provider, customer });
  return { kind, provider, customer, message: english(engineMessage), engineMessage };
}

/** The report as CSV: one row per statement with the answer, then one row per dimension with its level. */
export function reportToCsv(q: Questionnaire, answers: Answers, report: MaturityReport): string {
  const cell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
  const rows = [['kind', 'dimension', 'id', 'level', 'text', 'answer'].map(cell).join(',')];
  for (const d of q.dimensions)
    for (const s of d.statements)
      rows.push(['statement', d.id, s.id, s.level, s.text, answers[s.id] ?? ''].map(cell).join(','));
  for (const d of report.dimensions) rows.push(['dimension', d.id, '', d.level, d.title, ''].map(cell).join(','));
  rows.push(['overall', '', '', report.overall, q.title, ''].map(cell).join(','));
  return rows.join('\n') + '\n';
}
