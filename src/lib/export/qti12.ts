/**
 * The question bank as IMS QTI 1.2 (questestinterop): what Canvas and Blackboard's original course view
 * import. One assessment holds one item per question in a content package (imsmanifest.xml plus the
 * assessment). Single and multiple choice and matching use the question_type names Canvas reads;
 * ordering uses QTI 1.2's ordered response (rcardinality="Ordered"), which Blackboard reads and Canvas
 * Classic Quizzes has no type for.
 */
import type { Question } from '#engine/model';
import { xml } from './qti.ts';
import { bankName, xmlLangAttr, type ExportLocale } from './locale.ts';
import { zipStore } from './zip.ts';

export const QTI12_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';

/** Canvas's question_type for each bank type. */
export const QTI12_TYPES = {
  single: 'multiple_choice_question',
  multiple: 'multiple_answers_question',
  match: 'matching_question',
  order: 'ordering_question',
} as const;

const mat = (s: string) => `<material><mattext texttype="text/plain">${xml(s)}</mattext></material>`;
const label = (id: string, s: string) => `<response_label ident="${id}">${mat(s)}</response_label>`;
const meta = (fields: Record<string, string>) =>
  `<qtimetadata>${Object.entries(fields)
    .map(
      ([k, v]) =>
        `<qtimetadatafield><fieldlabel>${k}</fieldlabel><fieldentry>${xml(v)}</fieldentry></qtimetadatafield>`,
    )
    .join('')}</qtimetadata>`;
const outcomes = '<outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes>';
const setScore = (v: number | string, action = 'Set') => `<setvar varname="SCORE" action="${action}">${v}</setvar>`;

function body(q: Question): { presentation: string; processing: string } {
  switch (q.type) {
    case 'single':
      return {
        presentation: `<response_lid ident="response1" rcardinality="Single"><render_choice>${q.options.map((o, i) => label(`C${i}`, o)).join('')}</render_choice></response_lid>`,
        processing: `<respcondition continue="No" title="correct"><conditionvar><varequal respident="response1">C${q.answer}</varequal></conditionvar>${setScore(100)}</respcondition>`,
      };
    case 'multiple': {
      const conds = q.options.map((_, i) =>
        q.answer.includes(i)
          ? `<varequal respident="response1">C${i}</varequal>`
          : `<not><varequal respident="response1">C${i}</varequal></not>`,
      );
      return {
        presentation: `<response_lid ident="response1" rcardinality="Multiple"><render_choice>${q.options.map((o, i) => label(`C${i}`, o)).join('')}</render_choice></response_lid>`,
        processing: `<respcondition continue="No" title="correct"><conditionvar><and>${conds.join('')}</and></conditionvar>${setScore(100)}</respcondition>`,
      };
    }
    case 'order':
      return {
        presentation: `<response_lid ident="response1" rcardinality="Ordered"><render_extension><ims_render_object shuffle="No">${q.options.map((o, i) => label(`C${i}`, o)).join('')}</ims_render_object></render_extension></response_lid>`,
        processing: `<respcondition continue="No" title="correct"><conditionvar>${q.answer.map((i) => `<varequal respident="response1">C${i}</varequal>`).join('')}</conditionvar>${setScore(100)}</respcondition>`,
      };
    case 'match': {
      const share = (100 / q.options.left.length).toFixed(4);
      const rights = q.options.right.map((r, j) => label(`R${j}`, r)).join('');
      return {
        presentation: q.options.left
          .map(
            (l, i) =>
              `<response_lid ident="L${i}" rcardinality="Single">${mat(l)}<render_choice>${rights}</render_choice></response_lid>`,
          )
          .join(''),
        processing: q.answer
          .map(
            (j, i) =>
              `<respcondition continue="Yes" title="pair ${i + 1}"><conditionvar><varequal respident="L${i}">R${j}</varequal></conditionvar>${setScore(share, 'Add')}</respcondition>`,
          )
          .join(''),
      };
    }
  }
}

/** One item; `xml:lang` declares the locale's language (not written for English, see locale.ts). */
export function questionToQti12(q: Question, locale: ExportLocale): string {
  const { presentation, processing } = body(q);
  return (
    `<item ident="${xml(q.id)}" title="${xml(q.id)}"${xmlLangAttr(locale)}>` +
    `<itemmetadata>${meta({ question_type: QTI12_TYPES[q.type], points_possible: '1', topic: q.topic, source: q.source })}</itemmetadata>` +
    `<presentation>${mat(q.stem)}${presentation}</presentation>` +
    `<resprocessing>${outcomes}${processing}<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition></resprocessing>` +
    `<itemfeedback ident="general_fb"><flow_mat><material><mattext texttype="text/plain">${xml(q.explanation)}</mattext></material></flow_mat></itemfeedback>` +
    `</item>`
  );
}

/** The assessment of one topic ("all" for the whole bank), titled and declared in the locale's language. */
export function bankToQti12(questions: readonly Question[], topic: string, locale: ExportLocale): string {
  const name = bankName(locale, topic);
  return `<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="${QTI12_NS}">
<assessment ident="usm-trainer-${xml(name)}" title="${xml(locale.t('export.file.qti12.title', { topic }))}"${xmlLangAttr(locale)}>
${meta({ cc_maxattempts: '1' })}
<section ident="root_section">
${questions.map((q) => questionToQti12(q, locale)).join('\n')}
</section>
</assessment>
</questestinterop>
`;
}

/** The content package Canvas and Blackboard import: imsmanifest.xml and the assessment. */
export function bankToQti12Package(questions: readonly Question[], topic: string, locale: ExportLocale): Uint8Array {
  const title = bankName(locale, topic);
  const file = `usm-trainer-${title}.xml`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="usm-trainer-qti12-${xml(title)}">
  <metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>
  <organizations/>
  <resources>
    <resource identifier="assessment-${xml(title)}" type="imsqti_xmlv1p2" href="${xml(file)}"><file href="${xml(file)}"/></resource>
  </resources>
</manifest>
`;
  return zipStore([
    { name: 'imsmanifest.xml', data: manifest },
    { name: file, data: bankToQti12(questions, topic, locale) },
  ]);
}
