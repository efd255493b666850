/**
 * Facts the content must keep (usm-facts.md), made checkable: each test reads the lessons, the glossary
 * or the dictionary and names the file and sentence that breaks the fact. Each detector is first run
 * on the sentence that once broke it, so it cannot pass by matching nothing.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPACTS, PROCESSES, URGENCIES, priorityOf, type Impact, type Urgency } from '#engine/model';
import { en } from '../../src/i18n/en.ts';

const root = join(import.meta.dirname, '../..');
function files(dir: string, re: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (re.test(n)) out.push(p);
    }
  };
  walk(join(root, dir));
  return out;
}
const texts = [...files('content/lessons', /\.mdx?$/), ...files('content/glossary', /\.ya?ml$/)].map((f) => ({ file: relative(root, f), text: readFileSync(f, 'utf8') }));
/** Markdown links keep only their text; sentences split at . ! ? or a line break. */
const plain = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
const sentences = (s: string) => plain(s).split(/(?<=[.!?])\s+|\n+/).map((x) => x.trim()).filter(Boolean);
const offending = (detect: (sentence: string) => boolean) =>
  texts.flatMap(({ file, text }) => sentences(text).filter(detect).map((s) => `${file}: ${s}`));

describe('the Agree close', () => {
  // usm-facts.md §1.3, Agree step 5: with no agreement, Agree closes the call without realizing anything.
  const saysWishAlwaysRealized = (s: string) =>
    /\bAgree (always|must) forks?\b|\balways forks? to Change\b/i.test(s) ||
    (/\bwish(es)?\b/i.test(s) && /\b(always|every wish|any wish)\b/i.test(s) && /\bChange\b/.test(s) &&
      !/(no|without|reaches an?|once an?|ends in an?) agreement|is agreed|agreement is reached/i.test(s));

  it('the detector catches the sentences that once said it', () => {
    expect(saysWishAlwaysRealized('So a wish always produces the route Agree → Change → Operate.')).toBe(true);
    expect(saysWishAlwaysRealized('It is triggered by a wish and always forks to Change with an RFC to realize what was agreed.')).toBe(true);
    expect(saysWishAlwaysRealized('Explain why Agree always forks to Change with a request for change.')).toBe(true);
    expect(saysWishAlwaysRealized('So a wish that ends in an agreement produces the route Agree → Change → Operate.')).toBe(false);
  });

  it('no lesson or glossary term says a wish always yields Agree → Change → Operate', () => {
    expect(offending(saysWishAlwaysRealized)).toEqual([]);
  });

  it('the Agree lesson and glossary term say how Agree closes without agreement', () => {
    const agree = texts.filter((t) => /lessons\/processes\/agree\.mdx$|glossary\/agree\.yaml$/.test(t.file));
    expect(agree).toHaveLength(2);
    for (const t of agree) expect(t.text, t.file).toMatch(/without (a )?fork/);
  });
});

describe('priority', () => {
  const sayPriority = /impact (high|medium|low|nil), urgency (high|medium|low):? priority (\d)/gi;

  it('the priority lesson renders its table from the model, and no lesson writes one by hand', () => {
    const lesson = texts.find((t) => t.file.endsWith('priority-and-risk.mdx'))!;
    expect(lesson.text).toMatch(/<PriorityTable \/>/);
    expect(offending((s) => /^\|\s*(High|Medium|Low|Nil)\s*\|\s*\d\s*\|/.test(s))).toEqual([]);
  });

  it('every priority a lesson names for an impact and urgency is the one priorityOf gives', () => {
    const found: string[] = [];
    const wrong: string[] = [];
    for (const { file, text } of texts) {
      for (const m of text.matchAll(sayPriority)) {
        const [i, u, p] = [m[1]!.toLowerCase() as Impact, m[2]!.toLowerCase() as Urgency, Number(m[3])];
        found.push(m[0]);
        if (priorityOf(i, u) !== p) wrong.push(`${file}: "${m[0]}" but the table gives ${priorityOf(i, u)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it('the model table covers every impact and urgency, nil impact ranked like the rest', () => {
    for (const i of IMPACTS) for (const u of URGENCIES) expect(priorityOf(i, u)).toBeGreaterThanOrEqual(1);
    expect(URGENCIES.map((u) => priorityOf('nil', u))).toEqual([4, 5, 5]);
  });
});

describe('Change and frameworks', () => {
  it('Change deploys through Operate, then reviews, then updates the register (usm-facts.md §1.3, Change 6–8)', () => {
    const ids = PROCESSES.change.steps.map((s) => s.id);
    expect(ids.indexOf('deploy')).toBeLessThan(ids.indexOf('review'));
    expect(ids.indexOf('review')).toBeLessThan(ids.indexOf('update-mir'));
    const saysRegisterBeforeDeploy = (s: string) => /\bChange\b[^.]*\bregisters?\b[^.]*\bthen\b[^.]*\bOperate\b/i.test(s);
    expect(saysRegisterBeforeDeploy('Change buys, tests and registers the press, then asks Operate to put it into use.')).toBe(true);
    expect(offending(saysRegisterBeforeDeploy)).toEqual([]);
  });

  it('framework practices land in the work instructions, not the procedures (usm-facts.md §6.2)', () => {
    const saysProcedures = (s: string) =>
      /level of procedures|\(and sometimes procedures\)|drawn from the frameworks/i.test(s) ||
      (/framework|practice|ITIL|COBIT|ISO/.test(s) && /(into|in) procedures and work instructions/i.test(s));
    expect(saysProcedures('So map each practice to the USM processes, and place the who and how in procedures and work instructions.')).toBe(true);
    expect(offending(saysProcedures)).toEqual([]);
  });

  it('any placement of Agile/DevOps in Change or Lean in Improve is attributed to its source', () => {
    const unattributed = texts.flatMap(({ file, text }) =>
      plain(text).split(/^## /m).filter((section) =>
        ((/\b(Agile|DevOps)\b/.test(section) && /\bChange\b/.test(section)) || (/\bLean\b/.test(section) && /\bImprove\b/.test(section))) &&
        !/one source|(this course's|that|the same) reading/i.test(section),
      ).map((section) => `${file}: ## ${section.split('\n')[0]}`),
    );
    expect(unattributed).toEqual([]);
  });
});

describe('the reactive/proactive grouping is labelled a lens', () => {
  // usm-facts.md §2.1: a third party's grouping; matching it to workflows 1–5 and 6–8 is an inference.
  const grouping = /\b(reactive|proactive) (workflows?|process(es)?)\b/i;
  it('wherever a lesson names it, the lesson calls it a lens (or cites the USM Wiki for the processes)', () => {
    // Links are dropped whole: their text is a lesson's title, and those two lessons carry the label.
    const unlabelled = texts.filter(({ text }) => !/\blens\b/i.test(text)).flatMap(({ file, text }) =>
      sentences(text.replace(/\[[^\]]*\]\([^)]*\)/g, '')).filter((s) => grouping.test(s) && !/USM Wiki/.test(s)).map((s) => `${file}: ${s}`),
    );
    expect(unlabelled).toEqual([]);
  });

  it('no interface string states it as fact', () => {
    expect(Object.entries(en).filter(([, v]) => /\b(re|pro)active(ly)?\b/i.test(v) && !/lens/i.test(v))).toEqual([]);
  });
});
