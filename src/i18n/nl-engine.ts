/**
 * The engine area of the Dutch dictionary: the Dutch for every message code of simulator/messages.ts (the
 * same keys as simulator/messages-en.ts). Names of processes, steps, call types and workflows are read from
 * the terminology table (simulator/usm-nl.ts through usm-labels.ts), never retyped; the sentences and the
 * misconceptions are written in Dutch, with the table's names put in by `P` and `S`.
 */
import {
  CALL_TYPE_IDS,
  EARLY_CLOSES,
  IMPACTS,
  PROCESS_LIST,
  URGENCIES,
  WORKFLOWS,
  type CallTypeId,
  type ProcessId,
} from '#engine/model';
import { callTypeName, processName, stepName, workflowName } from '#engine/lazy/step-grade';
import type { EngineKey, MisconceptionId } from '#engine/model';
import { MATURITY_NL } from './nl-engine-maturity.ts';

const P = (id: ProcessId) => processName(id, 'nl');
const S = (p: ProcessId, step: string) => stepName(p, step, 'nl');
const C = (id: CallTypeId) => callTypeName(id, 'nl').toLowerCase();
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const entries = <T>(items: readonly T[], f: (item: T) => [string, string][]) => Object.fromEntries(items.flatMap(f));

const DEFINITIONS: Record<CallTypeId, string> = {
  wish: 'Een verzoek om een serviceafspraak te maken of aan te passen. Een klacht over iets wat al voorbij is, is ook een wens.',
  rfc: 'Een verzoek om de service binnen de afspraken aan te passen, met een blijvend effect op de beheerde infrastructuur.',
  incident:
    'Een verzoek om de service te herstellen na een (dreigende) storing: een afwijking van de afgesproken service.',
  'service-request':
    'Een verzoek om een voorziening te leveren die binnen de afgesproken service valt, zonder blijvend effect op de beheerde infrastructuur.',
  risk: 'Een situatie met een zeker effect die zich met een zekere waarschijnlijkheid kan voordoen: een bedreiging of een kans.',
};

const RATINGS: Record<string, string> = { high: 'hoog', medium: 'middel', low: 'laag', nil: 'geen' };
const OUTCOMES: Record<string, string> = {
  'no-agreement': `afgesloten bij ${S('agree', 'negotiate')} zonder overeenstemming`,
};

/** The misconceptions: what a learner believes, and the rule that corrects it. */
const MISCONCEPTIONS: Record<MisconceptionId, { belief: string; rule: string }> = {
  'rfc-outside-agreement': {
    belief: 'Een verzoek buiten de overeenkomst is een wijzigingsverzoek.',
    rule: `Een wijzigingsverzoek geldt alleen binnen de afspraken; alles daarbuiten is een wens voor ${P('agree')} (workflow 1).`,
  },
  'agreement-already-covers': {
    belief: 'Elke wijziging vraagt eerst een nieuwe afspraak.',
    rule: `Dekken de afspraken de wijziging al, dan is het een wijzigingsverzoek dat rechtstreeks naar ${P('change')} gaat; een wens is alleen nodig om een afspraak te maken of aan te passen.`,
  },
  'complaint-is-incident': {
    belief: 'Een klacht is een incident.',
    rule: 'Een klacht over iets wat al voorbij is, is een wens; alleen een actuele (of dreigende) storing is een incident.',
  },
  'user-error-is-incident': {
    belief: 'Alles wat een gebruiker als probleem meldt, is een incident.',
    rule: 'Een incident is een (dreigende) storing, een afwijking van de afgesproken service. Een gebruikersfout die binnen de afgesproken service wordt opgelost, zoals een wachtwoordreset, is een service request.',
  },
  'failure-as-routine-request': {
    belief: 'Een storing die een operator kan verhelpen, is gewoon een service request.',
    rule: `Een afwijking van de afgesproken service is een incident voor ${P('recover')}, ook als het herstel een eenvoudige operationele handeling is; ${P('recover')} zet dan ${P('operate')} in gang met een service request.`,
  },
  'permanent-change-is-service-request': {
    belief: 'Een blijvende wijziging van een beheerde voorziening is een service request.',
    rule: `Een blijvend effect op de beheerde infrastructuur (vastgelegd in het register) vraagt een wijzigingsverzoek voor ${P('change')}; een service request laat geen blijvend effect achter.`,
  },
  'temporary-action-is-change': {
    belief: 'Elke handeling op een beheerde voorziening vraagt een wijzigingsverzoek.',
    rule: `Een handeling binnen de afgesproken service zonder blijvend effect op de beheerde infrastructuur is een service request voor ${P('operate')}; ${P('change')} is voor blijvende wijzigingen.`,
  },
  'imminent-failure-is-risk': {
    belief: 'Een dreigende storing is een risico.',
    rule: `${P('recover')} herstelt de service ook bij dreigende storingen: een storing die op het punt staat te gebeuren, is een incident.`,
  },
  'recurring-incidents-are-incidents': {
    belief: 'Terugkerende incidenten zijn gewoon meer incidenten.',
    rule: `Een patroon dat proactief wordt opgemerkt (terugkerende incidenten, een bedreiging, een zwakte) is een risico voor ${P('improve')}, dat de oorzaak vaststelt en een maatregel selecteert.`,
  },
  'risks-only-threats': {
    belief: 'Risico’s zijn alleen bedreigingen.',
    rule: `In USM zijn risico’s bedreigingen én kansen: een kans om meer waarde te leveren is ook een risico voor ${P('improve')}.`,
  },
  'improve-waits': {
    belief: `${P('improve')} wacht tot iemand iets meldt.`,
    rule: `${P('improve')} start zichzelf: het zoekt actief naar bedreigingen en kansen.`,
  },
  'operate-hands-on': {
    belief: `${P('operate')} geeft werk door aan een ander proces.`,
    rule: `${P('operate')} zet geen proces in gang. De monitoring ervan kan nieuwe meldingen opleveren (incidenten, risico’s), die nieuwe workflows starten.`,
  },
  'change-done-when-built': {
    belief: 'Een wijziging is klaar als ze gebouwd is.',
    rule: `${P('change')} zet altijd ${P('operate')} in gang met een service request om de wijziging in gebruik te nemen.`,
  },
  'wish-always-realized': {
    belief: `Elke wens eindigt in ${P('agree')} → ${P('change')} → ${P('operate')}.`,
    rule: `Eindigt ${S('agree', 'negotiate')} zonder overeenstemming, dan informeert ${P('agree')} de teams, past het de reserveringen aan en sluit het de melding af zonder fork: workflow 1 eindigt vroegtijdig en er wordt niets gerealiseerd.`,
  },
  'closed-despite-agreement': {
    belief: `${P('agree')} mag een wens afsluiten zonder die te realiseren, ook als de klant akkoord is.`,
    rule: `${P('agree')} sluit alleen bij ${S('agree', 'negotiate')} af als er geen overeenstemming is. Is de offerte akkoord, dan realiseert ${P('agree')} die via ${P('change')} met een wijzigingsverzoek.`,
  },
  'agree-delivers-itself': {
    belief: `${P('agree')} levert de nieuwe service zelf.`,
    rule: `${P('agree')} realiseert wat is afgesproken via ${P('change')} (een wijzigingsverzoek), en ${P('operate')} neemt het in gebruik.`,
  },
  'recover-renegotiates': {
    belief: `${P('recover')} kan de overeenkomst opnieuw onderhandelen.`,
    rule: `${P('recover')} zet alleen ${P('change')} (een wijzigingsverzoek) of ${P('operate')} (een service request) in gang.`,
  },
  'recover-without-action': {
    belief: `${P('recover')} herstelt de service op eigen kracht.`,
    rule: `${P('recover')} verhelpt de storing via een fork: een wijzigingsverzoek aan ${P('change')} (workflow 3) of een service request aan ${P('operate')} (workflow 4).`,
  },
  'improve-without-measure': {
    belief: 'De oorzaak van een risico vinden is genoeg.',
    rule: `${P('improve')} voert de gekozen maatregel door via een fork: een wens aan ${P('agree')}, een wijzigingsverzoek aan ${P('change')} of een service request aan ${P('operate')}.`,
  },
  'last-process-closes': {
    belief: 'Het laatste proces sluit de workflow af.',
    rule: "Het in gang gezette proces eindigt met 'process fulfilled'; het proces dat de workflow startte, gaat verder en sluit hem af met 'workflow fulfilled'.",
  },
  'wrong-entry-process': {
    belief: 'Elk proces kan elke melding aannemen.',
    rule: `Elk meldingstype start precies één proces: wens → ${P('agree')}, wijzigingsverzoek → ${P('change')}, incident → ${P('recover')}, service request → ${P('operate')}, risico → ${P('improve')}.`,
  },
  'priority-misjudged': {
    belief: 'Prioriteit is hoe hard de melder roept.',
    rule: 'Prioriteit is impact × urgentie: impact is hoeveel van de afgesproken service geraakt wordt, urgentie hoe snel het pijn doet.',
  },
};

const terms = {
  ...entries(PROCESS_LIST, (p) => [
    [`engine.process.${p.id}`, P(p.id)],
    ...p.steps.map((s): [string, string] => [`engine.step.${p.id}.${s.id}`, S(p.id, s.id)]),
  ]),
  ...entries(CALL_TYPE_IDS, (c) => [
    [`engine.callType.${c}`, C(c)],
    [`engine.callType.a.${c}`, `een ${C(c)}`],
    [`engine.callType.A.${c}`, capital(`een ${C(c)}`)],
    [`engine.callType.definition.${c}`, DEFINITIONS[c]],
  ]),
  ...entries(WORKFLOWS, (w) => [[`engine.workflow.${w.number}`, workflowName(w.number, 'nl')]]),
  ...entries(EARLY_CLOSES, (c) => [[`engine.outcome.${c.outcome}`, OUTCOMES[c.outcome]!]]),
  ...entries([...new Set([...IMPACTS, ...URGENCIES])], (r) => [[`engine.rating.${r}`, RATINGS[r]!]]),
  ...entries(Object.entries(MISCONCEPTIONS), ([id, m]) => [
    [`engine.misconception.${id}.belief`, m.belief],
    [`engine.misconception.${id}.rule`, m.rule],
    [`engine.misconception.${id}.inline`, m.belief.charAt(0).toLowerCase() + m.belief.slice(1)],
  ]),
};

const sentences = {
  'engine.text': '{text}',
  'engine.quoted': '“{text}”',
  'engine.nothing': 'niets',
  'engine.list.space': ' ',
  'engine.list.arrow': ' → ',
  'engine.list.or': ' of ',
  'engine.list.semicolon': '; ',
  'engine.dimension.impact': 'impact',
  'engine.dimension.urgency': 'urgentie',
  'engine.grade.rule': '{rule} (Misvatting: {belief})',
  'engine.grade.callType.ok': 'Meldingstype: {callType}, goed.',
  'engine.grade.callType.wrong': 'Meldingstype: je koos {chosen}, maar deze melding is {expected}. {definition} {rule}',
  'engine.grade.entry.ok': 'Eerste proces: {entry}, goed; {callType} start {process}.',
  'engine.grade.entry.wrong':
    'Eerste proces: je stuurde de melding naar {chosen}, maar {callType} start {expected}. {rule}',
  'engine.grade.step.followsFrom': 'Dit volgt uit de verkeerde afslag bij stap {step}.',
  'engine.grade.forks.none': 'Forks: geen nodig; {process} zet hier geen ander proces in gang, goed.',
  'engine.grade.forks.none.early': 'Forks: geen; de melding is {close}, dus {process} realiseerde niets, goed.',
  'engine.grade.forks.ok': 'Forks: {route}, elke fork goed.',
  'engine.grade.forks.wrong': 'Forks: {steps}',
  'engine.grade.fork.step': 'stap {step}: {what}. {rule}',
  'engine.grade.fork.missing': 'na {from} zette je niets in gang, maar de route gaat verder naar {expected}',
  'engine.grade.fork.extra.close': 'na {from} zette je {chosen} in gang, maar de melding wordt daar afgesloten',
  'engine.grade.fork.extra.end': 'na {from} zette je {chosen} in gang, maar de workflow eindigt daar',
  'engine.grade.fork.wrong': 'na {from} zette je {chosen} in gang, maar {expected} was nodig',
  'engine.grade.priority.ok': 'Prioriteit: impact {impact} × urgentie {urgency} = prioriteit {priority}, goed. {local}',
  'engine.grade.priority.wrong':
    'Prioriteit: {problems} (prioriteit {priority} in de tabel van deze cursus). {local} {rule}',
  'engine.grade.priority.local':
    'USM legt de schalen en het principe vast (impact × urgentie); de waarderingen en de prioriteitentabel worden lokaal afgesproken.',
  'engine.grade.priority.near': '{dimension} {got} ligt naast {key} uit de sleutel (deels goed)',
  'engine.grade.priority.off': '{dimension} is {key}, niet {got}',
  'engine.grade.priority.off.settled':
    '{dimension} is {key}, niet {got} (de woorden van de melding maken dat duidelijk)',
  'engine.grade.priority.notAssessed': 'Prioriteit: bij deze poging niet beoordeeld.',
  'engine.grade.moves.none': 'Zetten: geen geweigerd.',
  'engine.grade.moves.some': 'Zetten: {n} zet(ten) geweigerd door de regels van USM (−{penalty}).',
  'engine.grade.hints.none': 'Hints: geen gebruikt.',
  'engine.grade.hints.some': 'Hints: {n} gebruikt (−{penalty}).',
  'engine.grade.summary.ok': 'Je voerde {executed} uit, zoals verwacht.',
  'engine.grade.summary.wrong': 'Je voerde {chosen} uit; verwacht was {expected}.',
  'engine.grade.workflow': 'workflow {n} ({name})',
  'engine.grade.workflow.early': 'workflow {n} ({name}), {close}',
  'engine.grade.noWorkflow': 'geen USM-workflow ({route})',
  'engine.grade.emptyRoute': 'lege route',
  'engine.refuse.classifyFirst': 'Classificeer eerst de melding: het meldingstype bepaalt welk proces ze aanneemt.',
  'engine.refuse.wrongEntry': '{callType} start {entry}, niet {process}. {rule}',
  'engine.refuse.sendFirst': 'Stuur de melding eerst naar een proces.',
  'engine.refuse.sendFirst.trigger':
    'Stuur de melding eerst naar een proces; alleen een lopend proces kan bij zijn fork een ander in gang zetten.',
  'engine.refuse.withProcess.classify':
    'De melding ligt al bij een proces; maak het ongedaan om ze opnieuw te classificeren.',
  'engine.refuse.withProcess': 'De melding ligt al bij een proces.',
  'engine.refuse.cannotTrigger': '{from} kan {to} niet in gang zetten; het kan alleen {options} in gang zetten.',
  'engine.refuse.option': '{process} (met een {artifact})',
  'engine.refuse.noClose': '{process} kan niet afsluiten zonder zijn fork. {rule}',
  'engine.refuse.noClose.here':
    '{process} kan hier niet afsluiten zonder zijn fork. Dat mag alleen als {close} in de workflow die het startte (workflow {workflow}). {rule}',
  'engine.refuse.notAtFork': '{process} staat bij de stap “{step}”; ga eerst door naar de fork (“{fork}”).',
  'engine.refuse.pastFork': '{process} is voorbij zijn fork en rondt af; het zet niets meer in gang.',
  'engine.practice.classify.ok': 'Goed: dit is {callType}.',
  'engine.practice.classify.wrong': 'Niet helemaal: {rule}',
  'engine.practice.entry.ok': 'Goed: {process} neemt deze melding aan.',
  'engine.practice.fork.ok': 'Goed: {from} zet hier {to} in gang.',
  'engine.practice.fork.wrong': 'Dit is niet de verwachte route: {rule}',
  'engine.shift.source.monitoring': 'monitoring',
  'engine.shift.source.improvement': 'verbetering',
  'engine.shift.source.ignored-risk': 'genegeerd risico',
  'engine.shift.arrives': '{title} komt binnen.',
  'engine.shift.arrives.from': '{title} komt binnen ({source}).',
  'engine.shift.riskBecameIncident':
    'Het risico “{risk}” is niet op tijd opgepakt en is een incident geworden: {incident}.',
  'engine.shift.incidentGrows': '“{title}” wacht al {minutes} minuten; de impact groeit.',
  'engine.shift.handled': '{title}: afgehandeld ({workflow}, score {score}).',
  'engine.shift.workflow': 'workflow {n}',
  'engine.shift.noWorkflow': 'geen USM-workflow',
  'engine.shift.improvement': `${S('improve', 'evaluate-close')} van “{title}” levert een verbetering op: {improvement} (een risico voor ${P('improve')}).`,
  'engine.shift.preventable': `Het risico “{risk}” afhandelen via ${P('improve')} (workflow {workflow}) had het incident “{incident}” voorkomen.`,
  'engine.code.what.workshop-join': 'deelnamecode voor een workshop',
  'engine.code.what.workshop-result': 'resultaatcode van een workshop',
  'engine.code.what.shift-join': 'deelnamecode voor een dienst',
  'engine.code.what.shift-result': 'resultaatcode van een dienst',
  'engine.code.what.maturity': 'volwassenheidscode van USM Trainer',
  'engine.code.source.join': 'deelnamecode',
  'engine.code.source.result': 'resultaatcode',
  'engine.code.tooLong': '{source}: te lang voor een {what} ({length} tekens).',
  'engine.code.wrongPrefix': '{source}: geen {what} (die begint met “{prefix}.”).',
  'engine.code.cutOff': '{source}: de code is afgebroken of beschadigd; kopieer hem opnieuw helemaal.',
  'engine.code.badCharacters': '{source}: de code bevat tekens die een code nooit heeft; kopieer hem opnieuw helemaal.',
  'engine.code.undecodable':
    '{source}: de code is beschadigd (hij is niet te ontcijferen); kopieer hem opnieuw helemaal.',
  'engine.code.checksum':
    '{source}: het controlegetal klopt niet: de code is veranderd of afgebroken; kopieer hem opnieuw helemaal.',
  'engine.code.problem': '{source}: {problem}.',
  'engine.code.nameTooLong': 'de naam is langer dan {max} tekens',
  'engine.code.seed': '{source}: de seed is geen geheel getal van 0 tot en met {max}.',
  'engine.code.otherWorkshop': '{source}: hoort bij een andere workshop (gemaakt met een andere deelnamecode).',
  'engine.code.join.layout': '{source}: niet opgebouwd als een deelnamecode; vraag de coach om een nieuwe.',
  'engine.code.join.library':
    '{source}: gemaakt voor een andere versie van de scenariobibliotheek; vraag de coach om een code die op deze site is gemaakt.',
  'engine.code.join.mode': '{source}: noemt een modus die deze site niet heeft (“{mode}”).',
  'engine.code.join.tooMany': '{source}: heeft {n} meldingen; een workshop heeft er hoogstens {max}.',
  'engine.code.join.unknown': '{source}: noemt scenario’s die deze bibliotheek niet heeft.',
  'engine.code.join.twice': '{source}: noemt dezelfde melding twee keer.',
  'engine.code.result.layout': '{source}: niet opgebouwd als een resultaatcode; vraag er opnieuw om.',
  'engine.code.result.count': '{source}: heeft {n} meldingen; deze workshop heeft er {expected}.',
  'engine.code.result.unreadable': '{source}: melding {n} is niet leesbaar.',
  'engine.code.result.impossible': '{source}: melding {n} is niet mogelijk ({problem}).',
  'engine.code.call.hints': '{used} hints, maar de melding heeft er {has}',
  'engine.code.call.assessment': 'hints of de oplossing in een toetsworkshop',
  'engine.code.call.score': 'een score van {score} past niet bij de route (hoogstens {best})',
  'engine.code.shiftJoin.layout':
    '{source}: niet opgebouwd als een deelnamecode voor een dienst; vraag de coach om een nieuwe.',
  'engine.code.shiftJoin.unknown': '{source}: noemt een dienst die deze site niet heeft (“{shift}”).',
  'engine.code.shiftResult.layout':
    '{source}: niet opgebouwd als een resultaatcode van een dienst; vraag er opnieuw om.',
  'engine.code.kpis.unreadable': '{source}: de KPI’s zijn niet leesbaar.',
  'engine.code.kpis.impossible': '{source}: de KPI’s zijn niet mogelijk ({problem}).',
  'engine.code.kpis.incidents': 'meer incidenten binnen de norm dan incidenten',
  'engine.code.kpis.risks': 'meer risico’s afgehandeld dan binnengekomen',
  'engine.code.kpis.score': 'een gemiddelde score boven 100',
  'engine.workshop.unknown': 'niet in de bibliotheek: {ids}',
  'engine.workshop.none': 'kies minstens één scenario',
  'engine.workshop.twice': 'een melding is twee keer gekozen',
  'engine.workshop.tooMany': 'kies hoogstens {max} meldingen',
  ...MATURITY_NL,
};

/** The engine area of the Dutch dictionary: every key of the English one (checked by the dictionary tests). */
export const ENGINE_NL = { ...terms, ...sentences } as Readonly<Record<EngineKey, string>>;
