/**
 * Respondent exports of the value maturity questionnaire: a JSON file or a short code (`VMM.`), both carrying a
 * checksum, and their readers. A refusal is a message code naming the file or line (`source`), with its English.
 */
import { crc32Hex } from './checksum.ts';
import { cleanName, clip, nameProblem, packCode, refused, unpackCode } from './codes.ts';
import { msg, term, type EngineMessage, type Param } from './messages.ts';
import { ANSWERS, type Answer, type Perspective, type Questionnaire } from './maturity-score.ts';

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
