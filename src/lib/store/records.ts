/**
 * Every record the browser keeps, with its schema, current version and migrations from older versions.
 * Adding a record: add an entry here; the store, export and import pick it up.
 */
// zod/mini: the same validation as zod, tree-shakable, so the shell stays small in the browser.
import * as z from 'zod/mini';

export interface RecordSpec<T> {
  /** Current version written by this build. */
  version: number;
  schema: z.ZodMiniType<T>;
  empty: () => T;
  /** migrations[n] turns data of version n into version n + 1. */
  migrations: Record<number, (old: unknown) => unknown>;
}

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/, 'must be an ISO date-time'));
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'));
const count = (min: number) => z.number().check(z.int(), z.minimum(min));

/** Lessons marked done: slug → when. v1 was a bare list of slugs. */
export const LessonProgressSchema = z.strictObject({ done: z.record(slug, isoDate) });

/** Simulator results per scenario id. */
export const ScenarioResultSchema = z.strictObject({
  best: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
  attempts: count(1),
  lastWorkflow: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(8))),
  passed: z.boolean(),
  at: isoDate,
});
export const ScenarioProgressSchema = z.strictObject({ results: z.record(slug, ScenarioResultSchema) });

/** Answers per question id (knowledge checks and practice): feeds topic mastery. */
export const QuestionProgressSchema = z.strictObject({
  answers: z.record(slug, z.strictObject({ right: count(0), wrong: count(0), at: isoDate })),
});

/** The mock exam in progress (null when none): survives a reload or a closed tab. */
export const ExamInProgressSchema = z.nullable(
  z.strictObject({
    seed: count(0),
    ids: z.array(slug),
    answers: z.record(slug, count(0)),
    flags: z.array(slug),
    extraTime: z.boolean(),
    remainingMs: count(0),
    current: count(0),
    startedAt: isoDate,
  }),
);

const TopicResultSchema = z.strictObject({ topic: z.string(), correct: count(0), total: count(0) });
/** Finished mock exams, oldest first. */
export const ExamHistorySchema = z.strictObject({
  attempts: z.array(
    z.strictObject({
      at: isoDate,
      correct: count(0),
      total: count(1),
      passed: z.boolean(),
      extraTime: z.boolean(),
      byTopic: z.array(TopicResultSchema),
      /** Ids answered wrong or not at all, for review. */
      missed: z.array(slug),
    }),
  ),
});

/** FSRS cards of missed and hard questions, by question id. */
export const ReviewCardsSchema = z.strictObject({
  cards: z.record(
    slug,
    z.strictObject({
      due: isoDate,
      stability: z.number(),
      difficulty: z.number(),
      elapsed_days: z.number(),
      scheduled_days: z.number(),
      learning_steps: z.number(),
      reps: count(0),
      lapses: count(0),
      state: count(0),
      last_review: z.optional(isoDate),
    }),
  ),
});

/** The self-assessment in progress: saved as the respondent goes. */
export const MaturityAnswersSchema = z.strictObject({
  questionnaire: z.string(),
  version: count(1),
  perspective: z.enum(['provider', 'customer']),
  respondent: z.string(),
  answers: z.record(z.string(), z.enum(['not', 'partly', 'largely', 'fully', 'dontknow'])),
  /** A customer's (or provider's) response pasted in for the fit comparison. */
  counterpart: z.optional(z.string()),
});

export const RECORDS = {
  lessons: {
    version: 2,
    schema: LessonProgressSchema,
    empty: () => ({ done: {} }),
    migrations: {
      1: (old: unknown) => {
        if (!Array.isArray(old)) throw new Error('version 1 lesson progress must be a list of lesson slugs');
        const at = new Date(0).toISOString();
        return { done: Object.fromEntries(old.map((s) => [String(s), at])) };
      },
    },
  } satisfies RecordSpec<z.output<typeof LessonProgressSchema>>,
  scenarios: {
    version: 1,
    schema: ScenarioProgressSchema,
    empty: () => ({ results: {} }),
    migrations: {},
  } satisfies RecordSpec<z.output<typeof ScenarioProgressSchema>>,
  questions: {
    version: 1,
    schema: QuestionProgressSchema,
    empty: () => ({ answers: {} }),
    migrations: {},
  } satisfies RecordSpec<z.output<typeof QuestionProgressSchema>>,
  exam: {
    version: 1,
    schema: ExamInProgressSchema,
    empty: () => null,
    migrations: {},
  } satisfies RecordSpec<z.output<typeof ExamInProgressSchema>>,
  examHistory: {
    version: 1,
    schema: ExamHistorySchema,
    empty: () => ({ attempts: [] }),
    migrations: {},
  } satisfies RecordSpec<z.output<typeof ExamHistorySchema>>,
  maturity: {
    version: 1,
    schema: z.nullable(MaturityAnswersSchema),
    empty: () => null,
    migrations: {},
  } satisfies RecordSpec<z.output<typeof MaturityAnswersSchema> | null>,
  reviews: {
    version: 1,
    schema: ReviewCardsSchema,
    empty: () => ({ cards: {} }),
    migrations: {},
  } satisfies RecordSpec<z.output<typeof ReviewCardsSchema>>,
};

export type RecordKind = keyof typeof RECORDS;
export type RecordData<K extends RecordKind> = z.output<(typeof RECORDS)[K]['schema']>;
export const RECORD_KINDS = Object.keys(RECORDS) as RecordKind[];
