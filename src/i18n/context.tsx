/**
 * The dictionary inside an island: the island's root provides the strings its page passed (as a prop,
 * serialized into the HTML, so no dictionary ships in island JavaScript), and components call `useT()`.
 * Plain helpers take `t` as a parameter.
 */
import { createContext, type ComponentChildren, type ComponentType } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Lang } from './keys.ts';
import { pack, unpack, type Packed } from '../lib/packed.ts';
import { translator, type Strings, type T } from './translate.ts';

/** The props a page gives every island: its language and the dictionary areas it shows. */
export interface Localized {
  lang: Lang;
  strings: Strings | Packed<Strings>;
}

interface I18n {
  lang: Lang;
  t: T;
}

const Context = createContext<I18n>({ lang: 'en', t: translator({}) });

export function I18nProvider({ lang, strings, children }: Localized & { children: ComponentChildren }) {
  const value = useMemo(() => ({ lang, t: translator(unpack(strings)) }), [lang, strings]);
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

/** Packs props for an island (src/lib/packed.ts): `<Exam client:load {...packProps({ bank, lessons })} />`. */
export function packProps<T extends object>(props: T): { packed: Packed<T> } {
  return { packed: pack(props) };
}

/** An island root's props: its own, some of which may come packed, plus `lang` and `strings`. */
export type IslandProps<P> = Localized & (P | (Partial<P> & { packed: Packed<Partial<P>> }));

/**
 * Makes a component an island root: it takes `lang` and `strings` and provides them to everything inside,
 * and unpacks the props a page packed (`packProps`).
 */
export function island<P extends object>(Inner: ComponentType<P>) {
  function Island({ lang, strings, ...rest }: IslandProps<P>) {
    const packed = 'packed' in rest ? rest.packed : null;
    const unpacked = useMemo(() => (packed ? unpack(packed) : null), [packed]);
    const props = { ...rest, ...unpacked } as unknown as P & { packed?: unknown };
    delete props.packed;
    return (
      <I18nProvider lang={lang} strings={strings}>
        <Inner {...props} />
      </I18nProvider>
    );
  }
  Island.displayName = `island(${Inner.displayName ?? Inner.name})`;
  return Island;
}
