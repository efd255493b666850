/**
 * Every record the browser keeps, with its schema, current version and migrations from older versions.
 * Adding a record: add an entry here; the store, export and import pick it up.
 */
// A tiny checker instead of Zod: the store ships on every page, so it must stay light.
import { c, type Check, type Infer } from './check.ts';

export interface RecordSpec<T> {
  /** Current version written by this build. */
  version: number;
  schema: Check<T>;
  empty: () => T;
  /** migrations[n] turns data of version n into version n + 1. */
  migrations: Record<number, (old: unknown) => unknown>;
}

const isoDate = c.string(/^\d{4}-\d{2}-\d{2}T/, 'an ISO date-time');
const slug = c.string(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id');
const count = (min: number) => c.int(min);

/** Lessons marked done: slug → when. v1 was a bare list of slugs. */
export const LessonProgressSchema = c.object({ done: c.record(slug, isoDate) });

/** Simulator results per scenario id. */
export const ScenarioResultSchema = c.object({
  best: c.int(0, 100),
  attempts: count(1),
  lastWorkflow: c.nullable(c.int(1, 8)),
  passed: c.boolean(),
  at: isoDate,
});
export const ScenarioProgressSchema = c.object({ results: c.record(slug, ScenarioResultSchema) });

/** Answers per question id (knowledge checks and practice): feeds topic mastery. */
export const QuestionProgressSchema = c.object({
  answers: c.record(slug, c.object({ right: count(0), wrong: count(0), at: isoDate })),
});

/** The mock exam in progress (null when none): survives a reload or a closed tab. */
export const ExamInProgressSchema = c.nullable(
  c.object({
    seed: count(0),
    ids: c.array(slug),
    answers: c.record(slug, count(0)),
    flags: c.array(slug),
    extraTime: c.boolean(),
    remainingMs: count(0),
    current: count(0),
    startedAt: isoDate,
  }),
);

const TopicResultSchema = c.object({ topic: c.string(), correct: count(0), total: count(0) });
/** Finished mock exams, oldest first. */
export const ExamHistorySchema = c.object({
  attempts: c.array(
    c.object({
      at: isoDate,
      correct: count(0),
      total: count(1),
      passed: c.boolean(),
      extraTime: c.boolean(),
      byTopic: c.array(TopicResultSchema),
      /** Ids answered wrong or not at all, for review. */
      missed: c.array(slug),
    }),
  ),
});

/** FSRS cards of missed and hard questions, by question id. */
export const ReviewCardsSchema = c.object({
  cards: c.record(
    slug,
    c.object({
      due: isoDate,
      stability: c.number(),
      difficulty: c.number(),
      elapsed_days: c.number(),
      scheduled_days: c.number(),
      learning_steps: c.number(),
      reps: count(0),
      lapses: count(0),
      state: count(0),
      last_review: c.optional(isoDate),
    }),
  ),
});

/** The self-assessment in progress: saved as the respondent goes. */
export const MaturityAnswersSchema = c.object({
  questionnaire: c.string(),
  version: count(1),
  perspective: c.oneOf(['provider', 'customer'] as const),
  respondent: c.string(),
  answers: c.record(c.string(), c.oneOf(['not', 'partly', 'largely', 'fully', 'dontknow'] as const)),
  /** A customer's (or provider's) response pasted in for the fit comparison. */
  counterpart: c.optional(c.string()),
  /** The part the respondent last had open (1-based), so that resuming returns there. */
  part: c.optional(c.int(1, 99)),
});

/**
 * Coach mode: each workshop's room, kept until the coach clears it, so that a reload mid-workshop loses
 * nothing. Keyed by the join code's checksum; the codes are kept as pasted and read again on load
 * (simulator/workshop.ts checks them), so a room never holds a result its reader would refuse.
 */
const code = c.string(/^[A-Z0-9]{1,4}\.[A-Za-z0-9_-]{0,8000}\.[0-9a-f]{8}$/, 'a workshop code');
export const CoachRoomsSchema = c.object({
  rooms: c.record(
    c.string(/^[0-9a-f]{8}$/, 'a join code checksum'),
    c.object({ join: code, results: c.array(code), at: isoDate }),
  ),
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
  } satisfies RecordSpec<Infer<typeof LessonProgressSchema>>,
  scenarios: {
    version: 1,
    schema: ScenarioProgressSchema,
    empty: () => ({ results: {} }),
    migrations: {},
  } satisfies RecordSpec<Infer<typeof ScenarioProgressSchema>>,
  questions: {
    version: 1,
    schema: QuestionProgressSchema,
    empty: () => ({ answers: {} }),
    migrations: {},
  } satisfies RecordSpec<Infer<typeof QuestionProgressSchema>>,
  exam: {
    version: 1,
    schema: ExamInProgressSchema,
    empty: () => null,
    migrations: {},
  } satisfies RecordSpec<Infer<typeof ExamInProgressSchema>>,
  examHistory: {
    version: 1,
    schema: ExamHistorySchema,
    empty: () => ({ attempts: [] }),
    migrations: {},
  } satisfies RecordSpec<Infer<typeof ExamHistorySchema>>,
  maturity: {
    version: 1,
    schema: c.nullable(MaturityAnswersSchema),
    empty: () => null,
    migrations: {},
  } satisfies RecordSpec<Infer<typeof MaturityAnswersSchema> | null>,
  reviews: {
    version: 1,
    schema: ReviewCardsSchema,
    empty: () => ({ cards: {} }),
    migrations: {},
  } satisfies RecordSpec<Infer<typeof ReviewCardsSchema>>,
  coachRooms: {
    version: 1,
    schema: CoachRoomsSchema,
    empty: () => ({ rooms: {} }),
    migrations: {},
  } satisfies RecordSpec<Infer<typeof CoachRoomsSchema>>,
};

export type RecordKind = keyof typeof RECORDS;
export type RecordData<K extends RecordKind> = Infer<(typeof RECORDS)[K]['schema']>;
export const RECORD_KINDS = Object.keys(RECORDS) as RecordKind[];
