/**
 * The Dutch for the value maturity model's message codes (simulator/maturity.ts): how a provider's and a
 * customer's level fit, and why an answer code or answers file is refused. Part of the Dutch `engine` area
 * (nl-engine.ts); the keys are those of simulator/messages-en.ts. Field names and answer values of the file
 * format (answers, perspective, provider, customer …) stay as the file writes them.
 */
import type { EngineKey } from '#engine/model';

export const MATURITY_NL = {
  'engine.maturity.source.code': 'antwoordcode',
  'engine.maturity.source.file': 'bestand',
  'engine.maturity.value.list': 'een lijst',
  'engine.maturity.value.object': 'een object',
  'engine.maturity.fit.fit':
    'Provider en klant handelen allebei op niveau {level}: de relatie kan op dat niveau werken.',
  'engine.maturity.fit.provider-ahead':
    'De provider werkt op niveau {provider}, de klant op niveau {customer}: wat de provider op zijn niveau biedt, werkt alleen als de klant ook op dat niveau handelt. Spreek met de klant af hoe je het verschil overbrugt, of werk voorlopig op niveau {customer}.',
  'engine.maturity.fit.customer-ahead':
    'De klant handelt op niveau {customer}, de provider op niveau {provider}: de klant verwacht meer dan de provider kan geven. Begin bij het volgende niveau van de provider.',
  'engine.maturity.otherQuestionnaire':
    '{source}: antwoorden op een andere vragenlijst (“{found}”), niet op “{expected}”.',
  'engine.maturity.version':
    '{source}: gemaakt met versie {found} van de vragenlijst; deze site heeft versie {version}. Vraag de deelnemer om deze versie in te vullen.',
  'engine.maturity.unknownStatement': '{source}: answers.{id} is geen stelling van deze vragenlijst.',
  'engine.maturity.badAnswer': '{source}: answers.{id} is “{answer}”, niet een van {answers}.',
  'engine.maturity.code.layout': '{source}: niet opgebouwd als een antwoordcode; vraag de deelnemer er opnieuw om.',
  'engine.maturity.code.perspective': '{source}: het perspectief is geen provider en geen klant.',
  'engine.maturity.code.answers': '{source}: de antwoorden passen niet bij de {n} stellingen van deze vragenlijst.',
  'engine.maturity.file.tooLarge':
    '{source}: te groot voor een antwoordbestand (meer dan {kb} kB; een export is een paar kB).',
  'engine.maturity.file.json': '{source}: geen geldige JSON.',
  'engine.maturity.file.format': '{source}: geen volwassenheidsexport van USM Trainer (format is “{format}”).',
  'engine.maturity.file.checksum': '{source}: het controlegetal klopt niet: het bestand is na de export bewerkt.',
  'engine.maturity.file.respondent': '{source}: het veld respondent moet tekst zijn, niet {value}.',
  'engine.maturity.file.perspective': '{source}: het veld perspective moet provider of customer zijn, niet “{value}”.',
  'engine.maturity.file.answers': '{source}: het veld answers moet een object zijn met stelling-id’s en antwoorden.',
  'engine.maturity.file.questionnaire': '{source}: het veld questionnaire moet tekst zijn, niet {value}.',
} as const satisfies Record<Extract<EngineKey, `engine.maturity.${string}`>, string>;
