/** Splits a text at a `{name}` placeholder, so a page can put a link (or other markup) in its place. */
export function splitAt(text: string, name: string): [string, string] {
  const i = text.indexOf(`{${name}}`);
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + name.length + 2)];
}
