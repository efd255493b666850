/**
 * The builder's strings reach its islands as a prop (the page serializes the dictionary's `builder` area into
 * the HTML), so no island bundle carries them: a shared chunk would otherwise put them on every page that
 * plays a call. The island root provides them; components call `useBT()`; helpers take the translator.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { builder } from '../../i18n/en.ts';

export type BuilderStrings = { readonly [K in keyof typeof builder]: string };
export type BuilderKey = keyof typeof builder;
export type BT = (key: BuilderKey, vars?: Record<string, string | number>) => string;

export const BuilderStringsContext = createContext<BuilderStrings | null>(null);

/** A translator over the given strings: fills `{name}` placeholders; a missing key shows as the key. */
export function builderT(strings: BuilderStrings | null): BT {
  return (key, vars = {}) => (strings?.[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export function useBT(): BT {
  return builderT(useContext(BuilderStringsContext));
}
