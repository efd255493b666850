/**
 * Reads a YAML content file safely; every problem comes back as a `(yaml)` or `(file)` field error with its
 * line. Content files are plain data, so the reader refuses what plain data never needs:
 * - files over MAX_CONTENT_FILE_BYTES (a scenario is about 2 kB);
 * - explicit tags (`!!js/function`, `!custom`, even `!!str`);
 * - aliases that expand more than MAX_YAML_ALIASES times (a "YAML bomb" that exhausts memory).
 */
import { LineCounter, isNode, parseDocument, visit } from 'yaml';
import type { FieldError } from './schema-errors.ts';

/** The largest content file read (documented in docs/authoring-scenarios.md). */
export const MAX_CONTENT_FILE_BYTES = 64 * 1024;
/** How many alias expansions a file may use (anchors and aliases are rare in content; bombs use thousands). */
export const MAX_YAML_ALIASES = 50;

/** UTF-8 bytes → text, or a `(file)` error when the bytes are not valid UTF-8 (instead of silently replacing them). */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; errors: FieldError[] } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Name the first line with a bad byte: decode line by line (a line break is never part of a UTF-8 sequence).
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    for (let start = 0; start <= bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start) === -1 ? bytes.length : bytes.indexOf(0x0a, start);
      try {
        decoder.decode(bytes.subarray(start, end));
      } catch {
        break;
      }
      start = end + 1;
    }
    return {
      ok: false,
      errors: [
        { path: '(file)', message: `is not valid UTF-8 text (first bad byte on line ${line}); save the file as UTF-8` },
      ],
    };
  }
}

const shownTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!').slice(0, 40);

export function readYaml(text: string): { ok: true; data: unknown } | { ok: false; errors: FieldError[] } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_CONTENT_FILE_BYTES) {
    return {
      ok: false,
      errors: [
        {
          path: '(file)',
          message: `is ${Math.ceil(bytes / 1024)} kB; a content file may be at most ${MAX_CONTENT_FILE_BYTES / 1024} kB`,
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        path: '(yaml)',
        message: `not valid YAML at line ${e.linePos?.[0]?.line ?? '?'}, column ${e.linePos?.[0]?.col ?? '?'}: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const tags: FieldError[] = [];
  visit(doc, {
    Node(_, node) {
      if (isNode(node) && node.tag) {
        const { line } = lineCounter.linePos(node.range?.[0] ?? 0);
        tags.push({
          path: '(yaml)',
          message: `line ${line}: the tag "${shownTag(node.tag)}" is not allowed; write plain values without tags`,
        });
      }
    },
  });
  if (tags.length > 0) return { ok: false, errors: tags };
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
  } catch {
    return {
      ok: false,
      errors: [
        {
          path: '(yaml)',
          message: `its aliases expand more than ${MAX_YAML_ALIASES} times (a "YAML bomb"); write the values out instead of reusing anchors`,
        },
      ],
    };
  }
}
