/**
 * Every record the browser keeps, with its schema, current version and migrations from older versions.
 * Adding a record: add an entry here; the store, export and import pick it up.
 */
// A tiny checker instead of Zod: the store ships on every page, so it must stay light.
import { c, type Check, type Infer } from './check.ts';
import {
  BuilderDraftsSchema,
  CoachRoomsSchema,
  ExamHistorySchema,
  ExamInProgressSchema,
  LessonProgressSchema,
  MaturityAnswersSchema,
  QuestionProgressSchema,
  ReviewCardsSchema,
  ScenarioProgressSchema,
} from './schemas.ts';

export * from './schemas.ts';

export interface RecordSpec<T> {
  /** Current version written by this build. */
  version: number;
  schema: Check<T>;
  empty: () => T;
  /** migrations[n] turns data of version n into version n + 1. */
  migrations: Record<number, (old: unknown) => unknown>;
}

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
  builderDrafts: {
    version: 1,
    schema: BuilderDraftsSchema,
    empty: () => ({ drafts: {} }),
    migrations: {},
  } satisfies RecordSpec<Infer<typeof BuilderDraftsSchema>>,
};

export type RecordKind = keyof typeof RECORDS;
export type RecordData<K extends RecordKind> = Infer<(typeof RECORDS)[K]['schema']>;
export const RECORD_KINDS = Object.keys(RECORDS) as RecordKind[];
