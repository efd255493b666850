/** Reads a YAML content file; a syntax error comes back as a `(yaml)` field error with its line and column. */
import { parseDocument } from 'yaml';
import type { FieldError } from './schema-errors.ts';

export function readYaml(text: string): { ok: true; data: unknown } | { ok: false; errors: FieldError[] } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        path: '(yaml)',
        message: `not valid YAML at line ${e.linePos?.[0]?.line ?? '?'}, column ${e.linePos?.[0]?.col ?? '?'}: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  return { ok: true, data: doc.toJS() };
}
