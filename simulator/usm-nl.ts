/**
 * The Dutch USM terms, once: the one table from which the Dutch edition derives every Dutch name of a
 * process, process step, workflow, call type and of the register. Each entry records where the term comes
 * from; where no Dutch source was found the English name is kept, `source` is null and the note says so.
 * Keys are the ids of `usm.ts` (process id, step id, workflow number, call type id), so a step added there
 * without a Dutch name is caught by `missingDutchTerms()` (and by test/unit/simulator/usm-nl.test.ts).
 * Terms are facts, not prose: see ../shared/usm-terms-nl.md and docs/architecture.md ("Dutch terms").
 */
import {
  CALL_TYPES,
  CALL_TYPE_IDS,
  PROCESSES,
  PROCESS_IDS,
  WORKFLOWS,
  type CallTypeId,
  type ProcessId,
  type WorkflowNumber,
} from './usm.ts';

/** A Dutch term with its source. Without a source (none found) the note is required and says why. */
export type DutchTerm = { readonly nl: string; readonly abbreviation?: string } & (
  { readonly source: string; readonly note?: string } | { readonly source: null; readonly note: string }
);

/** The sources the table cites, by short name. */
export const NL_SOURCES = {
  templates:
    'usmtools workflow templates (nl): github:mikko-ahonen/usmtools fixtures/workflow-templates-nl.json, paired with the English templates in ../shared/usm-terms-nl.md',
  noraProcessModel:
    'NORA Online, "Het procesmodel en de werkstromen van de overheidsorganisatie" (noraonline.nl): the process model of the Basisconcept van Dienstverlening, based on the USM method and adapted to government',
  noraFiveProcesses:
    'NORA Online, "De vijf processen van Dienstverlening" (noraonline.nl, revision by Jan van Bon, 9 Sep 2023)',
  portalSelfStudy:
    'usm-portal.com (SURVUZ), "Aanwijzingen voor zelfstudie o.b.v. het USM-boek v2" and "Aanpassingen van begrippen in de USM-training"',
  portalGlossary: 'usm-portal.com (SURVUZ) Dutch glossary, entry "Risico"',
} as const;

const T = NL_SOURCES.templates;
const NORA_ADAPTED =
  "NORA adapts USM to government (there the agreements are laws and regulations); the process name itself is USM's verb, as NORA says its model is based on the USM method.";
const NOT_FOUND = (en: string): string =>
  `No Dutch SURVUZ or NORA usage of this process name was found in the stored usm-portal.com, usmwiki.com and NORA pages (the NORA list of five processes could only be read up to Wijzigen), so the English name "${en}" is kept.`;

/** The five processes (usm.ts PROCESSES). */
export const PROCESSES_NL: Readonly<Record<ProcessId, DutchTerm>> = {
  agree: {
    nl: 'Afspreken',
    source: `${NL_SOURCES.noraProcessModel}; ${NL_SOURCES.noraFiveProcesses}`,
    note: `Process 1 of the five: "Afspreken", whose call is the "wens". ${NORA_ADAPTED}`,
  },
  change: {
    nl: 'Wijzigen',
    source: NL_SOURCES.noraProcessModel,
    note: `Process 2 of the five: "Wijzigen", controlled changes to the managed infrastructure. ${NORA_ADAPTED}`,
  },
  recover: {
    nl: 'Recover',
    source: null,
    note: `${NOT_FOUND('Recover')} The templates call the Recover step "Herstellen", which is a step name, not the process name.`,
  },
  operate: {
    nl: 'Uitvoeren',
    source: T,
    note: 'The templates name workflow 5 (English "Operate") "Uitvoeren" and workflow 8 "Risico\'s die worden afgehandeld door Uitvoeren", capitalised as the process. Not found on a SURVUZ page.',
  },
  improve: {
    nl: 'Improve',
    source: null,
    note: NOT_FOUND('Improve'),
  },
};

const CLASSIFY: DutchTerm = { nl: 'Classificeren', source: T };
const REVIEW: DutchTerm = { nl: 'Toetsen oplevering & terugkoppelen', source: T };
const EVALUATE: DutchTerm = { nl: 'Evalueren & afsluiten', source: T };

/**
 * Every step of every process, by process id and step id (usm.ts PROCESSES). Paired with the templates by
 * meaning and order; the templates' English names differ slightly from ours (noted where they do).
 */
export const STEPS_NL: Readonly<Record<ProcessId, Readonly<Record<string, DutchTerm>>>> = {
  agree: {
    accept: { nl: 'Aannemen wensen', source: T, note: 'Template step "Accept wishes".' },
    classify: CLASSIFY,
    specify: { nl: 'Specificeer de service', source: T, note: 'Template step "Specifying the service".' },
    'draft-offer': { nl: 'Opstellen offerte', source: T },
    negotiate: { nl: 'Onderhandelen', source: T },
    realize: { nl: 'Realiseren', source: T },
    review: REVIEW,
    'evaluate-close': EVALUATE,
  },
  change: {
    accept: { nl: 'Aannemen RFC', source: T, note: 'Template step "Accept RFC".' },
    classify: CLASSIFY,
    'plan-agree': { nl: 'Plannen & accorderen', source: T },
    prepare: { nl: 'Voorbereiden wijziging', source: T },
    'test-release': { nl: 'Testen & vrijgeven', source: T },
    deploy: { nl: 'Implementeren', source: T },
    review: REVIEW,
    'update-mir': {
      nl: 'Bijwerken BIR',
      source: T,
      note: 'Template step "Update CMDB"; the register is the BIR (MIR).',
    },
    'evaluate-close': EVALUATE,
  },
  recover: {
    accept: { nl: 'Aannemen incident', source: T },
    classify: CLASSIFY,
    analyze: { nl: 'Analyseren', source: T },
    'prepare-recovery': { nl: 'Voorbereiden herstel', source: T },
    recover: { nl: 'Herstellen', source: T },
    review: REVIEW,
    'evaluate-close': EVALUATE,
  },
  operate: {
    accept: { nl: 'Aannemen service requests', source: T, note: 'Template step "Accept service requests".' },
    classify: CLASSIFY,
    plan: { nl: 'Plannen werkzaamheden', source: T },
    execute: { nl: 'Uitvoeren werkzaamheden', source: T },
    review: REVIEW,
    'evaluate-close': EVALUATE,
  },
  improve: {
    accept: { nl: "Identificeren risico's", source: T, note: 'Template step "Identifying risks".' },
    classify: CLASSIFY,
    'determine-cause': { nl: 'Vaststellen oorzaak', source: T },
    'select-measure': { nl: 'Selecteren maatregel', source: T },
    'deploy-measure': { nl: 'Doorvoeren maatregel', source: T },
    review: REVIEW,
    'evaluate-close': EVALUATE,
  },
};

/** The eight workflows, by number (usm.ts WORKFLOWS). */
export const WORKFLOWS_NL: Readonly<Record<WorkflowNumber, DutchTerm>> = {
  1: { nl: 'Aanpassing van de overeenkomst', source: T },
  2: { nl: 'Wijziging van beheerde infrastructuur', source: T },
  3: { nl: 'Incident dat een wijziging van de beheerde infrastructuur vergt', source: T },
  4: { nl: 'Incident dat géén wijziging van beheerde infrastructuur vergt', source: T },
  5: { nl: 'Uitvoeren', source: T, note: 'Template "Operate"; our English edition says "Operations".' },
  6: { nl: "Risico's die worden afgehandeld met een aanpassing van de overeenkomst", source: T },
  7: {
    nl: "Risico's die worden afgehandeld met een wijziging van beheerde infrastructuur",
    source: T,
    note: 'The source writes "afghandeld", a typo; corrected to "afgehandeld" as in workflows 6 and 8.',
  },
  8: { nl: "Risico's die worden afgehandeld door Uitvoeren", source: T },
};

/** The five call types (usm.ts CALL_TYPES). */
export const CALL_TYPES_NL: Readonly<Record<CallTypeId, DutchTerm>> = {
  wish: {
    nl: 'Wens',
    source: `${NL_SOURCES.noraProcessModel}; ${T}`,
    note: 'NORA: the call of Afspreken "heet wens"; the templates: "Aannemen wensen".',
  },
  rfc: {
    nl: 'Wijzigingsverzoek',
    abbreviation: 'RFC',
    source: NL_SOURCES.portalSelfStudy,
    note: 'SURVUZ: "change request = request for change (RFC) = wijzigingsverzoek"; both may be used, Dutch is preferred. The templates keep the abbreviation RFC ("Aannemen RFC").',
  },
  incident: { nl: 'Incident', source: T, note: 'The same word in Dutch ("Aannemen incident").' },
  'service-request': {
    nl: 'Service request',
    source: T,
    note: 'The Dutch templates keep the English term ("Aannemen service requests"); no Dutch USM source using "serviceverzoek" was found.',
  },
  risk: { nl: 'Risico', source: `${NL_SOURCES.portalGlossary}; ${T}` },
};

/** The managed infrastructure register (MIR in the English text). */
export const REGISTER_NL: DutchTerm = {
  nl: 'beheerde-infrastructuurregister',
  abbreviation: 'BIR',
  source: `${NL_SOURCES.portalSelfStudy}; ${T}`,
  note: 'SURVUZ replaced "CMDB" by "beheerd infrastructuur register (BIR)"; the templates write "Bijwerken BIR". Spelled as one compound, as ../shared/usm-terms-nl.md and the glossary do.',
};

/**
 * The glossary terms (content/glossary/<id>.yaml) that name a term of this table. A glossary `dutch:` field
 * for one of them must read `withAbbreviationNl(term)`; a term kept in English (source null) has none.
 */
export const GLOSSARY_TERMS_NL: Readonly<Record<string, DutchTerm>> = {
  agree: PROCESSES_NL.agree,
  change: PROCESSES_NL.change,
  recover: PROCESSES_NL.recover,
  operate: PROCESSES_NL.operate,
  improve: PROCESSES_NL.improve,
  wish: CALL_TYPES_NL.wish,
  'request-for-change': CALL_TYPES_NL.rfc,
  incident: CALL_TYPES_NL.incident,
  'service-request': CALL_TYPES_NL['service-request'],
  risk: CALL_TYPES_NL.risk,
  'managed-infrastructure-register': REGISTER_NL,
};

function missingTerm(what: string): never {
  throw new Error(`No Dutch name for ${what} in simulator/usm-nl.ts`);
}

export function processNameNl(id: ProcessId): string {
  return (PROCESSES_NL[id] ?? missingTerm(`process "${id}"`)).nl;
}

export function stepNameNl(process: ProcessId, stepId: string): string {
  const steps = STEPS_NL[process];
  const term = steps && Object.hasOwn(steps, stepId) ? steps[stepId] : undefined;
  return (term ?? missingTerm(`step "${stepId}" of process "${process}"`)).nl;
}

export function workflowNameNl(n: WorkflowNumber): string {
  return (WORKFLOWS_NL[n] ?? missingTerm(`workflow ${n}`)).nl;
}

export function callTypeNameNl(id: CallTypeId): string {
  return (CALL_TYPES_NL[id] ?? missingTerm(`call type "${id}"`)).nl;
}

/** "Wijzigingsverzoek (RFC)", "beheerde-infrastructuurregister (BIR)": the name with its abbreviation. */
export function withAbbreviationNl(term: DutchTerm): string {
  return term.abbreviation ? `${term.nl} (${term.abbreviation})` : term.nl;
}

/** Where each Dutch term sits in the table, with the English name of the thing it names. */
export interface DutchTermEntry {
  key: string;
  en: string;
  term: DutchTerm;
}

/** Every entry of the table, flat, with the English name from usm.ts (for checks and documentation). */
export function dutchTermEntries(): DutchTermEntry[] {
  const entries: DutchTermEntry[] = [];
  for (const id of PROCESS_IDS) {
    if (PROCESSES_NL[id]) entries.push({ key: `process:${id}`, en: PROCESSES[id].name, term: PROCESSES_NL[id] });
    for (const step of PROCESSES[id].steps) {
      const term = STEPS_NL[id]?.[step.id];
      if (term) entries.push({ key: `step:${id}/${step.id}`, en: step.name, term });
    }
  }
  for (const w of WORKFLOWS) {
    if (WORKFLOWS_NL[w.number]) entries.push({ key: `workflow:${w.number}`, en: w.name, term: WORKFLOWS_NL[w.number] });
  }
  for (const id of CALL_TYPE_IDS) {
    if (CALL_TYPES_NL[id]) entries.push({ key: `callType:${id}`, en: CALL_TYPES[id].name, term: CALL_TYPES_NL[id] });
  }
  entries.push({ key: 'register', en: 'Managed infrastructure register', term: REGISTER_NL });
  return entries;
}

/**
 * The keys of usm.ts that have no Dutch entry ("step:agree/close", "workflow:9" …), and the table's keys
 * that usm.ts no longer has (prefixed "stale "). Empty when the two agree.
 */
export function missingDutchTerms(): string[] {
  const missing: string[] = [];
  for (const id of PROCESS_IDS) {
    if (!Object.hasOwn(PROCESSES_NL, id)) missing.push(`process:${id}`);
    const steps = Object.hasOwn(STEPS_NL, id) ? STEPS_NL[id] : {};
    const known = new Set(PROCESSES[id].steps.map((s) => s.id));
    for (const s of known) if (!Object.hasOwn(steps, s)) missing.push(`step:${id}/${s}`);
    for (const s of Object.keys(steps)) if (!known.has(s)) missing.push(`stale step:${id}/${s}`);
  }
  for (const w of WORKFLOWS) if (!Object.hasOwn(WORKFLOWS_NL, w.number)) missing.push(`workflow:${w.number}`);
  for (const id of CALL_TYPE_IDS) if (!Object.hasOwn(CALL_TYPES_NL, id)) missing.push(`callType:${id}`);
  return missing;
}
