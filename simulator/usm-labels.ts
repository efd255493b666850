/**
 * The names of USM's processes, steps, workflows and call types in a language: English from usm.ts,
 * Dutch from the terminology table usm-nl.ts. Views and dictionaries call these instead of writing a USM
 * term themselves, so a Dutch label always equals the table. Pure (no DOM, no Astro).
 */
import {
  CALL_TYPES,
  PROCESSES,
  workflowByNumber,
  type CallTypeId,
  type ProcessId,
  type WorkflowNumber,
} from './usm.ts';
import {
  CALL_TYPES_NL,
  REGISTER_NL,
  callTypeNameNl,
  processNameNl,
  stepNameNl,
  withAbbreviationNl,
  workflowNameNl,
} from './usm-nl.ts';

/** The languages the table has names for (the site's languages; simulator/ does not import src/). */
export type UsmLang = 'en' | 'nl';

function unknown(what: string): never {
  throw new Error(`No ${what} in simulator/usm.ts`);
}

export function processName(id: ProcessId, lang: UsmLang): string {
  if (lang === 'nl') return processNameNl(id);
  return (PROCESSES[id] ?? unknown(`process "${id}"`)).name;
}

export function stepName(process: ProcessId, stepId: string, lang: UsmLang): string {
  if (lang === 'nl') return stepNameNl(process, stepId);
  const step = (PROCESSES[process] ?? unknown(`process "${process}"`)).steps.find((s) => s.id === stepId);
  return (step ?? unknown(`step "${stepId}" of process "${process}"`)).name;
}

export function workflowName(n: WorkflowNumber, lang: UsmLang): string {
  if (lang === 'nl') return workflowNameNl(n);
  return (workflowByNumber(n) ?? unknown(`workflow ${n}`)).name;
}

export function callTypeName(id: CallTypeId, lang: UsmLang): string {
  if (lang === 'nl') return callTypeNameNl(id);
  return (CALL_TYPES[id] ?? unknown(`call type "${id}"`)).name;
}

/** "Request for change" / "Wijzigingsverzoek (RFC)": the call type's name with its abbreviation where it has one. */
export function callTypeLabel(id: CallTypeId, lang: UsmLang): string {
  if (lang === 'nl') return withAbbreviationNl(CALL_TYPES_NL[id] ?? unknown(`call type "${id}"`));
  return callTypeName(id, lang);
}

/** The register: "managed infrastructure register (MIR)" / "beheerde-infrastructuurregister (BIR)". */
export function registerName(lang: UsmLang): string {
  return lang === 'nl' ? withAbbreviationNl(REGISTER_NL) : 'managed infrastructure register (MIR)';
}

/** Every USM name of a language, keyed like the table ("step:agree/classify"), for checks over built pages. */
export function usmNames(lang: UsmLang): Map<string, string> {
  const names = new Map<string, string>();
  for (const id of Object.keys(PROCESSES) as ProcessId[]) {
    names.set(`process:${id}`, processName(id, lang));
    for (const s of PROCESSES[id].steps) names.set(`step:${id}/${s.id}`, stepName(id, s.id, lang));
  }
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8] as const) names.set(`workflow:${n}`, workflowName(n, lang));
  for (const id of Object.keys(CALL_TYPES) as CallTypeId[]) names.set(`callType:${id}`, callTypeName(id, lang));
  return names;
}
