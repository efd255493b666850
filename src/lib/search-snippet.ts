/** Snippets: the piece of a text around the match, with the matched words marked. Pure. */
import { normalize } from './search-codec.ts';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/**
 * A short piece of `text` around the first word that starts with one of `terms`, with every such word
 * marked; the start of the text when none does. Never empty when `text` or `fallback` has words.
 */
export function snippet(text: string, terms: readonly string[], fallback = '', length = 160): SnippetPart[] {
  const source = text.trim() || fallback.trim();
  const hits: { at: number; end: number }[] = [];
  for (const m of source.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = normalize(m[0]);
    if (terms.some((t) => w.startsWith(t))) hits.push({ at: m.index, end: m.index + m[0].length });
  }
  let start = 0;
  if (hits.length > 0 && hits[0]!.end > length - 20) {
    start = Math.max(0, hits[0]!.at - 50);
    const space = source.indexOf(' ', start);
    if (space >= 0 && space < hits[0]!.at) start = space + 1;
  }
  let end = Math.min(source.length, start + length);
  if (end < source.length) {
    const space = source.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', mark: false });
  let at = start;
  for (const h of hits) {
    if (h.at < start || h.end > end) continue;
    if (h.at > at) parts.push({ text: source.slice(at, h.at), mark: false });
    parts.push({ text: source.slice(h.at, h.end), mark: true });
    at = h.end;
  }
  if (end > at) parts.push({ text: source.slice(at, end), mark: false });
  if (end < source.length) parts.push({ text: '…', mark: false });
  return parts;
}
