/**
 * The Dutch terminology table (simulator/usm-nl.ts): complete for usm.ts, sourced, and equal to the Dutch
 * USM workflow templates as ../shared/usm-terms-nl.md pairs them. The pairs are written out here; when the
 * shared file is present (beside the clone, as in CI) they are also checked against it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GlossaryTermSchema } from '../../../simulator/glossary.ts';
import {
  CALL_TYPES_NL,
  GLOSSARY_TERMS_NL,
  PROCESSES_NL,
  REGISTER_NL,
  STEPS_NL,
  WORKFLOWS_NL,
  callTypeNameNl,
  dutchTermEntries,
  missingDutchTerms,
  processNameNl,
  stepNameNl,
  withAbbreviationNl,
  workflowNameNl,
} from '../../../simulator/usm-nl.ts';
import {
  CALL_TYPE_IDS,
  PROCESSES,
  PROCESS_IDS,
  WORKFLOWS,
  type ProcessId,
  type ProcessStep,
  type WorkflowNumber,
} from '../../../simulator/usm.ts';
import { readYaml } from '../../../simulator/yaml.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const termsFile = fileURLToPath(new URL('../../../../shared/usm-terms-nl.md', import.meta.url));

/** Our step id, the template's English step name, the template's Dutch step name (usm-terms-nl.md). */
const STEP_PAIRS: ReadonlyArray<readonly [ProcessId, string, string, string]> = [
  ['agree', 'accept', 'Accept wishes', 'Aannemen wensen'],
  ['agree', 'classify', 'Classify', 'Classificeren'],
  ['agree', 'specify', 'Specifying the service', 'Specificeer de service'],
  ['agree', 'draft-offer', 'Draft offer', 'Opstellen offerte'],
  ['agree', 'negotiate', 'Negotiate', 'Onderhandelen'],
  ['agree', 'realize', 'Realize', 'Realiseren'],
  ['agree', 'review', 'Review delivery & feedback', 'Toetsen oplevering & terugkoppelen'],
  ['agree', 'evaluate-close', 'Evaluate & close', 'Evalueren & afsluiten'],
  ['change', 'accept', 'Accept RFC', 'Aannemen RFC'],
  ['change', 'classify', 'Classify', 'Classificeren'],
  ['change', 'plan-agree', 'Plan & agree', 'Plannen & accorderen'],
  ['change', 'prepare', 'Prepare change', 'Voorbereiden wijziging'],
  ['change', 'test-release', 'Test & release', 'Testen & vrijgeven'],
  ['change', 'deploy', 'Deploy', 'Implementeren'],
  ['change', 'review', 'Review delivery & feedback', 'Toetsen oplevering & terugkoppelen'],
  ['change', 'update-mir', 'Update CMDB', 'Bijwerken BIR'],
  ['change', 'evaluate-close', 'Evaluate & close', 'Evalueren & afsluiten'],
  ['recover', 'accept', 'Accept incident', 'Aannemen incident'],
  ['recover', 'classify', 'Classify', 'Classificeren'],
  ['recover', 'analyze', 'Analyze', 'Analyseren'],
  ['recover', 'prepare-recovery', 'Prepare recovery', 'Voorbereiden herstel'],
  ['recover', 'recover', 'Recover', 'Herstellen'],
  ['recover', 'review', 'Review delivery & feedback', 'Toetsen oplevering & terugkoppelen'],
  ['recover', 'evaluate-close', 'Evaluate & close', 'Evalueren & afsluiten'],
  ['operate', 'accept', 'Accept service requests', 'Aannemen service requests'],
  ['operate', 'classify', 'Classify', 'Classificeren'],
  ['operate', 'plan', 'Plan the activities', 'Plannen werkzaamheden'],
  ['operate', 'execute', 'Execute activities', 'Uitvoeren werkzaamheden'],
  ['operate', 'review', 'Review delivery & feedback', 'Toetsen oplevering & terugkoppelen'],
  ['operate', 'evaluate-close', 'Evaluate & close', 'Evalueren & afsluiten'],
  ['improve', 'accept', 'Identifying risks', "Identificeren risico's"],
  ['improve', 'classify', 'Classify', 'Classificeren'],
  ['improve', 'determine-cause', 'Determine cause', 'Vaststellen oorzaak'],
  ['improve', 'select-measure', 'Select measure', 'Selecteren maatregel'],
  ['improve', 'deploy-measure', 'Deploy measure', 'Doorvoeren maatregel'],
  ['improve', 'review', 'Review delivery & feedback', 'Toetsen oplevering & terugkoppelen'],
  ['improve', 'evaluate-close', 'Evaluate & close', 'Evalueren & afsluiten'],
];

/** Workflow number, the template's English and Dutch names, and ours (the source's typo in 7 corrected). */
const WORKFLOW_PAIRS: ReadonlyArray<readonly [WorkflowNumber, string, string, string]> = [
  [1, 'Changes to agreements', 'Aanpassing van de overeenkomst', 'Aanpassing van de overeenkomst'],
  [2, 'Changes to managed resources', 'Wijziging van beheerde infrastructuur', 'Wijziging van beheerde infrastructuur'],
  [
    3,
    'Incident with changes to managed resources',
    'Incident dat een wijziging van de beheerde infrastructuur vergt',
    'Incident dat een wijziging van de beheerde infrastructuur vergt',
  ],
  [
    4,
    'Incidents without changes to managed resources',
    'Incident dat géén wijziging van beheerde infrastructuur vergt',
    'Incident dat géén wijziging van beheerde infrastructuur vergt',
  ],
  [5, 'Operate', 'Uitvoeren', 'Uitvoeren'],
  [
    6,
    'Risks with changes to agreements',
    "Risico's die worden afgehandeld met een aanpassing van de overeenkomst",
    "Risico's die worden afgehandeld met een aanpassing van de overeenkomst",
  ],
  [
    7,
    'Risks with changes to managed resources',
    "Risico's die worden afghandeld met een wijziging van beheerde infrastructuur",
    "Risico's die worden afgehandeld met een wijziging van beheerde infrastructuur",
  ],
  [
    8,
    'Risks that can be handled by operations',
    "Risico's die worden afgehandeld door Uitvoeren",
    "Risico's die worden afgehandeld door Uitvoeren",
  ],
];

/** The rows of every Markdown table in `text`, as trimmed cells (header and separator rows left out). */
function tableRows(text: string, header: string): string[][] {
  const rows: string[][] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('|')) {
      inTable = false;
      continue;
    }
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
    if (cells[0] === header) {
      inTable = true;
      continue;
    }
    if (inTable && !/^-+$/.test(cells[0]!)) rows.push(cells);
  }
  return rows;
}

describe('the Dutch terminology table covers usm.ts', () => {
  it('has a Dutch entry for every process, step, workflow and call type (missing keys are named)', () => {
    expect(missingDutchTerms()).toEqual([]);
    for (const id of PROCESS_IDS) {
      expect(processNameNl(id)).toBe(PROCESSES_NL[id].nl);
      for (const step of PROCESSES[id].steps)
        expect(stepNameNl(id, step.id), `${id}/${step.id}`).toBe(STEPS_NL[id][step.id]!.nl);
    }
    for (const w of WORKFLOWS) expect(workflowNameNl(w.number)).toBe(WORKFLOWS_NL[w.number].nl);
    for (const id of CALL_TYPE_IDS) expect(callTypeNameNl(id)).toBe(CALL_TYPES_NL[id].nl);
  });

  it('names a step that usm.ts gains without a Dutch name, and the accessor refuses it by name', () => {
    const steps = PROCESSES.agree.steps as ProcessStep[];
    steps.push({ id: 'close-agreement', name: 'Close agreement' });
    try {
      expect(missingDutchTerms()).toEqual(['step:agree/close-agreement']);
    } finally {
      steps.pop();
    }
    expect(missingDutchTerms()).toEqual([]);
    expect(() => stepNameNl('agree', 'close-agreement')).toThrow('step "close-agreement" of process "agree"');
    expect(() => stepNameNl('agree', 'toString')).toThrow(/No Dutch name/);
  });

  it('gives every entry a non-empty name and either a source or an explicit "not found" note', () => {
    const entries = dutchTermEntries();
    expect(entries.length).toBe(5 + PROCESS_IDS.reduce((n, id) => n + PROCESSES[id].steps.length, 0) + 8 + 5 + 1);
    for (const { key, en, term } of entries) {
      expect(term.nl.trim(), key).not.toBe('');
      expect(term.nl, `${key} has stray spaces`).toBe(term.nl.trim());
      if (term.source === null) {
        expect(term.note.trim().length, `${key} has no source and no note`).toBeGreaterThan(20);
        expect(term.note, key).toMatch(/no .*found/i);
        expect(term.nl, `${key}: without a source the English name is kept`).toBe(en);
      } else {
        expect(term.source.trim().length, key).toBeGreaterThan(10);
      }
    }
  });

  it('keeps the English name only where no source was found, and says so', () => {
    const kept = dutchTermEntries()
      .filter((e) => e.term.source === null)
      .map((e) => e.key);
    expect(kept).toEqual(['process:recover', 'process:improve']);
    expect(processNameNl('agree')).toBe('Afspreken');
    expect(processNameNl('change')).toBe('Wijzigen');
    expect(processNameNl('operate')).toBe('Uitvoeren');
    expect(withAbbreviationNl(CALL_TYPES_NL.rfc)).toBe('Wijzigingsverzoek (RFC)');
    expect(withAbbreviationNl(REGISTER_NL)).toBe('beheerde-infrastructuurregister (BIR)');
  });
});

describe("the Dutch step and workflow names are the templates' names", () => {
  it('pairs every step of usm.ts with the template step of the same meaning', () => {
    const covered = new Set(STEP_PAIRS.map(([p, s]) => `${p}/${s}`));
    for (const id of PROCESS_IDS)
      for (const s of PROCESSES[id].steps)
        expect(covered.has(`${id}/${s.id}`), `${id}/${s.id} has no template pair`).toBe(true);
    for (const [process, stepId, , nl] of STEP_PAIRS)
      expect(stepNameNl(process, stepId), `${process}/${stepId}`).toBe(nl);
  });

  it('pairs every workflow with its template, with the source\'s typo "afghandeld" corrected and noted', () => {
    for (const [n, , sourceNl, nl] of WORKFLOW_PAIRS) {
      expect(workflowNameNl(n), `workflow ${n}`).toBe(nl);
      if (sourceNl !== nl) expect(WORKFLOWS_NL[n].note, `workflow ${n}`).toContain('afghandeld');
    }
    for (const { key, term } of dutchTermEntries()) expect(term.nl, key).not.toContain('afghandeld');
  });

  const shared = existsSync(termsFile);
  if (!shared)
    console.warn(
      `usm-nl.test: ${termsFile} not found (it sits beside the clone in CI); the comparison with the shared file is skipped.`,
    );
  it.skipIf(!shared)(
    `equals the pairs in ../shared/usm-terms-nl.md${shared ? '' : ' (SKIPPED: file not found beside the clone)'}`,
    () => {
      const text = readFileSync(termsFile, 'utf8');
      const steps = tableRows(text, 'process')
        .map(([p, en, nl]) => `${p} | ${en} | ${nl}`)
        .sort();
      expect(steps).toEqual(STEP_PAIRS.map(([p, , en, nl]) => `${p} | ${en} | ${nl}`).sort());
      const workflows = tableRows(text, 'workflow (en)').map(([en, nl]) => `${en} | ${nl}`);
      expect(workflows).toEqual(WORKFLOW_PAIRS.map(([, en, nl]) => `${en} | ${nl}`));
    },
  );
});

describe('the glossary agrees with the table', () => {
  it('gives a glossary term that names a table term the same Dutch name, or none when the table keeps English', () => {
    for (const [id, term] of Object.entries(GLOSSARY_TERMS_NL)) {
      const file = `${root}content/glossary/${id}.yaml`;
      expect(existsSync(file), `content/glossary/${id}.yaml`).toBe(true);
      const read = readYaml(readFileSync(file, 'utf8'));
      if (!read.ok) throw new Error(`content/glossary/${id}.yaml: ${read.errors.map((e) => e.message).join('; ')}`);
      const parsed = GlossaryTermSchema.parse(read.data);
      if (parsed.dutch === undefined) continue;
      expect(
        term.source,
        `content/glossary/${id}.yaml has a Dutch name for a term the table keeps in English`,
      ).not.toBeNull();
      expect(parsed.dutch, `content/glossary/${id}.yaml: dutch`).toBe(withAbbreviationNl(term));
    }
  });
});
