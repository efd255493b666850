/** Turns Zod issues into `{ path, message }` pairs that name the field and say how to fix it. */
import type { core } from 'zod';

export interface FieldError {
  /** Dotted field path, e.g. `expected.workflow` or `call.channel`; `(file)` for the file as a whole. */
  path: string;
  message: string;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Zod's type names in plain words ("a int" → "a whole number"). */
function expectedName(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    tuple: 'a list',
  };
  return names[expected] ?? `a ${expected}`;
}

export function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0
    ? '(file)'
    : path
        .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[');
}

export function friendlyIssues(error: { issues: core.$ZodIssue[] }): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const input = (issue as { input?: unknown }).input;
    let message: string;
    switch (issue.code) {
      case 'invalid_type':
        message =
          input === undefined
            ? `is required (${expectedName(issue.expected)})`
            : `must be ${expectedName(issue.expected)}, not ${describe(input)}`;
        break;
      case 'invalid_value':
        message = `must be one of ${issue.values.map((v) => String(v)).join(' | ')}, not ${describe(input)}`;
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({
            path: pathOf([...issue.path, key]),
            message: 'is not a known field; check its spelling or remove it',
          });
        }
        continue;
      case 'too_small':
        message =
          issue.origin === 'string'
            ? issue.minimum === 1
              ? 'must not be empty'
              : `must be at least ${issue.minimum} characters`
            : issue.origin === 'array'
              ? `must have at least ${issue.minimum} item(s)`
              : `must be at least ${issue.minimum}, not ${describe(input)}`;
        break;
      case 'too_big':
        message =
          issue.origin === 'array'
            ? `must have at most ${issue.maximum} item(s)`
            : `must be at most ${issue.maximum}, not ${describe(input)}`;
        break;
      case 'invalid_format':
        message =
          issue.message && issue.message !== 'Invalid input'
            ? issue.message
            : `has the wrong format, not ${describe(input)}`;
        break;
      default:
        message = issue.message;
    }
    out.push({ path: pathOf(issue.path), message });
  }
  return out;
}
