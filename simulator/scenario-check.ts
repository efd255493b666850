/**
 * The one check of a scenario text, shared by `npm run scenarios:check` and the builder: the engine's own
 * parser (`parseScenario`), the lesson slugs the course has, and the field length limits. Every problem is
 * a `{ path, message }` pair naming the field as the command line prints it.
 */
import { validateScenarioData, type Scenario } from './scenario.ts';
import { readYaml } from './yaml.ts';
import type { FieldError } from './schema-errors.ts';

/**
 * The longest field a scenario may have (characters) and the most items a list may hold. A library call is
 * far below them (its longest text is about 500 characters); they keep a shared link or a draft small and
 * make a pasted novel a clear problem instead of a slow page. Documented in docs/authoring-scenarios.md.
 */
export const FIELD_LIMITS = {
  /** id, domain and each lesson slug. */
  slug: 80,
  /** title and call.from. */
  line: 200,
  /** call.text and explanation. */
  text: 3000,
  /** Each fact, hint and discussion prompt. */
  item: 1000,
  /** facts, hints, discussion and lessons. */
  items: 20,
} as const;

const SLUGS = ['id', 'domain'] as const;
const LINES = [['title'], ['call', 'from']] as const;
const TEXTS = [['call', 'text'], ['explanation']] as const;
const LISTS = ['facts', 'hints', 'discussion', 'lessons'] as const;

const get = (data: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined),
    data,
  );

const tooLong = (value: unknown, max: number) => typeof value === 'string' && [...value].length > max;

/** Problems of fields longer than FIELD_LIMITS allows (whatever else is wrong with the data). */
export function limitProblems(data: unknown): FieldError[] {
  const out: FieldError[] = [];
  const long = (path: string, value: unknown, max: number) => {
    if (tooLong(value, max))
      out.push({ path, message: `is ${[...(value as string)].length} characters; it may be at most ${max}` });
  };
  for (const k of SLUGS) long(k, get(data, [k]), FIELD_LIMITS.slug);
  for (const p of LINES) long(p.join('.'), get(data, p), FIELD_LIMITS.line);
  for (const p of TEXTS) long(p.join('.'), get(data, p), FIELD_LIMITS.text);
  for (const k of LISTS) {
    const list = get(data, [k]);
    if (!Array.isArray(list)) continue;
    if (list.length > FIELD_LIMITS.items)
      out.push({ path: k, message: `has ${list.length} items; it may have at most ${FIELD_LIMITS.items}` });
    list
      .slice(0, FIELD_LIMITS.items)
      .forEach((x, i) => long(`${k}[${i}]`, x, k === 'lessons' ? FIELD_LIMITS.slug : FIELD_LIMITS.item));
  }
  return out;
}

/** The most problems listed for one text, and the longest message (the YAML reader may quote a whole line). */
export const MAX_PROBLEMS = 20;
export const MAX_MESSAGE = 300;

/** At most MAX_PROBLEMS problems (then one that counts the rest), each message at most MAX_MESSAGE characters. */
function tidy(problems: FieldError[]): FieldError[] {
  const clipped = problems.map((p) =>
    [...p.message].length > MAX_MESSAGE
      ? { path: p.path, message: `${[...p.message].slice(0, MAX_MESSAGE - 1).join('')}…` }
      : p,
  );
  if (clipped.length <= MAX_PROBLEMS) return clipped;
  const rest = clipped.length - (MAX_PROBLEMS - 1);
  return [
    ...clipped.slice(0, MAX_PROBLEMS - 1),
    { path: clipped[MAX_PROBLEMS - 1]!.path, message: `and ${rest} more problems; fix the ones above first` },
  ];
}

export interface ScenarioCheck {
  problems: FieldError[];
  /** The scenario, when there is no problem. */
  scenario?: Scenario;
}

/**
 * Checks one scenario text as `fileName` (the id must equal its name). `lessons`: the course's lesson slugs;
 * when empty, slugs are not checked (a checker without the course at hand). The text is read once, by the
 * same reader and schema as `parseScenario` (readYaml, then validateScenarioData).
 */
export function checkScenarioText(text: string, fileName: string, lessons: ReadonlySet<string>): ScenarioCheck {
  return checkScenarioRead(readYaml(text), fileName, lessons);
}

/** The same check on a text already read by `readYaml` (the builder reads it once to know the id). */
export function checkScenarioRead(
  yaml: ReturnType<typeof readYaml>,
  fileName: string,
  lessons: ReadonlySet<string>,
): ScenarioCheck {
  if (!yaml.ok) return { problems: tidy(yaml.errors) };
  const data = yaml.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: [{ path: '(file)', message: 'must be a YAML mapping with id, call, expected and explanation' }],
    };
  }
  const result = validateScenarioData(data, fileName);
  if (!result.ok) {
    const limits = limitProblems(data).filter((l) => !result.errors.some((e) => e.path === l.path));
    return { problems: tidy([...result.errors, ...limits]) };
  }
  const problems = limitProblems(result.scenario);
  if (lessons.size > 0) {
    result.scenario.lessons.forEach((slug, i) => {
      if (!lessons.has(slug))
        problems.push({
          path: `lessons[${i}]`,
          message: `"${slug}" is not a lesson of the course; use a lesson's file name without .mdx, e.g. "recover"`,
        });
    });
  }
  return problems.length ? { problems: tidy(problems) } : { problems, scenario: result.scenario };
}
