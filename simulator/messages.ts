/**
 * Messages as data. The engine never builds a sentence for the learner: it returns a message code with its
 * parameters (`{ code: 'grade.fork.wrong', from, chosen, expected }`), and a dictionary turns the code into
 * words. A parameter is a plain value (a number, a name the learner typed, a scenario's title) or another
 * message (a process name, a misconception's rule), so every word a learner reads goes through a dictionary.
 * The English catalog of these codes is `messages-en.ts`; `src/i18n/` formats messages with its dictionaries.
 */
import type { CallTypeId, Impact, OutcomeId, ProcessId, Urgency, WorkflowNumber } from './usm.ts';
import type { MisconceptionId } from './misconceptions.ts';

/** A parameter: a plain value (numbers, ids, titles, what the learner typed) or a message to format first. */
export type Param = EngineMessage | string | number;

/** Names read from the model (usm.ts, misconceptions.ts): the catalog generates their entries. */
export type ModelTermCode =
  | `process.${ProcessId}`
  | `callType.${CallTypeId}`
  | `callType.a.${CallTypeId}`
  | `callType.A.${CallTypeId}`
  | `callType.definition.${CallTypeId}`
  | `workflow.${WorkflowNumber}`
  | `step.${ProcessId}.${string}`
  | `outcome.${Exclude<OutcomeId, 'fulfilled'>}`
  | `rating.${Impact | Urgency}`
  | `misconception.${MisconceptionId}.${'belief' | 'rule' | 'inline'}`;

/** Names: each is a message with no parameters. */
export type TermCode =
  | ModelTermCode
  | `dimension.${'impact' | 'urgency'}`
  | `shift.source.${'monitoring' | 'improvement' | 'ignored-risk'}`
  | `code.what.${'workshop-join' | 'workshop-result' | 'shift-join' | 'shift-result' | 'maturity'}`
  | `code.source.${'join' | 'result'}`
  | 'code.call.assessment'
  | 'code.kpis.incidents'
  | 'code.kpis.risks'
  | 'code.kpis.score'
  | 'workshop.none'
  | 'workshop.twice'
  | 'nothing'
  | 'grade.emptyRoute'
  | 'grade.priority.local'
  | `maturity.source.${'code' | 'file'}`
  | `maturity.value.${'list' | 'object'}`;

/** A list: its items joined by the catalog entry of its code (a space, an arrow, "or" …). */
export type ListCode = 'list.space' | 'list.arrow' | 'list.or' | 'list.semicolon';

type M = EngineMessage;
/** Every message with parameters, and the parameters it carries. */
export interface MessageParams {
  /** A text from content (a scenario's explanation), shown as it is. */
  text: { text: string };
  /** A value the learner typed that is not an id of the model, in quotes. */
  quoted: { text: string };
  /** A misconception's rule with the belief it corrects. */
  'grade.rule': { rule: M; belief: M };
  'grade.callType.ok': { callType: M };
  'grade.callType.wrong': { chosen: M; expected: M; definition: M; rule: M | '' };
  'grade.entry.ok': { entry: M; callType: M; process: M };
  'grade.entry.wrong': { chosen: M; callType: M; expected: M; rule: M };
  'grade.step.followsFrom': { step: number };
  'grade.forks.none': { process: M };
  'grade.forks.none.early': { close: M; process: M };
  'grade.forks.ok': { route: M };
  'grade.forks.wrong': { steps: M };
  'grade.fork.step': { step: number; what: M; rule: M | '' };
  'grade.fork.missing': { from: M; expected: M };
  'grade.fork.extra.close': { from: M; chosen: M };
  'grade.fork.extra.end': { from: M; chosen: M };
  'grade.fork.wrong': { from: M; chosen: M; expected: M };
  'grade.priority.ok': { impact: M; urgency: M; priority: number; local: M };
  'grade.priority.wrong': { problems: M; priority: number; local: M; rule: M | '' };
  'grade.priority.near': { dimension: M; got: M; key: M };
  'grade.priority.off': { dimension: M; got: M; key: M };
  'grade.priority.off.settled': { dimension: M; got: M; key: M };
  'grade.priority.notAssessed': Record<never, never>;
  'grade.moves.none': Record<never, never>;
  'grade.moves.some': { n: number; penalty: number };
  'grade.hints.none': Record<never, never>;
  'grade.hints.some': { n: number; penalty: number };
  'grade.summary.ok': { executed: M };
  'grade.summary.wrong': { chosen: M; expected: M };
  'grade.workflow': { n: number; name: M };
  'grade.workflow.early': { n: number; name: M; close: M };
  'grade.noWorkflow': { route: M };
  'refuse.classifyFirst': Record<never, never>;
  'refuse.wrongEntry': { callType: M; entry: M; process: M; rule: M };
  'refuse.sendFirst': Record<never, never>;
  'refuse.sendFirst.trigger': Record<never, never>;
  'refuse.withProcess.classify': Record<never, never>;
  'refuse.withProcess': Record<never, never>;
  'refuse.cannotTrigger': { from: M; to: M; options: M };
  'refuse.option': { process: M; artifact: M };
  'refuse.noClose': { process: M; rule: M };
  'refuse.noClose.here': { process: M; close: M; workflow: number; rule: M };
  'refuse.notAtFork': { process: M; step: M; fork: M };
  'refuse.pastFork': { process: M };
  'practice.classify.ok': { callType: M };
  'practice.classify.wrong': { rule: M };
  'practice.entry.ok': { process: M };
  'practice.fork.ok': { from: M; to: M };
  'practice.fork.wrong': { rule: M };
  'shift.arrives': { title: string };
  'shift.arrives.from': { title: string; source: M };
  'shift.riskBecameIncident': { risk: string; incident: string };
  'shift.incidentGrows': { title: string; minutes: number };
  'shift.handled': { title: string; workflow: M; score: number };
  'shift.workflow': { n: number };
  'shift.noWorkflow': Record<never, never>;
  'shift.improvement': { title: string; improvement: string };
  'shift.preventable': { risk: string; workflow: number; incident: string };
  // Codes people paste (codes.ts, workshop.ts, shift-codes.ts): `source` names where the code came from.
  'code.tooLong': { source: Param; what: M; length: number };
  'code.wrongPrefix': { source: Param; what: M; prefix: string };
  'code.cutOff': { source: Param };
  'code.badCharacters': { source: Param };
  'code.undecodable': { source: Param };
  'code.checksum': { source: Param };
  'code.problem': { source: Param; problem: M };
  'code.nameTooLong': { max: number };
  'code.seed': { source: Param; max: number };
  'code.otherWorkshop': { source: Param };
  'code.join.layout': { source: Param };
  'code.join.library': { source: Param };
  'code.join.mode': { source: Param; mode: string };
  'code.join.tooMany': { source: Param; n: number; max: number };
  'code.join.unknown': { source: Param };
  'code.join.twice': { source: Param };
  'code.result.layout': { source: Param };
  'code.result.count': { source: Param; n: number; expected: number };
  'code.result.unreadable': { source: Param; n: number };
  'code.result.impossible': { source: Param; n: number; problem: M };
  'code.call.hints': { used: number; has: number };
  'code.call.score': { score: number; best: number };
  'code.shiftJoin.layout': { source: Param };
  'code.shiftJoin.unknown': { source: Param; shift: string };
  'code.shiftResult.layout': { source: Param };
  'code.kpis.unreadable': { source: Param };
  'code.kpis.impossible': { source: Param; problem: M };
  'workshop.unknown': { ids: string };
  'workshop.tooMany': { max: number };
  // The value maturity model (maturity.ts): how two levels fit, and why an answer code or file is refused.
  'maturity.fit.fit': { level: number };
  'maturity.fit.provider-ahead': { provider: number; customer: number };
  'maturity.fit.customer-ahead': { provider: number; customer: number };
  'maturity.otherQuestionnaire': { source: Param; found: Param; expected: string };
  'maturity.version': { source: Param; found: Param; version: number };
  'maturity.unknownStatement': { source: Param; id: string };
  'maturity.badAnswer': { source: Param; id: string; answer: Param; answers: string };
  'maturity.code.layout': { source: Param };
  'maturity.code.perspective': { source: Param };
  'maturity.code.answers': { source: Param; n: number };
  'maturity.file.tooLarge': { source: Param; kb: number };
  'maturity.file.json': { source: Param };
  'maturity.file.format': { source: Param; format: Param };
  'maturity.file.checksum': { source: Param };
  'maturity.file.respondent': { source: Param; value: Param };
  'maturity.file.perspective': { source: Param; value: Param };
  'maturity.file.answers': { source: Param };
  'maturity.file.questionnaire': { source: Param; value: Param };
}

export type EngineMessage =
  | { [C in keyof MessageParams]: { code: C } & MessageParams[C] }[keyof MessageParams]
  | { code: TermCode }
  | { code: ListCode; items: readonly Param[] };

export type EngineCode = EngineMessage['code'];
/** The dictionary key of a code: the engine's area of a dictionary (`engine.grade.fork.wrong`). */
export type EngineKey = `engine.${EngineCode}`;

export const keyOf = (m: EngineMessage): EngineKey => `engine.${m.code}`;

/** A message built from its code and parameters (typed: the parameters must match the code). */
export function msg<C extends keyof MessageParams>(
  code: C,
  ...params: keyof MessageParams[C] extends never ? [] : [MessageParams[C]]
): EngineMessage {
  return { code, ...(params[0] ?? {}) } as EngineMessage;
}

/** A name from the model (a process, a call type, a misconception's rule …). */
export const term = (code: TermCode): EngineMessage => ({ code });
export const list = (code: ListCode, items: readonly Param[]): EngineMessage => ({ code, items });

/** A lookup that fills `{name}` placeholders: the shape of src/i18n's translators. */
export type Lookup = (key: EngineKey, vars: Record<string, string | number>) => string;

/** Formats a message (and the messages inside it) with a dictionary lookup; a sentence is trimmed. */
export function formatMessage(t: Lookup, m: EngineMessage): string {
  const value = (p: Param): string | number => (typeof p === 'object' ? formatMessage(t, p) : p);
  if ('items' in m) return m.items.map(value).join(t(keyOf(m), {}));
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m)) if (k !== 'code') vars[k] = value(v as Param);
  const out = t(keyOf(m), vars);
  // Content and what the learner typed stay as they are; a sentence loses the space an empty part left.
  return m.code === 'text' || m.code === 'quoted' ? out : out.trim();
}
