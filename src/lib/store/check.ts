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
  { [K in keyof S as undefined extends Infer<S[K]> ? never : K]: Infer<S[K]> } & { [K in keyof S as undefined extends Infer<S[K]> ? K : never]?: Infer<S[K]> }
>;

const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
const show = (v: unknown) => (typeof v === 'string' ? `"${v.slice(0, 30)}"` : v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : String(v));

function fail<T>(issues: Issue[], path: string, message: string): T {
  issues.push({ path: path || '(record)', message });
  return undefined as T;
}

export const c = {
  string: (pattern?: RegExp, what = 'in the right format'): Check<string> => (v, p, i) =>
    typeof v !== 'string' ? fail(i, p, `must be text, not ${show(v)}`) : pattern && !pattern.test(v) ? fail(i, p, `must be ${what}, not ${show(v)}`) : v,
  number: (): Check<number> => (v, p, i) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(i, p, `must be a number, not ${show(v)}`)),
  int: (min = -Infinity, max = Infinity): Check<number> => (v, p, i) =>
    typeof v !== 'number' || !Number.isInteger(v) ? fail(i, p, `must be a whole number, not ${show(v)}`) : v < min || v > max ? fail(i, p, `must be between ${min} and ${max}, not ${v}`) : v,
  boolean: (): Check<boolean> => (v, p, i) => (typeof v === 'boolean' ? v : fail(i, p, `must be true or false, not ${show(v)}`)),
  oneOf: <const T extends readonly string[]>(values: T): Check<T[number]> => (v, p, i) =>
    (values as readonly unknown[]).includes(v) ? (v as T[number]) : fail(i, p, `must be one of ${values.join(' | ')}, not ${show(v)}`),
  nullable: <T>(inner: Check<T>): Check<T | null> => (v, p, i) => (v === null ? null : inner(v, p, i)),
  optional: <T>(inner: Check<T>): Check<T | undefined> => (v, p, i) => (v === undefined ? undefined : inner(v, p, i)),
  array: <T>(item: Check<T>): Check<T[]> => (v, p, i) => (Array.isArray(v) ? v.map((x, k) => item(x, at(p, k), i)) : fail(i, p, `must be a list, not ${show(v)}`)),
  record: <T>(key: Check<string>, value: Check<T>): Check<Record<string, T>> => (v, p, i) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return fail(i, p, `must be an object, not ${show(v)}`);
    const out: Record<string, T> = {};
    for (const [k, x] of Object.entries(v)) {
      key(k, at(p, k), i);
      out[k] = value(x, at(p, k), i);
    }
    return out;
  },
  /** An object with exactly these fields (unknown fields are reported; optional ones may be missing). */
  object: <S extends Record<string, Check<unknown>>>(shape: S): Check<Shape<S>> => (v, p, i) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return fail(i, p, `must be an object, not ${show(v)}`);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) if (!(k in shape)) fail(i, at(p, k), 'is not a known field');
    for (const [k, check] of Object.entries(shape)) {
      const x = check((v as Record<string, unknown>)[k], at(p, k), i);
      if (x !== undefined) out[k] = x;
    }
    return out as Shape<S>;
  },
};

export function validate<T>(check: Check<T>, value: unknown): { ok: true; data: T } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const data = check(value, '', issues);
  return issues.length ? { ok: false, issues } : { ok: true, data };
}
