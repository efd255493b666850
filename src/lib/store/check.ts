/**
 * A very small schema checker for the browser's saved records: the same idea as Zod (a schema per
 * record, errors that name the field), at a fraction of the weight, because it ships on every page.
 */
export interface Issue {
  path: string;
  message: string;
}

export type Check<T> = (value: unknown, path: string, issues: Issue[]) => T;
export type Infer<C> = C extends Check<infer T> ? T : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** Fields whose check allows `undefined` become optional properties. */
export type Shape<S extends Record<string, Check<unknown>>> = Simplify<
  { [K in keyof S as undefined extends Infer<S[K]> ? never : K]: Infer<S[K]> } & {
    [K in keyof S as undefined extends Infer<S[K]> ? K : never]?: Infer<S[K]>;
  }
>;

/** A field path; a key is cut short so that a huge key never makes a huge message. */
const at = (path: string, key: string | number) => {
  const k = typeof key === 'string' && key.length > 40 ? `${key.slice(0, 40)}…` : key;
  return typeof k === 'number' ? `${path}[${k}]` : path ? `${path}.${k}` : k;
};
/** Keys that would reach an object's prototype if assigned: refused in every record. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const show = (v: unknown) =>
  typeof v === 'string'
    ? `"${v.slice(0, 30)}"`
    : v === null
      ? 'null'
      : Array.isArray(v)
        ? 'a list'
        : typeof v === 'object'
          ? 'an object'
          : String(v);

function fail<T>(issues: Issue[], path: string, message: string): T {
  issues.push({ path: path || '(record)', message });
  return undefined as T;
}

export const c = {
  /** Text of at most `max` characters (10,000 unless told), optionally matching a pattern. */
  string:
    (pattern?: RegExp, what = 'in the right format', max = 10_000): Check<string> =>
    (v, p, i) =>
      typeof v !== 'string'
        ? fail(i, p, `must be text, not ${show(v)}`)
        : v.length > max
          ? fail(i, p, `must be at most ${max} characters, not ${v.length}`)
          : pattern && !pattern.test(v)
            ? fail(i, p, `must be ${what}, not ${show(v)}`)
            : v,
  number:
    (min = -Infinity, max = Infinity): Check<number> =>
    (v, p, i) =>
      typeof v !== 'number' || !Number.isFinite(v)
        ? fail(i, p, `must be a number, not ${show(v)}`)
        : v < min || v > max
          ? fail(i, p, `must be between ${min} and ${max}, not ${v}`)
          : v,
  int:
    (min = -Infinity, max = Infinity): Check<number> =>
    (v, p, i) =>
      typeof v !== 'number' || !Number.isInteger(v)
        ? fail(i, p, `must be a whole number, not ${show(v)}`)
        : v < min || v > max
          ? fail(i, p, `must be between ${min} and ${max}, not ${v}`)
          : v,
  boolean: (): Check<boolean> => (v, p, i) =>
    typeof v === 'boolean' ? v : fail(i, p, `must be true or false, not ${show(v)}`),
  oneOf:
    <const T extends readonly string[]>(values: T): Check<T[number]> =>
    (v, p, i) =>
      (values as readonly unknown[]).includes(v)
        ? (v as T[number])
        : fail(i, p, `must be one of ${values.join(' | ')}, not ${show(v)}`),
  nullable:
    <T>(inner: Check<T>): Check<T | null> =>
    (v, p, i) =>
      v === null ? null : inner(v, p, i),
  optional:
    <T>(inner: Check<T>): Check<T | undefined> =>
    (v, p, i) =>
      v === undefined ? undefined : inner(v, p, i),
  /** A list of at most `max` items (1,000 unless told). */
  array:
    <T>(item: Check<T>, max = 1000): Check<T[]> =>
    (v, p, i) =>
      !Array.isArray(v)
        ? fail(i, p, `must be a list, not ${show(v)}`)
        : v.length > max
          ? fail(i, p, `must have at most ${max} items, not ${v.length}`)
          : v.map((x, k) => item(x, at(p, k), i)),
  /** An object used as a map, of at most `max` entries (10,000 unless told). */
  record:
    <T>(key: Check<string>, value: Check<T>, max = 10_000): Check<Record<string, T>> =>
    (v, p, i) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v))
        return fail(i, p, `must be an object, not ${show(v)}`);
      const entries = Object.entries(v);
      if (entries.length > max) return fail(i, p, `must have at most ${max} entries, not ${entries.length}`);
      const out: Record<string, T> = {};
      for (const [k, x] of entries) {
        if (FORBIDDEN_KEYS.has(k)) {
          fail(i, at(p, k), 'is not an allowed key');
          continue;
        }
        key(k, at(p, k), i);
        out[k] = value(x, at(p, k), i);
      }
      return out;
    },
  /** An object with exactly these fields (unknown fields are reported; optional ones may be missing). */
  object:
    <S extends Record<string, Check<unknown>>>(shape: S): Check<Shape<S>> =>
    (v, p, i) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v))
        return fail(i, p, `must be an object, not ${show(v)}`);
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) if (!Object.hasOwn(shape, k)) fail(i, at(p, k), 'is not a known field');
      for (const [k, check] of Object.entries(shape)) {
        const x = check((v as Record<string, unknown>)[k], at(p, k), i);
        if (x !== undefined) out[k] = x;
      }
      return out as Shape<S>;
    },
  /**
   * A check plus a rule over the whole value (bounds between fields, indexes inside lists). The rule runs
   * only when the value passed its own check, and returns a problem (with an optional sub-path) or null.
   */
  refine:
    <T>(inner: Check<T>, rule: (value: T) => { path?: string; message: string } | null): Check<T> =>
    (v, p, i) => {
      const before = i.length;
      const out = inner(v, p, i);
      if (i.length > before || out === undefined) return out;
      const problem = rule(out);
      return problem ? fail(i, problem.path ? at(p, problem.path) : p, problem.message) : out;
    },
};

export function validate<T>(check: Check<T>, value: unknown): { ok: true; data: T } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const data = check(value, '', issues);
  return issues.length ? { ok: false, issues } : { ok: true, data };
}
