import { describe, expect, it } from 'vitest';
// The integration is plain JavaScript run by the build; its tooltip function is tested here.
import { addGlossaryTooltips } from '../../../src/integrations/glossary-tooltips.mjs';

const en = new Map([
  ['call', { term: 'Call', definition: 'A question to the provider.' }],
  ['risk', { term: 'Risk', definition: 'A possible failure.' }],
]);
const nl = new Map([['call', { term: 'Call', definition: 'Een vraag aan de leverancier.' }]]);

describe('glossary tooltips', () => {
  it('English pages: /glossary/ links get the English definition', () => {
    const { html, unknown } = addGlossaryTooltips('<p><a href="/glossary/#call">calls</a></p>', en);
    expect(unknown).toEqual([]);
    expect(html).toContain('aria-describedby="gloss-call-1"');
    expect(html).toContain(
      '<span id="gloss-call-1" role="tooltip" class="glossary-tip">Call: A question to the provider.</span>',
    );
  });
  it('Dutch pages: /nl/glossary/ links get the Dutch term, or the English one marked lang="en" while untranslated', () => {
    const page =
      '<a href="/nl/glossary/#call">call</a> <a href="/nl/glossary/#risk">risico</a> <a href="/glossary/#call">x</a>';
    const { html, unknown } = addGlossaryTooltips(page, nl, '/nl', en);
    expect(unknown).toEqual([]);
    expect(html).toContain('class="glossary-tip">Call: Een vraag aan de leverancier.</span>');
    expect(html).toContain('class="glossary-tip" lang="en">Risk: A possible failure.</span>');
    // A link to the English glossary on a Dutch page is left alone (it is not the Dutch page's glossary).
    expect(html).toContain('<a href="/glossary/#call">x</a>');
  });
  it('an unknown term is reported', () => {
    expect(addGlossaryTooltips('<a href="/nl/glossary/#nope">?</a>', nl, '/nl', en).unknown).toEqual(['nope']);
  });
});
