/**
 * Checks a progress file before anything is written: size, format, file version, at least one record,
 * every record known and valid. Returns the records ready to write, or every problem found.
 */
import { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_CHARS, upgrade, type StoreProblem } from './envelope.ts';
import { RECORD_KINDS, type RecordKind } from './records.ts';

export function checkImportFile(
  text: string,
  blocked: (kind: RecordKind) => boolean,
): { ok: true; ready: [RecordKind, unknown][] } | { ok: false; problems: StoreProblem[] } {
  const refuse = (field: string, message: string) => ({ ok: false as const, problems: [{ field, message }] });
  if (typeof text !== 'string') return refuse('(file)', 'is not a text file');
  if (text.length > MAX_IMPORT_CHARS)
    return refuse(
      '(file)',
      `is ${(text.length / 1e6).toFixed(1)} MB; a progress file is at most ${MAX_IMPORT_CHARS / 1e6} MB`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return refuse('(file)', `not valid JSON: ${(err as Error).message.slice(0, 120)}`);
  }
  const problems: StoreProblem[] = [];
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return refuse('(file)', 'not a USM Trainer progress file');
  const file = parsed as { format?: unknown; version?: unknown; records?: unknown };
  if (file.format !== EXPORT_FORMAT)
    problems.push({ field: 'format', message: `must be "${EXPORT_FORMAT}"; this is not a USM Trainer progress file` });
  if (
    typeof file.version !== 'number' ||
    !Number.isInteger(file.version) ||
    file.version < 1 ||
    file.version > EXPORT_VERSION
  ) {
    problems.push({ field: 'version', message: `must be a file format version from 1 to ${EXPORT_VERSION}` });
  }
  if (file.records === null || typeof file.records !== 'object' || Array.isArray(file.records))
    problems.push({ field: 'records', message: 'is missing' });
  else if (Object.keys(file.records).length === 0)
    problems.push({ field: 'records', message: 'is empty: the file holds no progress' });
  if (problems.length) return { ok: false, problems };
  const incoming = file.records as Record<string, unknown>;
  const ready: [RecordKind, unknown][] = [];
  for (const [kind, envelope] of Object.entries(incoming)) {
    const field = `records.${kind.length > 40 ? `${kind.slice(0, 40)}…` : kind}`;
    if (!(RECORD_KINDS as string[]).includes(kind)) {
      problems.push({ field, message: 'is not a record this site knows' });
      continue;
    }
    if (blocked(kind as RecordKind)) {
      problems.push({
        field,
        message: 'a set-aside record is kept in its place: download or discard it on the progress page first',
      });
      continue;
    }
    try {
      ready.push([kind as RecordKind, upgrade(kind as RecordKind, envelope)]);
    } catch (err) {
      problems.push({ field, message: (err as Error).message });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, ready };
}
