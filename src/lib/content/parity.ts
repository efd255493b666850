/**
 * Parity between the English content and a translation: the same ids, and for every id the same
 * structure. Texts may differ; every other field must be equal (answers, expected route and workflow,
 * call type, impact, urgency, levels, lessons, order, ids) and every list must have the same length
 * (options, facts, objectives, statements …). Pure: the items come from src/lib/content/parity-files.ts
 * (which reads the files with the content loaders' parsers), so the build and the tests check the same way.
 */
import type { ContentKind } from '../languages.ts';

/** One content item: its id, the file it came from (as shown to the author) and its parsed data. */
export interface ParityItem {
  id: string;
  file: string;
  data: unknown;
}

/** One offending item: which file, which field, what is wrong. */
export interface ParityProblem {
  kind: ContentKind;
  id: string;
  file: string;
  field: string;
  message: string;
}

export interface ParityReport {
  kind: ContentKind;
  /** How many English items there are. */
  total: number;
  /** Structure differs, or a translation has an id English does not have: always fails the build. */
  structural: ParityProblem[];
  /** An English item without a translation: fails the build only once the language is declared complete. */
  missing: ParityProblem[];
}

/**
 * The fields that hold text, by kind: their values may differ between languages (a list of texts must
 * still have the same length). Every other field is structure and must be equal.
 */
export const TEXT_FIELDS: Readonly<Record<ContentKind, readonly string[]>> = {
  lessons: ['title', 'description', 'objectives'],
  scenarios: ['title', 'from', 'text', 'facts', 'explanation', 'hints', 'discussion', 'file'],
  quizzes: ['stem', 'options', 'left', 'right', 'explanation'],
  glossary: ['term', 'abbreviation', 'definition', 'dutch'],
  maturity: ['title', 'intro', 'name', 'summary', 'next', 'description', 'text'],
  shifts: ['title', 'description'],
};

const show = (v: unknown): string => (v === undefined ? '(absent)' : JSON.stringify(v));
const isText = (v: unknown): boolean => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v);

/** The field paths where `nl` differs from `en` in structure ("expected.workflow", "options[3]" …). */
export function structureDiff(en: unknown, nl: unknown, textFields: ReadonlySet<string>, path = '', inText = false): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const here = path || '(item)';
  if (Array.isArray(en) && Array.isArray(nl)) {
    if (en.length !== nl.length) out.push({ field: here, message: `has ${nl.length} entries, English has ${en.length}` });
    for (let i = 0; i < Math.min(en.length, nl.length); i++) out.push(...structureDiff(en[i], nl[i], textFields, `${path}[${i}]`, inText));
    return out;
  }
  if (typeOf(en) !== typeOf(nl)) {
    out.push({ field: here, message: `is ${show(nl)}, English has ${show(en)}` });
    return out;
  }
  if (en !== null && typeof en === 'object') {
    const a = en as Record<string, unknown>;
    const b = nl as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const field = path ? `${path}.${key}` : key;
      // A text field may be left out or added (a translation may drop a redundant note); structure may not.
      if (textFields.has(key) && (!Object.hasOwn(a, key) || !Object.hasOwn(b, key)) && isText(a[key] ?? b[key])) continue;
      if (!Object.hasOwn(b, key)) out.push({ field, message: `is missing; English has ${show(a[key])}` });
      else if (!Object.hasOwn(a, key)) out.push({ field, message: `is not in the English item (${show(b[key])})` });
      else out.push(...structureDiff(a[key], b[key], textFields, field, textFields.has(key)));
    }
    return out;
  }
  if (typeof en === 'string' && inText) return out;
  if (en !== nl) out.push({ field: here, message: `is ${show(nl)}, English has ${show(en)}` });
  return out;
}

/** Compares one kind's English items with its translation's items. */
export function compareKind(
  kind: ContentKind,
  en: readonly ParityItem[],
  nl: readonly ParityItem[],
  translationFile: (englishFile: string) => string = (f) => f,
): ParityReport {
  const report: ParityReport = { kind, total: en.length, structural: [], missing: [] };
  const textFields = new Set(TEXT_FIELDS[kind]);
  const byId = new Map(nl.map((item) => [item.id, item]));
  const enIds = new Set(en.map((item) => item.id));
  for (const item of en) {
    const tr = byId.get(item.id);
    if (!tr) {
      report.missing.push({ kind, id: item.id, file: translationFile(item.file), field: '(item)', message: `has no translation yet (English: ${item.file})` });
      continue;
    }
    for (const d of structureDiff(item.data, tr.data, textFields)) report.structural.push({ kind, id: item.id, file: tr.file, ...d });
  }
  for (const item of nl) {
    if (!enIds.has(item.id)) report.structural.push({ kind, id: item.id, file: item.file, field: 'id', message: `"${item.id}" has no English item with this id (rename it to the English id)` });
  }
  return report;
}

/** One line per problem: `content/nl/quizzes/agree.yaml: agree-001: answer: is 2, English has 3`. */
export function formatProblem(p: ParityProblem): string {
  return `${p.file}: ${p.id}: ${p.field}: ${p.message}`;
}

/** What the build does with a report: the lines that fail it and the lines it only warns about. */
export function parityVerdict(reports: readonly ParityReport[], complete: boolean): { errors: string[]; warnings: string[] } {
  const structural = reports.flatMap((r) => r.structural).map(formatProblem);
  const missing = reports.flatMap((r) => r.missing).map(formatProblem);
  return complete ? { errors: [...structural, ...missing], warnings: [] } : { errors: structural, warnings: missing };
}
