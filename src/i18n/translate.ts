/**
 * Looking up a string in a dictionary, with `{name}` placeholders filled. No dictionary lives here: islands
 * receive theirs from the page (see `context.tsx`), build-time code from `dictionaries.ts`.
 */
import type { UiKey } from './keys.ts';

export type Vars = Record<string, string | number>;
/** A dictionary or a part of one (the areas an island shows): key → text. */
export type Strings = Readonly<Partial<Record<UiKey, string>>>;
/** A translator: a key and its placeholders → the text in the page's language. */
export type T = (key: UiKey, vars?: Vars) => string;

export function translator(strings: Strings): T {
  return (key, vars = {}) => {
    const text = strings[key];
    // A key outside the areas the page passed is a bug the dictionary test catches; show the key, not nothing.
    if (text === undefined) return key;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
  };
}
