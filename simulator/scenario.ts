/**
 * The scenario format (PRODUCT.md §3) as a Zod schema, and `parseScenario`, which reads a YAML file,
 * validates it and reports every problem with the field it concerns.
 */
import { z } from 'zod';
import {
  CALL_TYPE_IDS,
  EARLY_CLOSES,
  IMPACTS,
  OUTCOME_IDS,
  URGENCIES,
  earlyCloseByOutcome,
  workflowByNumber,
  workflowsForCallType,
  type CallTypeId,
} from './usm.ts';
import { withArticle } from './text.ts';
import { friendlyIssues, type FieldError } from './schema-errors.ts';
import { readYaml } from './yaml.ts';

export const CHANNELS = ['phone', 'email', 'portal', 'chat', 'walk-in', 'monitoring', 'internal'] as const;
export const LEVELS = ['foundation', 'professional'] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebab = (what: string) =>
  z.string().regex(KEBAB, `must be kebab-case (lowercase letters, digits and single hyphens), e.g. ${what}`);

/** One scenario file. Fields are documented in docs/authoring-scenarios.md. */
export const ScenarioSchema = z
  .strictObject({
    /** Equals the file name without `.yaml`. */
    id: kebab('"mining-telemetry-outage"'),
    title: z.string().min(1).optional(),
    /** A free tag: it, hr, facilities, healthcare, mining … */
    domain: kebab('"mining"'),
    level: z.enum(LEVELS).default('foundation'),
    call: z.strictObject({
      from: z.string().min(1),
      channel: z.enum(CHANNELS),
      text: z.string().min(1),
    }),
    /** Details the learner may reveal. */
    facts: z.array(z.string().min(1)).default([]),
    expected: z.strictObject({
      callType: z.enum(CALL_TYPE_IDS),
      workflow: z.number().int('must be a whole number 1–8').min(1).max(8),
      impact: z.enum(IMPACTS).optional(),
      urgency: z.enum(URGENCIES).optional(),
      /** Which of impact and urgency the call's words settle: graded exactly; the others accept a neighbour for part credit. */
      priorityClear: z
        .array(z.enum(['impact', 'urgency']))
        .max(2)
        .optional(),
      /** How the call ends: 'fulfilled' (the default) or an early close, e.g. 'no-agreement' (workflow 1 closed at Negotiate). */
      outcome: z.enum(OUTCOME_IDS).optional(),
    }),
    explanation: z.string().min(1),
    /** Lesson slugs to revisit. */
    lessons: z.array(kebab('"recover"')).default([]),
    /** Nudges shown on demand in practice mode. */
    hints: z.array(z.string().min(1)).default([]),
    /** Prompts for a coach's debrief. */
    discussion: z.array(z.string().min(1)).default([]),
  })
  .superRefine((s, ctx) => {
    const allowed = workflowsForCallType(s.expected.callType);
    if (workflowByNumber(s.expected.workflow) && !allowed.includes(s.expected.workflow as never)) {
      ctx.addIssue({
        code: 'custom',
        path: ['expected', 'workflow'],
        message: `workflow ${s.expected.workflow} (${workflowByNumber(s.expected.workflow)?.name}) does not start with ${withArticle(s.expected.callType)}; ${withArticle(s.expected.callType)} leads to workflow ${allowed.join(' or ')}`,
      });
    }
    const early = s.expected.outcome ? earlyCloseByOutcome(s.expected.outcome) : null;
    if (early && early.workflow !== s.expected.workflow) {
      ctx.addIssue({
        code: 'custom',
        path: ['expected', 'outcome'],
        message: `"${s.expected.outcome}" ends workflow ${early.workflow} early (${early.name}); it does not fit workflow ${s.expected.workflow}. Early closes: ${EARLY_CLOSES.map((c) => `${c.outcome} (workflow ${c.workflow})`).join(', ')}`,
      });
    }
    if (s.expected.priorityClear && s.expected.impact === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['expected', 'priorityClear'],
        message: 'give impact and urgency before marking which of them the call makes clear',
      });
    }
    if ((s.expected.impact === undefined) !== (s.expected.urgency === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['expected', s.expected.impact === undefined ? 'impact' : 'urgency'],
        message: 'give impact and urgency together (priority = impact × urgency), or neither',
      });
    }
  });

export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Scenario = z.output<typeof ScenarioSchema> & { title: string };

export type ParseResult<T> = { ok: true; scenario: T } | { ok: false; errors: FieldError[] };

function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  return last.replace(/\.ya?ml$/i, '');
}

function humanise(id: string): string {
  const s = id.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Validates already-parsed data (e.g. from Astro's loader) against the schema and the file name. */
export function validateScenarioData(data: unknown, fileName: string): ParseResult<Scenario> {
  const result = ScenarioSchema.safeParse(data, { reportInput: true });
  const errors: FieldError[] = result.success ? [] : friendlyIssues(result.error);
  const id = (data as { id?: unknown } | null)?.id;
  const expectedId = baseName(fileName);
  if (typeof id === 'string' && KEBAB.test(id) && id !== expectedId) {
    errors.push({
      path: 'id',
      message: `"${id}" must equal the file name "${expectedId}" (rename the file or change the id)`,
    });
  }
  if (!result.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, scenario: { ...result.data, title: result.data.title ?? humanise(result.data.id) } };
}

/** Parses one scenario file: `{ ok: true, scenario }` or `{ ok: false, errors: [{ path, message }] }`. */
export function parseScenario(text: string, fileName: string): ParseResult<Scenario> {
  const yaml = readYaml(text);
  if (!yaml.ok) return yaml;
  const data = yaml.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      errors: [{ path: '(file)', message: 'must be a YAML mapping with id, call, expected and explanation' }],
    };
  }
  return validateScenarioData(data, fileName);
}

export type { CallTypeId, FieldError };
