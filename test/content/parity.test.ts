// The project's own translations: whatever Dutch content has landed mirrors the English structure
// (the build runs the same check; this names the problems in the test report too).
import { describe, expect, it } from 'vitest';
import { checkParity } from '../../src/lib/content/parity-files.ts';
import { COMPLETE } from '../../src/lib/languages.ts';

describe('Dutch content parity', () => {
  it('no structural difference and no Dutch-only id; missing items only while Dutch is not declared complete', () => {
    const r = checkParity('nl');
    expect(r.errors).toEqual([]);
    if (COMPLETE.nl) expect(r.warnings).toEqual([]);
  });
});
