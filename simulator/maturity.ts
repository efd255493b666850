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
import { crc32Hex } from './checksum.ts';
import { cleanName, clip, nameProblem, packCode, refused, unpackCode } from './codes.ts';
import { msg, term, type EngineMessage, type Param } from './messages.ts';
import { english } from './messages-en.ts';

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

// ——— Respondent exports: a JSON file or a short code, both carrying a checksum ———

export interface Response {
  questionnaire: string;
  version: number;
  perspective: Perspective;
  respondent: string;
  answers: Record<string, Answer>;
}

const CODE_PREFIX = 'VMM';
const ANSWER_CHARS: Record<Answer, string> = { not: '0', partly: '1', largely: '2', fully: '3', dontknow: '?' };
const CHAR_ANSWERS: Record<string, Answer> = Object.fromEntries(
  Object.entries(ANSWER_CHARS).map(([a, c]) => [c, a as Answer]),
);

/** A short code for pasting: VMM.<base64url payload>.<crc32>. */
export function responseToCode(q: Questionnaire, r: Response): string {
  const order = q.dimensions.flatMap((d) => d.statements.map((s) => s.id));
  const compact = order.map((id) => (r.answers[id] ? ANSWER_CHARS[r.answers[id]!] : '-')).join('');
  const payload = [q.id, q.version, r.perspective === 'customer' ? 'c' : 'p', cleanName(r.respondent), compact].join(
    '|',
  );
  return packCode(CODE_PREFIX, payload);
}

/** A response read, or why it was refused (`message`, with its English as `error`). */
export type Parsed = { ok: true; response: Response } | { ok: false; error: string; message: EngineMessage };

/** The largest answers file the team view reads: an export of this questionnaire is a few kilobytes. */
export const MAX_RESPONSE_FILE = 100_000;

/** A value from an input, shown in a message: clipped text, or "a list"/"an object" in the reader's language. */
const shown = (value: unknown, max?: number): Param =>
  Array.isArray(value)
    ? term('maturity.value.list')
    : value !== null && typeof value === 'object'
      ? term('maturity.value.object')
      : clip(value, max);

function checkAgainst(q: Questionnaire, r: Response, source: Param): Parsed {
  if (r.questionnaire !== q.id)
    return refused(msg('maturity.otherQuestionnaire', { source, found: shown(r.questionnaire), expected: q.id }));
  if (r.version !== q.version)
    return refused(msg('maturity.version', { source, found: shown(r.version, 12), version: q.version }));
  const badName = nameProblem(r.respondent);
  if (badName) return refused(msg('code.problem', { source, problem: badName }));
  r = { ...r, respondent: cleanName(r.respondent) };
  const known = new Set(q.dimensions.flatMap((d) => d.statements.map((s) => s.id)));
  for (const [id, a] of Object.entries(r.answers)) {
    if (!known.has(id)) return refused(msg('maturity.unknownStatement', { source, id: clip(id) }));
    if (!(ANSWERS as readonly string[]).includes(a))
      return refused(msg('maturity.badAnswer', { source, id, answer: shown(a), answers: ANSWERS.join(', ') }));
  }
  return { ok: true, response: r };
}

export function codeToResponse(q: Questionnaire, code: string, source: Param = term('maturity.source.code')): Parsed {
  const unpacked = unpackCode(CODE_PREFIX, code, source, 'maturity');
  if (!unpacked.ok) return unpacked;
  const fields = unpacked.payload.split('|');
  if (fields.length !== 5) return refused(msg('maturity.code.layout', { source }));
  const [id, versionText, persp, respondent, compact] = fields as [string, string, string, string, string];
  const version = /^[1-9][0-9]{0,5}$/.test(versionText) ? Number(versionText) : NaN;
  const order = q.dimensions.flatMap((d) => d.statements.map((s) => s.id));
  if (id !== q.id || version !== q.version)
    return checkAgainst(
      q,
      {
        questionnaire: id,
        version: Number.isNaN(version) ? (versionText as unknown as number) : version,
        perspective: 'provider',
        respondent: '',
        answers: {},
      },
      source,
    );
  if (persp !== 'p' && persp !== 'c') return refused(msg('maturity.code.perspective', { source }));
  if (compact.length !== order.length || /[^0-3?-]/.test(compact))
    return refused(msg('maturity.code.answers', { source, n: order.length }));
  const answers: Record<string, Answer> = {};
  order.forEach((sid, i) => {
    const c = compact[i]!;
    if (c !== '-') answers[sid] = CHAR_ANSWERS[c]!;
  });
  return checkAgainst(
    q,
    { questionnaire: id, version, perspective: persp === 'c' ? 'customer' : 'provider', respondent, answers },
    source,
  );
}

export function responseToJson(r: Response): string {
  const body = JSON.stringify({ format: 'usm-trainer-maturity', ...r, respondent: cleanName(r.respondent) });
  return JSON.stringify({ ...JSON.parse(body), checksum: crc32Hex(body) }, null, 2);
}

const isPlain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function jsonToResponse(q: Questionnaire, text: string, source: Param = term('maturity.source.file')): Parsed {
  if (text.length > MAX_RESPONSE_FILE)
    return refused(msg('maturity.file.tooLarge', { source, kb: MAX_RESPONSE_FILE / 1000 }));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refused(msg('maturity.file.json', { source }));
  }
  if (!isPlain(data) || data.format !== 'usm-trainer-maturity')
    return refused(msg('maturity.file.format', { source, format: shown(isPlain(data) ? data.format : data) }));
  const { checksum, ...rest } = data;
  if (crc32Hex(JSON.stringify(rest)) !== checksum) return refused(msg('maturity.file.checksum', { source }));
  const { questionnaire, version, perspective, respondent, answers } = rest;
  if (typeof respondent !== 'string' && respondent !== undefined)
    return refused(msg('maturity.file.respondent', { source, value: shown(respondent) }));
  if (perspective !== 'provider' && perspective !== 'customer')
    return refused(msg('maturity.file.perspective', { source, value: shown(perspective) }));
  if (answers !== undefined && !isPlain(answers)) return refused(msg('maturity.file.answers', { source }));
  if (typeof questionnaire !== 'string')
    return refused(msg('maturity.file.questionnaire', { source, value: shown(questionnaire) }));
  return checkAgainst(
    q,
    {
      questionnaire,
      version: version as number,
      perspective,
      respondent: respondent ?? '',
      answers: (answers ?? {}) as Record<string, Answer>,
    },
    source,
  );
}

/** Reads a pasted code or an exported file, whichever it is. */
export function readResponse(q: Questionnaire, text: string, source: Param): Parsed {
  return text.trim().startsWith('{') ? jsonToResponse(q, text, source) : codeToResponse(q, text, source);
}

// ——— Team view ———

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
