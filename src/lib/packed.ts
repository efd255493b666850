/**
 * Data a page hands an island as one JSON text. Astro revives an object prop value by value, which for a page's
 * strings (30 KB) or a question bank (160 KB) is a long task on a slow phone; the island reads the text with
 * `JSON.parse`, natively. Islands receive their strings this way (`islandStrings`) and, where a page packs
 * them, their other props (`packProps`); `island()` and `I18nProvider` unpack.
 */
export type Packed<T> = string & { readonly packed: T };

export function pack<T extends object>(value: T): Packed<T> {
  return JSON.stringify(value) as Packed<T>;
}

/** The value of a packed text, or the value itself when it came unpacked. */
export function unpack<T extends object>(value: T | Packed<T>): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
