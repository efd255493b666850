/**
 * The question bank as Moodle XML, Moodle's own import format. Unlike GIFT it carries every item type:
 * single and multiple choice (qtype multichoice), matching (qtype match) and ordering (qtype ordering,
 * part of Moodle since 4.4 and a plug-in before). Texts are HTML, escaped as XML text (equivalent to the
 * CDATA sections Moodle writes itself, and readable by any XML parser).
 */
import type { Question } from '#engine/model';
import type { ExportLocale } from './locale.ts';
import { xml } from './qti.ts';

/** HTML-escapes text for a Moodle "html" field. */
export const html = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const text = (s: string, wrap = false) => `<text>${xml(wrap ? `<p>${html(s)}</p>` : html(s))}</text>`;

/** Moodle accepts only these grade fractions; 100 / n for n right answers, as it writes them. */
export const MOODLE_FRACTIONS: Record<number, string> = {
  1: '100',
  2: '50',
  3: '33.33333',
  4: '25',
  5: '20',
  6: '16.66667',
  7: '14.28571',
  8: '12.5',
};

function head(q: Question, type: string): string[] {
  return [
    `  <question type="${type}">`,
    `    <name><text>${xml(q.id)}</text></name>`,
    `    <questiontext format="html">${text(q.stem, true)}</questiontext>`,
    `    <generalfeedback format="html">${text(q.explanation, true)}</generalfeedback>`,
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${xml(q.id)}</idnumber>`,
  ];
}

export function questionToMoodle(q: Question): string {
  const lines: string[] = [];
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const right = q.type === 'single' ? [q.answer] : q.answer;
      const fraction = MOODLE_FRACTIONS[right.length] ?? (100 / right.length).toFixed(5);
      lines.push(
        ...head(q, 'multichoice'),
        `    <single>${q.type === 'single'}</single>`,
        '    <shuffleanswers>true</shuffleanswers>',
        '    <answernumbering>abc</answernumbering>',
      );
      // A wrong option in a multiple-answer item costs as much as a right one earns, so ticking everything scores 0.
      for (const [i, o] of q.options.entries()) {
        const f = right.includes(i) ? fraction : q.type === 'single' ? '0' : `-${fraction}`;
        lines.push(
          `    <answer fraction="${f}" format="html">${text(o)}<feedback format="html"><text></text></feedback></answer>`,
        );
      }
      break;
    }
    case 'match':
      lines.push(...head(q, 'match'), '    <shuffleanswers>true</shuffleanswers>');
      for (const [i, l] of q.options.left.entries()) {
        lines.push(
          `    <subquestion format="html">${text(l)}<answer><text>${xml(q.options.right[q.answer[i]!]!)}</text></answer></subquestion>`,
        );
      }
      break;
    case 'order':
      // qtype_ordering lists the items in the right order; the fraction is each item's position.
      lines.push(
        ...head(q, 'ordering'),
        '    <layouttype>VERTICAL</layouttype>',
        '    <selecttype>ALL</selecttype>',
        '    <selectcount>0</selectcount>',
        '    <gradingtype>ABSOLUTE_POSITION</gradingtype>',
        '    <showgrading>SHOW</showgrading>',
        '    <numberingstyle>none</numberingstyle>',
      );
      for (const [pos, i] of q.answer.entries())
        lines.push(`    <answer fraction="${pos + 1}" format="html">${text(q.options[i]!)}</answer>`);
      break;
  }
  lines.push('  </question>');
  return lines.join('\n');
}

/**
 * The questions of one topic ("all" for the whole bank) in the locale's category. Moodle XML has no
 * language field: the texts are simply in the locale's language, in a category of their own.
 */
export function bankToMoodle(questions: readonly Question[], topic: string, { t }: ExportLocale): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${t('export.file.moodle.header')} -->`,
    '<quiz>',
    `  <question type="category"><category><text>${xml(`$course$/${t('export.file.category', { topic })}`)}</text></category></question>`,
    ...questions.map(questionToMoodle),
    '</quiz>',
    '',
  ].join('\n');
}
