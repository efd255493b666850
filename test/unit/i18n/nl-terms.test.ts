/**
 * The Dutch dictionary speaks the words of the Dutch lessons and scenarios (issue 18): a call is a "melding"
 * (its type a "meldingstype"), a fork stays "fork", the statuses 'process fulfilled' and 'workflow fulfilled'
 * stay English, and so on. Each rejected variant is listed with the word to use instead, so a failure says
 * which key to change and how. Both src/i18n/nl.ts and its engine area (src/i18n/nl-engine.ts) are checked.
 */
import { describe, expect, it } from 'vitest';
import { nl } from '../../../src/i18n/nl.ts';
import { ENGINE_NL } from '../../../src/i18n/nl-engine.ts';

interface Rejected {
  /** The rejected variant (case-insensitive); placeholders such as {call} are not words and never match. */
  variant: RegExp;
  /** What the Dutch content writes instead. */
  preferred: string;
}

const REJECTED: readonly Rejected[] = [
  { variant: /(?<![{\w-])calls?(?![\w}])/i, preferred: 'melding / meldingen (the call type: meldingstype)' },
  { variant: /splitsing/i, preferred: 'fork / forks' },
  { variant: /['‘](proces|workflow) afgerond['’]/i, preferred: "'process fulfilled' / 'workflow fulfilled'" },
  { variant: /verstoring/i, preferred: 'storing' },
  { variant: /zelfevaluatie/i, preferred: 'zelfbeoordeling' },
  { variant: /serviceleverancier/i, preferred: 'serviceprovider (a leverancier is a supplier)' },
  { variant: /serviceverzoek/i, preferred: 'service request (as the terminology table, simulator/usm-nl.ts)' },
];

/** Every rejected variant in the values of a dictionary: "key: 'found' → use preferred". */
function rejectedIn(values: Readonly<Record<string, string>>): string[] {
  return Object.entries(values).flatMap(([key, text]) =>
    REJECTED.flatMap(({ variant, preferred }) => {
      const found = new RegExp(variant.source, `${variant.flags}g`);
      return [...text.matchAll(found)].map((m) => `${key}: '${m[0]}' → use ${preferred}`);
    }),
  );
}

describe('the Dutch dictionary uses the terms of the Dutch content', () => {
  it('finds each rejected variant, and not a placeholder or a longer word', () => {
    expect(rejectedIn({ a: 'Neem de call aan', b: 'Twee calls', c: 'Bij zijn splitsing' })).toEqual([
      "a: 'call' → use melding / meldingen (the call type: meldingstype)",
      "b: 'calls' → use melding / meldingen (the call type: meldingstype)",
      "c: 'splitsing' → use fork / forks",
    ]);
    expect(rejectedIn({ a: "Uitvoeren: 'proces afgerond'" })).toHaveLength(1);
    expect(rejectedIn({ a: '{call} als {callType}, door {caller}', b: 'callback, recall' })).toEqual([]);
  });

  it('src/i18n/nl.ts has none of them', () => {
    expect(rejectedIn(nl)).toEqual([]);
  });

  it('src/i18n/nl-engine.ts has none of them', () => {
    expect(rejectedIn(ENGINE_NL)).toEqual([]);
  });
});
