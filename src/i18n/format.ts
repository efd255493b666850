/**
 * Engine messages in words: the engine returns `{ code, ...params }` (simulator/messages.ts), never sentences;
 * a dictionary's `engine` area holds the words for every code (`engine.grade.fork.wrong`).
 */
import { formatMessage, type EngineKey, type EngineMessage } from '#engine/model';

/**
 * The keys a dictionary's `engine` area must have, as the type checker sees them: every key but the step
 * names, whose keys are patterns (`engine.step.<process>.<step>`) that a spread dictionary does not keep.
 */
type CheckedKey = Exclude<EngineKey, `engine.step.${string}`>;

/** Any translator over a dictionary that has the `engine` area. */
export type EngineTranslator = (key: CheckedKey, vars?: Record<string, string | number>) => string;

/** A message (and the messages inside it: names, rules, lists) formatted with the dictionary of `t`. */
export function format(t: EngineTranslator, message: EngineMessage): string {
  return formatMessage((key, vars) => t(key as CheckedKey, vars), message);
}
