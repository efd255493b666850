/**
 * Every engine message code, rendered through the English dictionary (src/i18n/en.ts, whose `engine` area is the
 * engine's catalog): each gives a non-empty sentence with no placeholder left, every placeholder of an entry is
 * a parameter of its code (and the reverse), and every catalog entry is some code's. The samples are typed by
 * code, so a code added to messages.ts without a sample here fails the type check.
 */
import { describe, expect, it } from 'vitest';
import { CALL_TYPE_IDS, EARLY_CLOSES, IMPACTS, PROCESS_LIST, URGENCIES, WORKFLOWS } from '../../../simulator/usm.ts';
import { MISCONCEPTION_LIST } from '../../../simulator/misconceptions.ts';
import {
  list,
  msg,
  term,
  type EngineKey,
  type EngineMessage,
  type MessageParams,
  type TermCode,
} from '../../../simulator/messages.ts';
import { ENGINE_EN, english } from '../../../simulator/messages-en.ts';
import { grade } from '../../../simulator/grade.ts';
import { jsonToResponse, maturityFit, type Questionnaire } from '../../../simulator/maturity.ts';
import { format } from '../../../src/i18n/format.ts';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { translator } from '../../../src/i18n/translate.ts';

const t = translator(en);

const P = term('process.recover');
const R = term('misconception.wrong-entry-process.rule');

/** One sample per code with parameters: the type requires every code of MessageParams. */
const SAMPLES: { [C in keyof MessageParams]: MessageParams[C] } = {
  text: { text: 'A scenario explanation.' },
  quoted: { text: 'helpdesk' },
  'grade.rule': { rule: R, belief: term('misconception.wrong-entry-process.inline') },
  'grade.callType.ok': { callType: term('callType.incident') },
  'grade.callType.wrong': {
    chosen: term('callType.risk'),
    expected: term('callType.a.incident'),
    definition: term('callType.definition.incident'),
    rule: R,
  },
  'grade.entry.ok': { entry: P, callType: term('callType.a.incident'), process: P },
  'grade.entry.wrong': { chosen: term('process.change'), callType: term('callType.a.incident'), expected: P, rule: R },
  'grade.step.followsFrom': { step: 2 },
  'grade.forks.none': { process: term('process.operate') },
  'grade.forks.none.early': { close: term('outcome.no-agreement'), process: term('process.agree') },
  'grade.forks.ok': { route: list('list.arrow', ['recover', 'change', 'operate']) },
  'grade.forks.wrong': {
    steps: list('list.space', [
      msg('grade.fork.step', {
        step: 2,
        what: msg('grade.fork.missing', { from: P, expected: term('process.change') }),
        rule: R,
      }),
    ]),
  },
  'grade.fork.step': {
    step: 3,
    what: msg('grade.fork.wrong', { from: P, chosen: term('process.operate'), expected: term('process.change') }),
    rule: '',
  },
  'grade.fork.missing': { from: P, expected: term('process.change') },
  'grade.fork.extra.close': { from: term('process.agree'), chosen: term('process.change') },
  'grade.fork.extra.end': { from: term('process.operate'), chosen: term('process.change') },
  'grade.fork.wrong': { from: P, chosen: term('process.operate'), expected: term('process.change') },
  'grade.priority.ok': {
    impact: term('rating.high'),
    urgency: term('rating.low'),
    priority: 3,
    local: term('grade.priority.local'),
  },
  'grade.priority.wrong': {
    problems: list('list.semicolon', [
      msg('grade.priority.near', {
        dimension: term('dimension.impact'),
        got: term('rating.high'),
        key: term('rating.medium'),
      }),
    ]),
    priority: 3,
    local: term('grade.priority.local'),
    rule: '',
  },
  'grade.priority.near': { dimension: term('dimension.urgency'), got: term('rating.high'), key: term('rating.medium') },
  'grade.priority.off': { dimension: term('dimension.impact'), got: term('rating.nil'), key: term('rating.high') },
  'grade.priority.off.settled': {
    dimension: term('dimension.impact'),
    got: term('rating.nil'),
    key: term('rating.high'),
  },
  'grade.priority.notAssessed': {},
  'grade.moves.none': {},
  'grade.moves.some': { n: 2, penalty: 10 },
  'grade.hints.none': {},
  'grade.hints.some': { n: 1, penalty: 5 },
  'grade.summary.ok': { executed: msg('grade.workflow', { n: 3, name: term('workflow.3') }) },
  'grade.summary.wrong': {
    chosen: msg('grade.noWorkflow', { route: term('grade.emptyRoute') }),
    expected: msg('grade.workflow.early', { n: 1, name: term('workflow.1'), close: term('outcome.no-agreement') }),
  },
  'grade.workflow': { n: 4, name: term('workflow.4') },
  'grade.workflow.early': { n: 1, name: term('workflow.1'), close: term('outcome.no-agreement') },
  'grade.noWorkflow': { route: list('list.arrow', ['change']) },
  'refuse.classifyFirst': {},
  'refuse.wrongEntry': {
    callType: term('callType.A.wish'),
    entry: term('process.agree'),
    process: term('process.change'),
    rule: R,
  },
  'refuse.sendFirst': {},
  'refuse.sendFirst.trigger': {},
  'refuse.withProcess.classify': {},
  'refuse.withProcess': {},
  'refuse.cannotTrigger': {
    from: P,
    to: term('process.agree'),
    options: list('list.or', [
      msg('refuse.option', { process: term('process.change'), artifact: term('callType.rfc') }),
    ]),
  },
  'refuse.option': { process: term('process.operate'), artifact: term('callType.service-request') },
  'refuse.noClose': { process: P, rule: term('misconception.recover-without-action.rule') },
  'refuse.noClose.here': { process: term('process.agree'), close: term('outcome.no-agreement'), workflow: 1, rule: R },
  'refuse.notAtFork': { process: P, step: term('step.recover.analyze'), fork: term('step.recover.recover') },
  'refuse.pastFork': { process: P },
  'practice.classify.ok': { callType: term('callType.incident') },
  'practice.classify.wrong': { rule: R },
  'practice.entry.ok': { process: P },
  'practice.fork.ok': { from: P, to: term('process.change') },
  'practice.fork.wrong': { rule: R },
  'shift.arrives': { title: 'Link outage' },
  'shift.arrives.from': { title: 'Link outage', source: term('shift.source.monitoring') },
  'shift.riskBecameIncident': { risk: 'Night gaps', incident: 'Link outage' },
  'shift.incidentGrows': { title: 'Link outage', minutes: 45 },
  'shift.handled': { title: 'Link outage', workflow: msg('shift.workflow', { n: 3 }), score: 90 },
  'shift.workflow': { n: 7 },
  'shift.noWorkflow': {},
  'shift.improvement': { title: 'Link outage', improvement: 'Night gaps' },
  'shift.preventable': { risk: 'Night gaps', workflow: 7, incident: 'Link outage' },
  'code.tooLong': { source: 'Line 2', what: term('code.what.workshop-join'), length: 9000 },
  'code.wrongPrefix': { source: term('code.source.join'), what: term('code.what.shift-join'), prefix: 'S1' },
  'code.cutOff': { source: 'codes.txt' },
  'code.badCharacters': { source: 'Line 1' },
  'code.undecodable': { source: 'Line 1' },
  'code.checksum': { source: term('code.source.result') },
  'code.problem': { source: 'Line 3', problem: msg('code.nameTooLong', { max: 80 }) },
  'code.nameTooLong': { max: 80 },
  'code.seed': { source: 'Line 1', max: 4294967295 },
  'code.otherWorkshop': { source: 'Line 1' },
  'code.join.layout': { source: 'Line 1' },
  'code.join.library': { source: 'Line 1' },
  'code.join.mode': { source: 'Line 1', mode: 'x' },
  'code.join.tooMany': { source: 'Line 1', n: 41, max: 40 },
  'code.join.unknown': { source: 'Line 1' },
  'code.join.twice': { source: 'Line 1' },
  'code.result.layout': { source: 'Line 1' },
  'code.result.count': { source: 'Line 1', n: 2, expected: 3 },
  'code.result.unreadable': { source: 'Line 1', n: 2 },
  'code.result.impossible': { source: 'Line 1', n: 2, problem: msg('code.call.score', { score: 100, best: 60 }) },
  'code.call.hints': { used: 3, has: 2 },
  'code.call.score': { score: 100, best: 60 },
  'code.shiftJoin.layout': { source: 'Line 1' },
  'code.shiftJoin.unknown': { source: 'Line 1', shift: 'night' },
  'code.shiftResult.layout': { source: 'Line 1' },
  'code.kpis.unreadable': { source: 'Line 1' },
  'code.kpis.impossible': { source: 'Line 1', problem: term('code.kpis.risks') },
  'workshop.unknown': { ids: 'a, b' },
  'workshop.tooMany': { max: 40 },
  'maturity.fit.fit': { level: 3 },
  'maturity.fit.provider-ahead': { provider: 4, customer: 2 },
  'maturity.fit.customer-ahead': { provider: 2, customer: 3 },
  'maturity.otherQuestionnaire': { source: 'Line 2', found: 'other', expected: 'usm-value-maturity' },
  'maturity.version': { source: term('maturity.source.code'), found: term('maturity.value.object'), version: 1 },
  'maturity.unknownStatement': { source: 'ana.json', id: 'x-L9-1' },
  'maturity.badAnswer': { source: 'ana.json', id: 'a-L1-1', answer: 'always', answers: 'not, partly' },
  'maturity.code.layout': { source: 'Line 1' },
  'maturity.code.perspective': { source: 'Line 1' },
  'maturity.code.answers': { source: 'Line 1', n: 60 },
  'maturity.file.tooLarge': { source: term('maturity.source.file'), kb: 100 },
  'maturity.file.json': { source: 'ana.json' },
  'maturity.file.format': { source: 'ana.json', format: term('maturity.value.list') },
  'maturity.file.checksum': { source: 'ana.json' },
  'maturity.file.respondent': { source: 'ana.json', value: term('maturity.value.object') },
  'maturity.file.perspective': { source: 'ana.json', value: 'both' },
  'maturity.file.answers': { source: 'ana.json' },
  'maturity.file.questionnaire': { source: 'ana.json', value: '5' },
};

/** Every name of the model, as a term code. */
const TERMS: TermCode[] = [
  ...PROCESS_LIST.flatMap((p): TermCode[] => [
    `process.${p.id}`,
    ...p.steps.map((s): TermCode => `step.${p.id}.${s.id}`),
  ]),
  ...CALL_TYPE_IDS.flatMap((c): TermCode[] => [
    `callType.${c}`,
    `callType.a.${c}`,
    `callType.A.${c}`,
    `callType.definition.${c}`,
  ]),
  ...WORKFLOWS.map((w): TermCode => `workflow.${w.number}`),
  ...EARLY_CLOSES.map((c): TermCode => `outcome.${c.outcome}`),
  ...[...new Set([...IMPACTS, ...URGENCIES])].map((r): TermCode => `rating.${r}`),
  'dimension.impact',
  'dimension.urgency',
  ...MISCONCEPTION_LIST.flatMap((m) =>
    (['belief', 'rule', 'inline'] as const).map((k) => `misconception.${m.id}.${k}` as TermCode),
  ),
  'shift.source.monitoring',
  'shift.source.improvement',
  'shift.source.ignored-risk',
  'nothing',
  'grade.emptyRoute',
  'grade.priority.local',
  ...(['workshop-join', 'workshop-result', 'shift-join', 'shift-result', 'maturity'] as const).map(
    (w): TermCode => `code.what.${w}`,
  ),
  'code.source.join',
  'code.source.result',
  'code.call.assessment',
  'code.kpis.incidents',
  'code.kpis.risks',
  'code.kpis.score',
  'workshop.none',
  'workshop.twice',
  'maturity.source.code',
  'maturity.source.file',
  'maturity.value.list',
  'maturity.value.object',
];
const LISTS = [
  list('list.space', ['a', 'b']),
  list('list.arrow', ['a', 'b']),
  list('list.or', ['a', 'b']),
  list('list.semicolon', ['a', 'b']),
];

const messages: EngineMessage[] = [
  ...(Object.keys(SAMPLES) as (keyof MessageParams)[]).map((code) => ({ code, ...SAMPLES[code] }) as EngineMessage),
  ...TERMS.map(term),
  ...LISTS,
];
// A placeholder may appear twice in a sentence ("level {customer} … at level {customer}"): each counts once.
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe('engine messages through the English dictionary', () => {
  it.each(messages.map((m) => [m.code, m] as const))('%s renders to a sentence with no placeholder left', (_, m) => {
    const text = format(t, m);
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).not.toMatch(/undefined|\[object Object\]/);
    // The engine's English default is the same sentence.
    expect(english(m)).toBe(text);
  });

  it("has the engine catalog as the dictionary's engine area, each entry with exactly its code's parameters", () => {
    for (const m of messages) {
      const key = `engine.${m.code}` as EngineKey;
      expect(en[key as keyof typeof en], key).toBe(ENGINE_EN[key]);
      const params =
        'items' in m
          ? []
          : Object.keys(m)
              .filter((k) => k !== 'code')
              .sort();
      expect(placeholders(ENGINE_EN[key]), key).toEqual(params);
    }
  });

  it('uses every catalog entry: each is the words of a code the engine has', () => {
    const used = new Set(messages.map((m) => `engine.${m.code}`));
    expect(Object.keys(ENGINE_EN).filter((k) => !used.has(k))).toEqual([]);
    expect(used.size).toBe(Object.keys(ENGINE_EN).length);
  });

  it('formats grade() codes to exactly its English feedback (PRODUCT.md §3 keeps feedback: string[])', () => {
    for (const expected of WORKFLOWS) {
      for (const chosen of WORKFLOWS) {
        const r = grade(
          {
            expected: { callType: expected.callType, workflow: expected.number, impact: 'high', urgency: 'medium' },
            explanation: 'Why.',
          },
          { callType: chosen.callType, route: chosen.route, impact: 'low', urgency: 'medium', hintsUsed: 1 },
        );
        expect(r.messages.map((m) => format(t, m))).toEqual(r.feedback);
        for (const c of r.components) expect(format(t, c.message)).toBe(c.feedback);
      }
    }
  });
});

describe('engine messages through the Dutch dictionary', () => {
  const tNl = translator(nl);
  it.each(messages.map((m) => [m.code, m] as const))('%s renders to a Dutch sentence', (_, m) => {
    const text = format(tNl, m);
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\{\w+\}|undefined|\[object Object\]/);
    expect(text).not.toContain('engine.');
  });

  it('words the maturity model in Dutch, not English: the fit and every refusal of an answer code or file', () => {
    const maturity = messages.filter((m) => m.code.startsWith('maturity.'));
    expect(maturity.length).toBe(22);
    for (const m of maturity.filter((m) => !m.code.startsWith('maturity.source.'))) {
      expect(format(tNl, m), m.code).not.toBe(english(m));
    }
    expect(format(tNl, msg('maturity.fit.provider-ahead', { provider: 4, customer: 2 }))).toBe(
      'De provider werkt op niveau 4, de klant op niveau 2: wat de provider op zijn niveau biedt, werkt alleen als de klant ook op dat niveau handelt. Spreek met de klant af hoe je het verschil overbrugt, of werk voorlopig op niveau 2.',
    );
    expect(
      format(tNl, msg('maturity.file.respondent', { source: 'ana.json', value: term('maturity.value.object') })),
    ).toBe('ana.json: het veld respondent moet tekst zijn, niet een object.');
  });

  it("gives the maturity readers' refusals and the fit as codes: the English default and the Dutch from one message", () => {
    const r = jsonToResponse({} as Questionnaire, '{"format":', 'ana.json');
    expect(r).toEqual({ ok: false, error: 'ana.json: not valid JSON.' });
    expect(!r.ok && format(tNl, r.message)).toBe('ana.json: geen geldige JSON.');
    const fit = maturityFit(2, 3);
    expect(format(t, fit.engineMessage)).toBe(fit.message);
    expect(format(tNl, fit.engineMessage)).toMatch(/^De klant handelt op niveau 3, de provider op niveau 2/);
  });
});
