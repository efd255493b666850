/**
 * The question bank as an IMS QTI 2.1 content package (imsmanifest.xml plus one assessmentItem per
 * question). QTI 2.1 is the version most LMSs import today (Canvas, Blackboard, Brightspace, Inspera,
 * TAO); QTI 3.0 support is still rare. Every type maps: choice (single/multiple), order and match.
 */
import type { Question } from '#engine/model';
import { bankName, xmlLangAttr, type ExportLocale } from './locale.ts';
import { zipStore } from './zip.ts';

const NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const RP = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct';

export const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function itemBody(q: Question): { declaration: string; interaction: string } {
  const choices = (opts: readonly string[], prefix = 'C') =>
    opts.map((o, i) => `<simpleChoice identifier="${prefix}${i}">${xml(o)}</simpleChoice>`).join('');
  switch (q.type) {
    case 'single':
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>C${q.answer}</value></correctResponse></responseDeclaration>`,
        interaction: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1"><prompt>${xml(q.stem)}</prompt>${choices(q.options)}</choiceInteraction>`,
      };
    case 'multiple':
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier"><correctResponse>${q.answer.map((i) => `<value>C${i}</value>`).join('')}</correctResponse></responseDeclaration>`,
        interaction: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="0"><prompt>${xml(q.stem)}</prompt>${choices(q.options)}</choiceInteraction>`,
      };
    case 'order':
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${q.answer.map((i) => `<value>C${i}</value>`).join('')}</correctResponse></responseDeclaration>`,
        interaction: `<orderInteraction responseIdentifier="RESPONSE" shuffle="false"><prompt>${xml(q.stem)}</prompt>${choices(q.options)}</orderInteraction>`,
      };
    case 'match':
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${q.answer.map((j, i) => `<value>L${i} R${j}</value>`).join('')}</correctResponse></responseDeclaration>`,
        interaction:
          `<matchInteraction responseIdentifier="RESPONSE" shuffle="false" maxAssociations="${q.options.left.length}"><prompt>${xml(q.stem)}</prompt>` +
          `<simpleMatchSet>${q.options.left.map((l, i) => `<simpleAssociableChoice identifier="L${i}" matchMax="1">${xml(l)}</simpleAssociableChoice>`).join('')}</simpleMatchSet>` +
          `<simpleMatchSet>${q.options.right.map((r, j) => `<simpleAssociableChoice identifier="R${j}" matchMax="1">${xml(r)}</simpleAssociableChoice>`).join('')}</simpleMatchSet></matchInteraction>`,
      };
  }
}

/** One assessmentItem; `xml:lang` declares the locale's language (not written for English, see locale.ts). */
export function questionToQti(q: Question, locale: ExportLocale): string {
  const { declaration, interaction } = itemBody(q);
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="${NS}" identifier="${xml(q.id)}" title="${xml(q.id)}" adaptive="false" timeDependent="false"${xmlLangAttr(locale)}>
${declaration}
<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>
<itemBody>${interaction}</itemBody>
<responseProcessing template="${RP}"/>
<modalFeedback outcomeIdentifier="SCORE" showHide="hide" identifier="EXPLANATION">${xml(q.explanation)}</modalFeedback>
</assessmentItem>
`;
}

export function manifest(questions: readonly Question[], title: string): string {
  const resources = questions
    .map(
      (q) =>
        `<resource identifier="R-${xml(q.id)}" type="imsqti_item_xmlv2p1" href="items/${xml(q.id)}.xml"><file href="items/${xml(q.id)}.xml"/></resource>`,
    )
    .join('\n    ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="usm-trainer-${xml(title)}">
  <metadata><schema>IMS Content</schema><schemaversion>1.1</schemaversion></metadata>
  <organizations/>
  <resources>
    ${resources}
  </resources>
</manifest>
`;
}

/** The zip package of one topic ("all" for the whole bank): imsmanifest.xml and items/<id>.xml. */
export function bankToQtiPackage(questions: readonly Question[], topic: string, locale: ExportLocale): Uint8Array {
  return zipStore([
    { name: 'imsmanifest.xml', data: manifest(questions, bankName(locale, topic)) },
    ...questions.map((q) => ({ name: `items/${q.id}.xml`, data: questionToQti(q, locale) })),
  ]);
}
