/**
 * What a page passes an island: the areas it shows, the engine area narrowed to the message codes the island
 * formats where islands.ts lists them (the assessment pages carry the maturity and code-reader messages only).
 */
import { describe, expect, it } from 'vitest';
import { islandStrings, islandStringTable } from '../../../src/i18n/dictionaries.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { unpack } from '../../../src/lib/packed.ts';
import { areas } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';

const engineKeys = Object.keys(areas.engine);

describe('islandStrings', () => {
  it.each(['AssessmentApp', 'TeamView'] as const)(
    '%s gets every maturity and code-reader message in the page language, and no other engine message',
    (island) => {
      const strings = islandStringTable('nl', island);
      const shown = engineKeys.filter((k) => k in strings);
      const wanted = engineKeys.filter((k) => k.startsWith('engine.maturity.') || k.startsWith('engine.code.'));
      expect(shown.sort()).toEqual(wanted.sort());
      expect(wanted.length).toBeGreaterThan(40);
      for (const k of wanted) expect(strings[k as keyof typeof strings], k).toBe(nl[k as keyof typeof nl]);
      // The island's own areas are whole.
      for (const k of Object.keys(areas.vmm)) expect(strings[k as keyof typeof strings], k).toBeDefined();
    },
  );

  it('gives the simulator every engine message except the assessment, code-reader, Shift and workshop ones', () => {
    const strings = islandStringTable('en', 'Simulator');
    const missing = engineKeys.filter((k) => !(k in strings));
    expect(missing.length).toBeGreaterThan(40);
    for (const k of missing) expect(k).toMatch(/^engine\.(maturity|code|shift|workshop)\./);
    for (const prefix of ['grade', 'step', 'refuse', 'misconception', 'callType', 'workflow', 'process'])
      expect(
        engineKeys.filter((k) => k.startsWith(`engine.${prefix}.`) && !(k in strings)),
        prefix,
      ).toEqual([]);
  });

  it('hands an island its strings as one JSON text that the island turns back into the same table', () => {
    const packed = islandStrings('nl', 'ExamRunner');
    expect(typeof packed.strings).toBe('string');
    expect(unpack(packed.strings)).toEqual(islandStringTable('nl', 'ExamRunner'));
    expect(translator(unpack(packed.strings))('exam.start' as never)).toBe(nl['exam.start' as keyof typeof nl]);
  });
});
