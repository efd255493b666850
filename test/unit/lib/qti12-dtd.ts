/**
 * The part of the IMS QTI 1.2 ASI DTD (ims_qtiasiv1p2p1.dtd) that the exporter uses, written out as
 * content models: each element's allowed children as a regular expression over the sequence of child
 * names, and its attributes (required ones, and enumerations). No copy of the DTD can be installed from
 * npm, so the test checks against this transcription; an element missing here is reported as not allowed.
 */
export interface ElementModel {
  /** Over the child names joined by single spaces, each followed by a space. */
  children: RegExp;
  /** true: required; an array: the allowed values (optional attribute); false: optional, any value. */
  attrs: Record<string, boolean | readonly string[]>;
  /** Text content allowed (#PCDATA). */
  text?: boolean;
}

const seq = (...parts: string[]) => new RegExp(`^${parts.join('')}$`);
const el = (name: string) => `(?:${name} )`;
const any = (...names: string[]) => `(?:(?:${names.join('|')}) )`;

export const QTI12_CONTENT: Record<string, ElementModel> = {
  questestinterop: {
    children: seq(el('qticomment'), '?', `(?:${el('objectbank')}|${el('assessment')}|${any('section', 'item')}+)`),
    attrs: { xmlns: false },
  },
  assessment: {
    children: seq(
      el('qticomment'),
      '?',
      el('duration'),
      '?',
      el('qtimetadata'),
      '*',
      el('objectives'),
      '*',
      el('assessmentcontrol'),
      '*',
      el('rubric'),
      '*',
      el('presentation_material'),
      '?',
      el('outcomes_processing'),
      '*',
      el('assessproc_extension'),
      '?',
      el('assessfeedback'),
      '*',
      el('selection_ordering'),
      '?',
      el('reference'),
      '?',
      any('sectionref', 'section'),
      '+',
    ),
    attrs: { ident: true, title: false, 'xml:lang': false },
  },
  section: {
    children: seq(
      el('qticomment'),
      '?',
      el('duration'),
      '?',
      el('qtimetadata'),
      '*',
      el('objectives'),
      '*',
      el('sectioncontrol'),
      '*',
      el('sectionprecondition'),
      '*',
      el('sectionpostcondition'),
      '*',
      el('rubric'),
      '*',
      el('presentation_material'),
      '?',
      el('outcomes_processing'),
      '*',
      el('sectionproc_extension'),
      '?',
      el('sectionfeedback'),
      '*',
      el('selection_ordering'),
      '?',
      el('reference'),
      '?',
      any('itemref', 'item', 'sectionref', 'section'),
      '*',
    ),
    attrs: { ident: true, title: false, 'xml:lang': false },
  },
  item: {
    children: seq(
      el('qticomment'),
      '?',
      el('duration'),
      '?',
      el('itemmetadata'),
      '?',
      el('objectives'),
      '*',
      el('itemcontrol'),
      '*',
      el('itemprecondition'),
      '*',
      el('itempostcondition'),
      '*',
      any('itemrubric', 'rubric'),
      '*',
      el('presentation'),
      '?',
      el('resprocessing'),
      '*',
      el('itemproc_extension'),
      '?',
      el('itemfeedback'),
      '*',
      el('reference'),
      '?',
    ),
    attrs: { ident: true, title: false, maxattempts: false, label: false, 'xml:lang': false },
  },
  itemmetadata: { children: seq(el('qtimetadata'), '*'), attrs: {} },
  qtimetadata: { children: seq(el('vocabulary'), '?', el('qtimetadatafield'), '+'), attrs: {} },
  qtimetadatafield: { children: seq(el('fieldlabel'), el('fieldentry')), attrs: { 'xml:lang': false } },
  fieldlabel: { children: seq(), attrs: {}, text: true },
  fieldentry: { children: seq(), attrs: {}, text: true },
  presentation: {
    children: seq(
      el('qticomment'),
      '?',
      `(?:${el('flow')}|${any('material', 'material_ref', 'response_lid', 'response_xy', 'response_str', 'response_num', 'response_grp', 'response_extension')}+)`,
    ),
    attrs: { label: false, 'xml:lang': false, x0: false, y0: false, width: false, height: false },
  },
  material: {
    children: seq(
      el('qticomment'),
      '?',
      any(
        'mattext',
        'matemtext',
        'matimage',
        'mataudio',
        'matvideo',
        'matapplet',
        'matapplication',
        'matref',
        'matbreak',
        'mat_extension',
      ),
      '+',
      el('altmaterial'),
      '*',
    ),
    attrs: { label: false, 'xml:lang': false },
  },
  mattext: {
    children: seq(),
    attrs: {
      texttype: false,
      label: false,
      charset: false,
      uri: false,
      'xml:space': ['preserve', 'default'],
      'xml:lang': false,
      entityref: false,
      width: false,
      height: false,
      x0: false,
      y0: false,
    },
    text: true,
  },
  response_lid: {
    children: seq(
      any('material', 'material_ref'),
      '?',
      any('render_choice', 'render_hotspot', 'render_slider', 'render_fib', 'render_extension'),
      any('material', 'material_ref'),
      '?',
    ),
    attrs: { ident: true, rcardinality: ['Single', 'Multiple', 'Ordered'], rtiming: ['Yes', 'No'] },
  },
  render_choice: {
    children: seq(any('material', 'material_ref', 'response_label', 'flow_label'), '*'),
    attrs: { shuffle: ['Yes', 'No'], minnumber: false, maxnumber: false },
  },
  // render_extension is ANY in the DTD; ims_render_object is the IMS extension for ordering.
  render_extension: { children: seq('(?:[a-z_]+ )*'), attrs: {} },
  ims_render_object: {
    children: seq(any('material', 'material_ref', 'response_label', 'flow_label'), '*'),
    attrs: { shuffle: ['Yes', 'No'], orientation: ['Row', 'Column'] },
  },
  response_label: {
    children: seq(any('qticomment', 'material', 'material_ref', 'flow_mat'), '*'),
    attrs: {
      ident: true,
      rshuffle: ['Yes', 'No'],
      rarea: ['Ellipse', 'Rectangle', 'Bounded'],
      rrange: ['Exact', 'Range'],
      labelrefid: false,
      match_group: false,
      match_max: false,
    },
    text: true,
  },
  resprocessing: {
    children: seq(el('qticomment'), '?', el('outcomes'), any('respcondition', 'itemproc_extension'), '+'),
    attrs: { scoremodel: false },
  },
  outcomes: { children: seq(el('qticomment'), '?', `(?:${el('decvar')}${el('interpretvar')}*)+`), attrs: {} },
  decvar: {
    children: seq(),
    attrs: {
      varname: false,
      vartype: ['Integer', 'String', 'Decimal', 'Scientific', 'Boolean', 'Enumerated', 'Set'],
      defaultval: false,
      minvalue: false,
      maxvalue: false,
      members: false,
      cutvalue: false,
    },
    text: true,
  },
  respcondition: {
    children: seq(
      el('qticomment'),
      '?',
      el('conditionvar'),
      el('setvar'),
      '*',
      el('displayfeedback'),
      '*',
      el('respcond_extension'),
      '?',
    ),
    attrs: { continue: ['Yes', 'No'], title: false },
  },
  conditionvar: {
    children: seq(
      any(
        'not',
        'and',
        'or',
        'unanswered',
        'other',
        'varequal',
        'varlt',
        'varlte',
        'vargt',
        'vargte',
        'varsubset',
        'varinside',
        'varsubstring',
        'durequal',
        'durlt',
        'durlte',
        'durgt',
        'durgte',
        'var_extension',
      ),
      '+',
    ),
    attrs: {},
  },
  and: {
    children: seq(
      any(
        'not',
        'and',
        'or',
        'unanswered',
        'other',
        'varequal',
        'varlt',
        'varlte',
        'vargt',
        'vargte',
        'varsubset',
        'varinside',
        'varsubstring',
        'durequal',
        'durlt',
        'durlte',
        'durgt',
        'durgte',
      ),
      '+',
    ),
    attrs: {},
  },
  not: {
    children: seq(
      any(
        'and',
        'or',
        'not',
        'unanswered',
        'other',
        'varequal',
        'varlt',
        'varlte',
        'vargt',
        'vargte',
        'varsubset',
        'varinside',
        'varsubstring',
        'durequal',
        'durlt',
        'durlte',
        'durgt',
        'durgte',
      ),
    ),
    attrs: {},
  },
  other: { children: seq(), attrs: {} },
  varequal: { children: seq(), attrs: { respident: true, index: false, case: ['Yes', 'No'] }, text: true },
  setvar: {
    children: seq(),
    attrs: { varname: false, action: ['Set', 'Add', 'Subtract', 'Multiply', 'Divide'] },
    text: true,
  },
  displayfeedback: {
    children: seq(),
    attrs: { feedbacktype: ['Response', 'Solution', 'Hint'], linkrefid: true },
    text: true,
  },
  itemfeedback: {
    children: seq(`(?:${any('flow_mat', 'material')}|${el('solution')}|${el('hint')})+`),
    attrs: {
      ident: true,
      title: false,
      view: [
        'All',
        'Administrator',
        'AdminAuthority',
        'Assessor',
        'Author',
        'Candidate',
        'InvigilatorProctor',
        'Psychometrician',
        'Scorer',
        'Tutor',
      ],
    },
  },
  flow_mat: {
    children: seq(el('qticomment'), '?', any('flow_mat', 'material', 'material_ref'), '+'),
    attrs: { class: false },
  },
};

/** Checks an element tree against the content models; returns one message per problem, with its path. */
export function checkAgainstContentModel(root: Element, models: Record<string, ElementModel>): string[] {
  const problems: string[] = [];
  const walk = (node: Element, path: string) => {
    const name = node.tagName;
    const here = `${path}/${name}${node.getAttribute('ident') ? `[${node.getAttribute('ident')}]` : ''}`;
    const model = models[name];
    if (!model) {
      problems.push(`${here}: <${name}> is not allowed by the DTD`);
      return;
    }
    const children = [...node.children];
    const names = children.map((c) => `${c.tagName} `).join('');
    if (!model.children.test(names)) problems.push(`${here}: children "${names.trim()}" do not fit the content model`);
    const ownText = [...node.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
    if (ownText && !model.text) problems.push(`${here}: text is not allowed here`);
    for (const [attr, rule] of Object.entries(model.attrs)) {
      const value = node.getAttribute(attr);
      if (rule === true && value === null) problems.push(`${here}: required attribute ${attr} is missing`);
      if (Array.isArray(rule) && value !== null && !rule.includes(value))
        problems.push(`${here}: ${attr}="${value}" is not one of ${rule.join('|')}`);
    }
    for (const a of [...node.attributes])
      if (!(a.name in model.attrs)) problems.push(`${here}: attribute ${a.name} is not declared`);
    for (const c of children) walk(c, here);
  };
  walk(root, '');
  return problems;
}
