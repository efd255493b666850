/** The language-aware USM names: Dutch equals the terminology table entry for entry, English equals usm.ts. */
import { describe, expect, it } from 'vitest';
import {
  callTypeLabel,
  callTypeName,
  processName,
  registerName,
  stepName,
  usmNames,
  workflowName,
} from '../../../simulator/usm-labels.ts';
import { CALL_TYPES_NL, PROCESSES_NL, REGISTER_NL, STEPS_NL, WORKFLOWS_NL } from '../../../simulator/usm-nl.ts';
import {
  CALL_TYPES,
  CALL_TYPE_IDS,
  PROCESSES,
  PROCESS_IDS,
  WORKFLOWS,
  type ProcessId,
} from '../../../simulator/usm.ts';

describe('USM names in Dutch come from the table', () => {
  it('every process, step, workflow and call type', () => {
    for (const id of PROCESS_IDS) {
      expect(processName(id, 'nl')).toBe(PROCESSES_NL[id].nl);
      for (const s of PROCESSES[id].steps) expect(stepName(id, s.id, 'nl')).toBe(STEPS_NL[id][s.id]!.nl);
    }
    for (const w of WORKFLOWS) expect(workflowName(w.number, 'nl')).toBe(WORKFLOWS_NL[w.number].nl);
    for (const id of CALL_TYPE_IDS) expect(callTypeName(id, 'nl')).toBe(CALL_TYPES_NL[id].nl);
  });
  it('spot checks against the Dutch USM templates', () => {
    expect(stepName('recover', 'accept', 'nl')).toBe('Aannemen incident');
    expect(stepName('change', 'update-mir', 'nl')).toBe('Bijwerken BIR');
    expect(stepName('agree', 'review', 'nl')).toBe('Toetsen oplevering & terugkoppelen');
    expect(workflowName(7, 'nl')).toBe("Risico's die worden afgehandeld met een wijziging van beheerde infrastructuur");
    expect(callTypeLabel('rfc', 'nl')).toBe('Wijzigingsverzoek (RFC)');
    expect(registerName('nl')).toBe(`${REGISTER_NL.nl} (BIR)`);
  });
  it('English names are usm.ts', () => {
    for (const id of PROCESS_IDS) {
      expect(processName(id, 'en')).toBe(PROCESSES[id].name);
      for (const s of PROCESSES[id].steps) expect(stepName(id, s.id, 'en')).toBe(s.name);
    }
    for (const w of WORKFLOWS) expect(workflowName(w.number, 'en')).toBe(w.name);
    for (const id of CALL_TYPE_IDS) expect(callTypeLabel(id, 'en')).toBe(CALL_TYPES[id].name);
  });
  it('an unknown id throws naming it, in both languages', () => {
    expect(() => stepName('agree', 'dance', 'en')).toThrow(/step "dance" of process "agree"/);
    expect(() => stepName('agree', 'dance', 'nl')).toThrow(/step "dance"/);
    expect(() => processName('sing' as ProcessId, 'en')).toThrow(/process "sing"/);
  });
  it('usmNames has one name per table key in each language, and they differ where the table translates', () => {
    const en = usmNames('en');
    const nl = usmNames('nl');
    expect([...nl.keys()]).toEqual([...en.keys()]);
    expect(nl.get('step:change/deploy')).toBe('Implementeren');
    expect(en.get('step:change/deploy')).toBe(PROCESSES.change.steps.find((s) => s.id === 'deploy')!.name);
  });
});
