/**
 * What a page passes an island: the areas it shows, the engine area narrowed to the message codes the island
 * formats where islands.ts lists them (the assessment pages carry the maturity and code-reader messages only).
 */
import { describe, expect, it } from 'vitest';
import { islandStrings } from '../../../src/i18n/dictionaries.ts';
import { areas } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';

const engineKeys = Object.keys(areas.engine);

describe('islandStrings', () => {
  it.each(['AssessmentApp', 'TeamView'] as const)(
    '%s gets every maturity and code-reader message in the page language, and no other engine message',
    (island) => {
      const { strings } = islandStrings('nl', island);
      const shown = engineKeys.filter((k) => k in strings);
      const wanted = engineKeys.filter((k) => k.startsWith('engine.maturity.') || k.startsWith('engine.code.'));
      expect(shown.sort()).toEqual(wanted.sort());
      expect(wanted.length).toBeGreaterThan(40);
      for (const k of wanted) expect(strings[k as keyof typeof strings], k).toBe(nl[k as keyof typeof nl]);
      // The island's own areas are whole.
      for (const k of Object.keys(areas.vmm)) expect(strings[k as keyof typeof strings], k).toBeDefined();
    },
  );

  it('leaves the engine area whole for an island that formats every kind of message', () => {
    const { strings } = islandStrings('en', 'Simulator');
    expect(engineKeys.filter((k) => !(k in strings))).toEqual([]);
  });
});
