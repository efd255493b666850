/**
 * The scenario builder's model (pure): a draft is the mapping a scenario file holds, kept as plain data so
 * that a half-written or wrong draft can still be shown and edited. It goes to YAML in exactly the contract
 * format (the fields in the order of docs/authoring-scenarios.md) and back, and is checked by the same code
 * as `npm run scenarios:check` (simulator/scenario-check.ts), so the builder and the CLI print the same
 * problems with the same field paths.
 */
import { stringify } from 'yaml';
import { readYaml } from './yaml.ts';
import { checkScenarioRead, type ScenarioCheck } from './scenario-check.ts';
import type { FieldError } from './schema-errors.ts';

export type Draft = Record<string, unknown>;

/** The fields in the order the format documents them; unknown fields keep their place after these. */
const ORDER = [
  'id',
  'title',
  'domain',
  'level',
  'call',
  'facts',
  'expected',
  'explanation',
  'lessons',
  'hints',
  'discussion',
];
const CALL_ORDER = ['from', 'channel', 'text'];
const EXPECTED_ORDER = ['callType', 'workflow', 'impact', 'urgency', 'priorityClear', 'outcome'];

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function ordered(map: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) if (Object.hasOwn(map, k)) out[k] = map[k];
  for (const k of Object.keys(map)) if (!order.includes(k)) out[k] = map[k];
  return out;
}

/** A new call from scratch: the required fields, empty where the author must write. */
export function emptyDraft(): Draft {
  return {
    id: '',
    title: '',
    domain: '',
    level: 'foundation',
    call: { from: '', channel: 'phone', text: '' },
    facts: [],
    expected: { callType: 'incident', workflow: 3 },
    explanation: '',
    lessons: [],
    hints: [],
    discussion: [],
  };
}

/** The draft as a scenario file: fields in the documented order, no line folding, no anchors. */
export function draftToYaml(draft: Draft): string {
  const top = ordered(draft, ORDER);
  if (isMap(top.call)) top.call = ordered(top.call, CALL_ORDER);
  if (isMap(top.expected)) top.expected = ordered(top.expected, EXPECTED_ORDER);
  return stringify(top, { lineWidth: 0, aliasDuplicateObjects: false });
}

export type DraftRead = { ok: true; draft: Draft } | { ok: false; errors: FieldError[] };

/** A YAML text as a draft (the same safe reader as the CLI: size, tags and alias limits), or why not. */
export function draftFromYaml(text: string): DraftRead {
  const r = readYaml(text);
  if (!r.ok) return r;
  if (!isMap(r.data))
    return {
      ok: false,
      errors: [{ path: '(file)', message: 'must be a YAML mapping with id, call, expected and explanation' }],
    };
  return { ok: true, draft: r.data };
}

/** The file name a draft is exported under (and checked as): `<id>.yaml`. */
export function fileNameOf(draft: Draft | null): string {
  const id = draft?.id;
  return typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length <= 80
    ? `${id}.yaml`
    : 'scenario.yaml';
}

/**
 * Checks a YAML text as the CLI would check it saved as `fileName` (an imported file keeps its name),
 * by default `<id>.yaml`, the name the builder exports it under.
 */
export function checkDraftText(
  text: string,
  lessons: ReadonlySet<string>,
  fileName?: string,
): ScenarioCheck & { draft: Draft | null } {
  const read = readYaml(text);
  const draft = read.ok && isMap(read.data) ? read.data : null;
  return { ...checkScenarioRead(read, fileName ?? fileNameOf(draft), lessons), draft };
}

/** A field path as the checker prints it ('call.text', 'facts[2]') → its parts. */
export function pathParts(path: string): (string | number)[] {
  return path.split('.').flatMap((part) => {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [part];
    return [...(m[1] ? [m[1]] : []), ...[...m[2]!.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]))];
  });
}

/** The form field a problem belongs beside: its top field, or `call.x` / `expected.x`. */
export function fieldOf(path: string): string {
  const [head, next] = pathParts(path);
  return (head === 'call' || head === 'expected') && typeof next === 'string'
    ? `${head}.${next}`
    : String(head ?? '(file)');
}

/**
 * Sets one field of a draft (a copy): `value` undefined, an empty string or an empty list removes an
 * optional field, so the YAML holds only what the author wrote. Required fields stay even when empty, so
 * that the checker names them.
 */
export function setField(draft: Draft, path: string, value: unknown): Draft {
  const REQUIRED = new Set([
    'id',
    'domain',
    'explanation',
    'call.from',
    'call.text',
    'call.channel',
    'expected.callType',
    'expected.workflow',
  ]);
  const parts = pathParts(path) as string[];
  const remove =
    !REQUIRED.has(path) && (value === undefined || value === '' || (Array.isArray(value) && value.length === 0));
  const put = (map: Record<string, unknown>, i: number): Record<string, unknown> => {
    const key = parts[i]!;
    const copy = { ...map };
    if (i === parts.length - 1) {
      if (remove) delete copy[key];
      else copy[key] = value;
    } else copy[key] = put(isMap(map[key]) ? map[key] : {}, i + 1);
    return copy;
  };
  return put(draft, 0);
}

/** Reads a field of a draft by path (undefined when a step is missing or not a mapping). */
export function getField(draft: Draft | null, path: string): unknown {
  return pathParts(path).reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined),
    draft,
  );
}
