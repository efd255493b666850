import { describe, expect, it } from 'vitest';
import { pageSections } from '../../../src/lib/search-html.ts';

const page = `<html><body>
<starlight-toc><nav><a href="#_top">Overview</a><a href="#purpose">Purpose</a><a href="#types">Call types</a></nav></starlight-toc>
<main data-pagefind-body><h1 id="_top">Recover</h1>
<section class="lesson-objectives"><h2 id="objectives-title">In this lesson you will learn to</h2><ul><li>Restore a service</li><li>Name the steps</li></ul></section>
<div class="sl-markdown-content"><p>Recover restores the service.</p>
<div class="sl-heading-wrapper level-h2"><h2 id="purpose">Purpose</h2><a class="sl-anchor-link" href="#purpose"><span class="sr-only" data-pagefind-ignore>Section titled “Purpose”</span></a></div>
<p>Restore what was <a href="/glossary/#agreement">agreed</a><span role="tooltip" class="glossary-tip">Agreement: a tooltip definition</span> &amp; quickly.</p>
<astro-island><button>Check answer</button><p>Widget text</p></astro-island>
<div class="sl-heading-wrapper level-h2"><h2 id="types">Call types</h2></div>
<table><thead><tr><th>Situation</th><th>Call type</th></tr></thead><tbody><tr><td>Nobody can log in</td><td>Incident</td></tr></tbody></table>
<script>var x = "script text";</script><svg><title>icon</title></svg>
</div>
<section class="lesson-end" data-pagefind-ignore><h2 id="check-title">Check yourself</h2><p>Quiz intro</p></section>
<footer><a href="/next/">Next: Operate</a></footer>
</main><p>After main</p></body></html>`;

describe('lesson sections from a built page', () => {
  const result = pageSections(page);

  it('splits at the headings the table of contents links to; objectives join the page start', () => {
    expect(result.title).toBe('Recover');
    expect(result.sections.map((s) => [s.anchor, s.heading])).toEqual([
      ['', ''],
      ['purpose', 'Purpose'],
      ['types', 'Call types'],
    ]);
    expect(result.sections[0]!.text).toBe(
      'Recover In this lesson you will learn to Restore a service · Name the steps · Recover restores the service.',
    );
  });

  it('keeps only what the learner reads as prose: no tooltips, anchor labels, widgets, scripts, quiz or footer', () => {
    expect(result.sections[1]!.text).toBe('Restore what was agreed & quickly.');
    const all = result.sections.map((s) => s.text).join(' ');
    for (const hidden of [
      'tooltip definition',
      'Section titled',
      'Widget text',
      'Check answer',
      'script text',
      'icon',
      'Quiz intro',
      'Next: Operate',
      'After main',
    ])
      expect(all).not.toContain(hidden);
  });

  it('turns tables into plain text, with no markdown table syntax', () => {
    expect(result.sections[2]!.text).toBe('Situation · Call type · Nobody can log in · Incident');
    expect(result.sections[2]!.text).not.toMatch(/\||---/);
  });
});
