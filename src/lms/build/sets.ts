/** The call sets packaged at build time: a two-call sampler, every library call, and one set per domain. */
import type { Scenario } from '#engine/model';
import type { T } from '../../i18n/translate.ts';

export interface CallSet {
  id: string;
  title: string;
  scenarios: Scenario[];
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * `library` is sorted as the simulator lists it (by workflow, then title); `t` names the sets in the packages'
 * language (a domain the dictionary does not name is capitalised).
 */
export function callSets(library: readonly Scenario[], t: T): CallSet[] {
  const domains = [...new Set(library.map((s) => s.domain))].sort();
  const domainTitle = (d: string) => {
    const key = `lms.set.domain.${d}` as const;
    const title = t(key as Parameters<T>[0]);
    return title === key ? capital(d) : title;
  };
  return [
    { id: 'sampler', title: t('lms.set.sampler'), scenarios: library.slice(0, 2) },
    { id: 'all', title: t('lms.set.all'), scenarios: [...library] },
    ...domains.map((d) => ({ id: d, title: domainTitle(d), scenarios: library.filter((s) => s.domain === d) })),
  ];
}

/**
 * The library a language's packages carry: the English library's calls in the English order, each in that
 * language. So every set holds the same calls in the same order in every language, and a call's id (its
 * interaction id in the LMS) is the same; only the texts differ.
 */
export function libraryIn(english: readonly Scenario[], translated: readonly Scenario[]): Scenario[] {
  const byId = new Map(translated.map((s) => [s.id, s]));
  return english.map((s) => byId.get(s.id) ?? s);
}
