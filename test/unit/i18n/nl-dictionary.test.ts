/**
 * The Dutch dictionary mirrors the English one: the same keys in the same areas, and per key the same
 * {placeholders} (a Dutch string may reorder them, never drop or invent one). Also: no Dutch value is left
 * as the English text, except the words both languages share (listed), and USM names equal the table.
 */
import { describe, expect, it } from 'vitest';
import * as EN from '../../../src/i18n/en.ts';
import * as NL from '../../../src/i18n/nl.ts';
import { callTypeNameNl, processNameNl, stepNameNl, workflowNameNl } from '#engine/model';

const AREAS = Object.keys(EN.areas) as (keyof typeof EN.areas)[];
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Values that are the same word in Dutch (names, loan words, formats). */
const SAME_IN_DUTCH = new Set([
  'nav.simulator',
  'home.title',
  'search.shortcut',
  'search.workflow',
  'dash.module',
  'dash.workflow',
  'sim.impact',
  'sim.debrief.score',
  'sim.index.workflow',
  'sim.sc.line.working',
  'sim.log.advanced',
  'exam.passMark.foundation',
  'exam.passMark.professional',
  'shift.workshop',
  'sim.index.scenario',
  'sim.debrief.sandbox.workflow',
  'shift.report.score',
  'shift.report.source.monitoring',
  'shift.report.status.open',
  'lesson.workflow.caption',
  'page.simulator.title',
  'page.practice.coaches',
  'engine.text',
  'engine.list.arrow',
  'engine.dimension.impact',
  'engine.grade.workflow',
  'engine.grade.workflow.early',
  'engine.shift.source.monitoring',
  'engine.shift.workflow',
  'engine.code.problem',
  'lms.select.call',
  'lms.select.standard.scorm12',
  'lms.select.standard.cmi5',
  'lms.readme.standard.scorm12',
  'lms.readme.standard.cmi5',
  'lms.set.domain.telecom',
  'builder.field.expected.workflow',
  'builder.field.expected.impact',
  'builder.field.hints',
  'builder.yaml.title',
  // The status names 'process fulfilled' / 'workflow fulfilled' and the term "fork" stay English in the Dutch
  // lessons and scenarios, so the dictionary keeps them too (test/unit/i18n/nl-terms.test.ts).
  'sim.status.process',
  'sim.board.status.fulfilled',
  'sim.sc.line.fulfilled',
  'sim.log.workflow-fulfilled',
  'lesson.steps.fork',
  'engine.grade.forks.wrong',
  // A topic name the Dutch course also uses as it is ("De acht workflows"); the calls topic is "Meldingen".
  'topic.workflows',
]);
/** Names the engine and topics areas take from the terminology table: equal to English where the table keeps the English word. */
const FROM_TABLE = /^engine\.(process|step|callType|workflow)\.|^topic\.(agree|change|recover|operate|improve)$/;

describe('the Dutch dictionary', () => {
  it('has every area of the English one and no other', () => {
    const areasOf = (m: Record<string, unknown>) =>
      Object.keys(m)
        .filter((k) => typeof m[k] === 'object' && !['en', 'nl', 'areas'].includes(k))
        .sort();
    expect(areasOf(NL as Record<string, unknown>)).toEqual([...AREAS].sort());
  });
  for (const area of AREAS) {
    it(`area "${area}": the same keys, and per key the same placeholders`, () => {
      const en = EN.areas[area] as Record<string, string>;
      const nl = (NL as unknown as Record<string, Record<string, string>>)[area]!;
      expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
      const wrong = Object.keys(en).filter(
        (k) => JSON.stringify(placeholders(en[k]!)) !== JSON.stringify(placeholders(nl[k] ?? '')),
      );
      expect(wrong).toEqual([]);
    });
  }
  it('the whole dictionaries have the same keys', () => {
    expect(Object.keys(NL.nl).sort()).toEqual(Object.keys(EN.en).sort());
  });
  it('no value is left in English (except the words both languages share)', () => {
    const en = EN.en as Record<string, string>;
    const nl = NL.nl as Record<string, string>;
    const same = Object.keys(en).filter(
      (k) => en[k] === nl[k] && en[k]!.length > 2 && !SAME_IN_DUTCH.has(k) && !FROM_TABLE.test(k),
    );
    expect(same).toEqual([]);
  });
  it('the engine area names processes, steps, call types and workflows as the table does', () => {
    expect(NL.engine['engine.process.agree' as keyof typeof NL.engine]).toBe(processNameNl('agree'));
    expect(NL.engine['engine.step.recover.accept' as keyof typeof NL.engine]).toBe(stepNameNl('recover', 'accept'));
    expect(NL.engine['engine.workflow.7' as keyof typeof NL.engine]).toBe(workflowNameNl(7));
    expect(NL.engine['engine.callType.a.rfc' as keyof typeof NL.engine]).toBe(
      `een ${callTypeNameNl('rfc').toLowerCase()}`,
    );
  });
  it('a USM name written in a Dutch string is the table’s', () => {
    expect(NL.sim['sim.finish.no-agreement']).toContain(stepNameNl('agree', 'negotiate'));
    expect(NL.lesson['lesson.earlyClose']).toContain(stepNameNl('agree', 'negotiate'));
    expect(NL.shift['shift.kpi.risks']).toContain(processNameNl('improve'));
  });
});
