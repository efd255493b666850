/**
 * The engine's one English catalog: every message code of messages.ts, with `{param}` placeholders. It exists
 * because PRODUCT.md §3 promises readable English by default (`grade().feedback`, refusal reasons);
 * `src/i18n/en.ts` includes it as its `engine` area, and other languages translate the same keys. Names
 * (processes, call types, workflows, steps, misconceptions) are read from the model, never retyped.
 */
import { CALL_TYPE_IDS, CALL_TYPES, EARLY_CLOSES, IMPACTS, PROCESS_LIST, URGENCIES, WORKFLOWS } from './usm.ts';
import { MISCONCEPTION_LIST } from './misconceptions.ts';
import { formatMessage, type EngineKey, type EngineMessage, type ModelTermCode } from './messages.ts';
import { withArticle } from './text.ts';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const entries = <T>(items: readonly T[], f: (item: T) => [string, string][]) => Object.fromEntries(items.flatMap(f));

/** The names of the model, as the English catalog's terms. */
const terms = {
  ...entries(PROCESS_LIST, (p) => [
    [`engine.process.${p.id}`, p.name],
    ...p.steps.map((s): [string, string] => [`engine.step.${p.id}.${s.id}`, s.name]),
  ]),
  ...entries(CALL_TYPE_IDS, (c) => {
    const name = CALL_TYPES[c].name.toLowerCase();
    return [
      [`engine.callType.${c}`, name],
      [`engine.callType.a.${c}`, withArticle(name)],
      [`engine.callType.A.${c}`, capital(withArticle(name))],
      [`engine.callType.definition.${c}`, CALL_TYPES[c].definition],
    ];
  }),
  ...entries(WORKFLOWS, (w) => [[`engine.workflow.${w.number}`, w.name]]),
  ...entries(EARLY_CLOSES, (c) => [[`engine.outcome.${c.outcome}`, c.name]]),
  ...entries([...new Set([...IMPACTS, ...URGENCIES])], (r) => [[`engine.rating.${r}`, r]]),
  ...entries(MISCONCEPTION_LIST, (m) => [
    [`engine.misconception.${m.id}.belief`, m.belief],
    [`engine.misconception.${m.id}.rule`, m.rule],
    [`engine.misconception.${m.id}.inline`, m.belief.toLowerCase()],
  ]),
} as Record<`engine.${ModelTermCode}`, string>;

/** The sentences. */
const sentences = {
  'engine.text': '{text}',
  'engine.quoted': '"{text}"',
  'engine.nothing': 'nothing',
  'engine.list.space': ' ',
  'engine.list.arrow': ' → ',
  'engine.list.or': ' or ',
  'engine.list.semicolon': '; ',
  'engine.dimension.impact': 'impact',
  'engine.dimension.urgency': 'urgency',
  'engine.grade.rule': '{rule} (Misconception: {belief})',
  'engine.grade.callType.ok': 'Call type: {callType}, correct.',
  'engine.grade.callType.wrong': 'Call type: you chose {chosen}, but this call is {expected}. {definition} {rule}',
  'engine.grade.entry.ok': 'Entry process: {entry}, correct; {callType} starts {process}.',
  'engine.grade.entry.wrong': 'Entry process: you sent the call to {chosen}, but {callType} starts {expected}. {rule}',
  'engine.grade.step.followsFrom': 'This follows from the wrong turn at step {step}.',
  'engine.grade.forks.none': 'Forks: none needed; {process} triggers no other process here, correct.',
  'engine.grade.forks.none.early': 'Forks: none; the call was {close}, so {process} realized nothing, correct.',
  'engine.grade.forks.ok': 'Forks: {route}, every fork correct.',
  'engine.grade.forks.wrong': 'Forks: {steps}',
  'engine.grade.fork.step': 'step {step}: {what}. {rule}',
  'engine.grade.fork.missing': 'after {from} you triggered nothing, but the route continues to {expected}',
  'engine.grade.fork.extra.close': 'after {from} you triggered {chosen}, but the call closes there',
  'engine.grade.fork.extra.end': 'after {from} you triggered {chosen}, but the workflow ends there',
  'engine.grade.fork.wrong': 'after {from} you triggered {chosen}, but {expected} was needed',
  'engine.grade.priority.ok': 'Priority: impact {impact} × urgency {urgency} = priority {priority}, correct. {local}',
  'engine.grade.priority.wrong': "Priority: {problems} (priority {priority} in this course's table). {local} {rule}",
  'engine.grade.priority.local':
    'USM fixes the scales and the principle (impact × urgency); the ratings and the priority table are agreed locally.',
  'engine.grade.priority.near': "{dimension} {got} is next to the key's {key} (part credit)",
  'engine.grade.priority.off': '{dimension} is {key}, not {got}',
  'engine.grade.priority.off.settled': "{dimension} is {key}, not {got} (the call's words settle it)",
  'engine.grade.priority.notAssessed': 'Priority: not assessed in this attempt.',
  'engine.grade.moves.none': 'Moves: none refused.',
  'engine.grade.moves.some': "Moves: {n} move(s) refused by USM's rules (−{penalty}).",
  'engine.grade.hints.none': 'Hints: none used.',
  'engine.grade.hints.some': 'Hints: {n} used (−{penalty}).',
  'engine.grade.summary.ok': 'You executed {executed}, as expected.',
  'engine.grade.summary.wrong': 'You executed {chosen}; expected {expected}.',
  'engine.grade.workflow': 'workflow {n} ({name})',
  'engine.grade.workflow.early': 'workflow {n} ({name}), {close}',
  'engine.grade.noWorkflow': 'no USM workflow ({route})',
  'engine.grade.emptyRoute': 'empty route',
  'engine.refuse.classifyFirst': 'Classify the call first: the call type decides which process takes it.',
  'engine.refuse.wrongEntry': '{callType} starts {entry}, not {process}. {rule}',
  'engine.refuse.sendFirst': 'Send the call to a process first.',
  'engine.refuse.sendFirst.trigger':
    'Send the call to a process first; only a running process can trigger another at its fork.',
  'engine.refuse.withProcess.classify': 'The call is already with a process; undo to reclassify it.',
  'engine.refuse.withProcess': 'The call is already with a process.',
  'engine.refuse.cannotTrigger': '{from} cannot trigger {to}; it may trigger only {options}.',
  'engine.refuse.option': '{process} (with a {artifact})',
  'engine.refuse.noClose': '{process} cannot close without its fork. {rule}',
  'engine.refuse.noClose.here':
    '{process} cannot close without its fork here. It may close without one only when {close} in the workflow it started (workflow {workflow}). {rule}',
  'engine.refuse.notAtFork': '{process} is at its step "{step}"; continue to its fork ("{fork}") first.',
  'engine.refuse.pastFork': '{process} is past its fork and is closing; it triggers nothing more.',
  'engine.practice.classify.ok': 'Right: this is {callType}.',
  'engine.practice.classify.wrong': 'Not quite: {rule}',
  'engine.practice.entry.ok': 'Right: {process} takes this call.',
  'engine.practice.fork.ok': 'Right: {from} triggers {to} here.',
  'engine.practice.fork.wrong': 'This is not the expected route: {rule}',
  'engine.shift.source.monitoring': 'monitoring',
  'engine.shift.source.improvement': 'improvement',
  'engine.shift.source.ignored-risk': 'ignored-risk',
  'engine.shift.arrives': '{title} arrives.',
  'engine.shift.arrives.from': '{title} arrives ({source}).',
  'engine.shift.riskBecameIncident':
    'The risk "{risk}" was not handled in time and has become an incident: {incident}.',
  'engine.shift.incidentGrows': '"{title}" has waited {minutes} minutes; its impact grows.',
  'engine.shift.handled': '{title}: handled ({workflow}, score {score}).',
  'engine.shift.workflow': 'workflow {n}',
  'engine.shift.noWorkflow': 'no USM workflow',
  'engine.shift.improvement':
    'Evaluate & close of "{title}" raises an improvement: {improvement} (a risk for Improve).',
  'engine.shift.preventable':
    'Handling the risk "{risk}" through Improve (workflow {workflow}) would have prevented the incident "{incident}".',
  'engine.code.what.workshop-join': 'workshop join code',
  'engine.code.what.workshop-result': 'workshop result code',
  'engine.code.what.shift-join': 'Shift join code',
  'engine.code.what.shift-result': 'Shift result code',
  'engine.code.what.maturity': 'USM Trainer maturity code',
  'engine.code.source.join': 'join code',
  'engine.code.source.result': 'result code',
  'engine.code.tooLong': '{source}: too long to be a {what} ({length} characters).',
  'engine.code.wrongPrefix': '{source}: not a {what} (it should start with "{prefix}.").',
  'engine.code.cutOff': '{source}: the code is cut off or damaged; copy it again in full.',
  'engine.code.badCharacters': '{source}: the code holds characters a code never has; copy it again in full.',
  'engine.code.undecodable': '{source}: the code is damaged (it cannot be decoded); copy it again in full.',
  'engine.code.checksum':
    '{source}: the checksum does not match: the code was changed or cut off; copy it again in full.',
  'engine.code.problem': '{source}: {problem}.',
  'engine.code.nameTooLong': 'the name is longer than {max} characters',
  'engine.code.seed': '{source}: the seed is not a whole number from 0 to {max}.',
  'engine.code.otherWorkshop': '{source}: belongs to another workshop (it was made with a different join code).',
  'engine.code.join.layout': '{source}: not laid out as a join code; ask the coach for a new one.',
  'engine.code.join.library':
    '{source}: made for another version of the scenario library; ask the coach for a code made on this site.',
  'engine.code.join.mode': '{source}: names a mode this site does not have ("{mode}").',
  'engine.code.join.tooMany': '{source}: has {n} calls; a workshop has at most {max}.',
  'engine.code.join.unknown': '{source}: names scenarios this library does not have.',
  'engine.code.join.twice': '{source}: names the same call twice.',
  'engine.code.result.layout': '{source}: not laid out as a result code; ask for it again.',
  'engine.code.result.count': '{source}: has {n} calls; this workshop has {expected}.',
  'engine.code.result.unreadable': '{source}: call {n} is not readable.',
  'engine.code.result.impossible': '{source}: call {n} is not possible ({problem}).',
  'engine.code.call.hints': '{used} hints, but the call has {has}',
  'engine.code.call.assessment': 'hints or the solution in an assessment workshop',
  'engine.code.call.score': 'a score of {score} does not fit the route (at most {best})',
  'engine.code.shiftJoin.layout': '{source}: not laid out as a Shift join code; ask the coach for a new one.',
  'engine.code.shiftJoin.unknown': '{source}: names a shift this site does not have ("{shift}").',
  'engine.code.shiftResult.layout': '{source}: not laid out as a Shift result code; ask for it again.',
  'engine.code.kpis.unreadable': '{source}: the KPIs are not readable.',
  'engine.code.kpis.impossible': '{source}: the KPIs are not possible ({problem}).',
  'engine.code.kpis.incidents': 'more incidents within target than incidents',
  'engine.code.kpis.risks': 'more risks handled than arrived',
  'engine.code.kpis.score': 'an average score above 100',
  'engine.workshop.unknown': 'not in the library: {ids}',
  'engine.workshop.none': 'choose at least one scenario',
  'engine.workshop.twice': 'a call is chosen twice',
  'engine.workshop.tooMany': 'choose at most {max} calls',
  'engine.maturity.source.code': 'code',
  'engine.maturity.source.file': 'file',
  'engine.maturity.value.list': 'a list',
  'engine.maturity.value.object': 'an object',
  'engine.maturity.fit.fit':
    'Provider and customer both act at level {level}: the relationship can work at that level.',
  'engine.maturity.fit.provider-ahead':
    'The provider works at level {provider}, the customer at level {customer}: what the provider offers at its level only works when the customer acts at that level too. Agree with the customer how to close the gap, or work at level {customer} for now.',
  'engine.maturity.fit.customer-ahead':
    "The customer acts at level {customer}, the provider at level {provider}: the customer expects more than the provider can give. The provider's next level is where to start.",
  'engine.maturity.otherQuestionnaire': '{source}: answers another questionnaire ("{found}"), not "{expected}".',
  'engine.maturity.version':
    '{source}: made with version {found} of the questionnaire; this site has version {version}. Ask the respondent to answer this version.',
  'engine.maturity.unknownStatement': '{source}: answers.{id} is not a statement of this questionnaire.',
  'engine.maturity.badAnswer': '{source}: answers.{id} is "{answer}", not one of {answers}.',
  'engine.maturity.code.layout': '{source}: not laid out as an answer code; ask the respondent for it again.',
  'engine.maturity.code.perspective': '{source}: the perspective is neither provider nor customer.',
  'engine.maturity.code.answers': "{source}: the answers do not fit this questionnaire's {n} statements.",
  'engine.maturity.file.tooLarge': '{source}: too large for an answers file (over {kb} kB; an export is a few kB).',
  'engine.maturity.file.json': '{source}: not valid JSON.',
  'engine.maturity.file.format': '{source}: not a USM Trainer maturity export (format is "{format}").',
  'engine.maturity.file.checksum': '{source}: the checksum does not match: the file was edited after export.',
  'engine.maturity.file.respondent': '{source}: respondent must be text, not {value}.',
  'engine.maturity.file.perspective': '{source}: perspective must be provider or customer, not "{value}".',
  'engine.maturity.file.answers': '{source}: answers must be an object of statement ids and answers.',
  'engine.maturity.file.questionnaire': '{source}: questionnaire must be text, not {value}.',
} as const satisfies Record<Exclude<EngineKey, `engine.${ModelTermCode}`>, string>;

/**
 * The engine area of the English dictionary. Every code has an entry: a code added to messages.ts without
 * one fails to compile above (`satisfies`), and the model's names are generated from the model.
 */
export const ENGINE_EN: Readonly<Record<EngineKey, string>> = { ...terms, ...sentences };

const lookup = (key: EngineKey, vars: Record<string, string | number>) =>
  (ENGINE_EN[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));

/** A message in English: the default the engine's API returns beside the codes (PRODUCT.md §3). */
export const english = (m: EngineMessage): string => formatMessage(lookup, m);
