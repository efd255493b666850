/** The call sets packaged at build time: a two-call sampler, every library call, and one set per domain. */
import type { Scenario } from '#engine/model';

export interface CallSet {
  id: string;
  title: string;
  scenarios: Scenario[];
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `library` is sorted as the simulator lists it (by workflow, then title). */
export function callSets(library: readonly Scenario[]): CallSet[] {
  const domains = [...new Set(library.map((s) => s.domain))].sort();
  return [
    { id: 'sampler', title: 'Sampler', scenarios: library.slice(0, 2) },
    { id: 'all', title: 'All library calls', scenarios: [...library] },
    ...domains.map((d) => ({
      id: d,
      title: d === 'it' ? 'IT' : capital(d),
      scenarios: library.filter((s) => s.domain === d),
    })),
  ];
}
