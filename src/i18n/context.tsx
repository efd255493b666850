/**
 * The dictionary inside an island: the island's root provides the strings its page passed (as a prop,
 * serialized into the HTML, so no dictionary ships in island JavaScript), and components call `useT()`.
 * Plain helpers take `t` as a parameter.
 */
import { createContext, type ComponentChildren, type ComponentType } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Lang } from './keys.ts';
import { translator, unpackStrings, type PackedStrings, type Strings, type T } from './translate.ts';

/** The props a page gives every island: its language and the dictionary areas it shows. */
export interface Localized {
  lang: Lang;
  strings: Strings | PackedStrings;
}

interface I18n {
  lang: Lang;
  t: T;
}

const Context = createContext<I18n>({ lang: 'en', t: translator({}) });

export function I18nProvider({ lang, strings, children }: Localized & { children: ComponentChildren }) {
  const value = useMemo(() => ({ lang, t: translator(unpackStrings(strings)) }), [lang, strings]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The translator of the island this component is in. */
export function useT(): T {
  return useContext(Context).t;
}

/** The language of the page this component is on (for links and dates). */
export function useLang(): Lang {
  return useContext(Context).lang;
}

/** Makes a component an island root: it takes `lang` and `strings` and provides them to everything inside. */
export function island<P extends object>(Inner: ComponentType<P>) {
  function Island({ lang, strings, ...props }: P & Localized) {
    return (
      <I18nProvider lang={lang} strings={strings}>
        <Inner {...(props as unknown as P)} />
      </I18nProvider>
    );
  }
  Island.displayName = `island(${Inner.displayName ?? Inner.name})`;
  return Island;
}
