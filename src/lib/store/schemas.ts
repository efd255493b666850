/**
 * The schemas of the records the browser keeps, with the limits they enforce (what a record may mean, not only
 * its shape). `records.ts` lists the records with these schemas, their versions and migrations.
 */
// A tiny checker instead of Zod: the store ships on every page, so it must stay light.
import { c } from './check.ts';

/**
 * Limits the records must keep (semantic validation): a record outside them is absurd, whatever its
 * shape, and is set aside like a corrupt one. The exam figures match `EXAM` in src/lib/exam.ts (a unit
 * test checks), kept here so the store, which ships on every page, does not pull in the exam module.
 */
export const LIMITS = {
  /** Dates of things that happened: from the Unix epoch (version 1 lesson marks) to 2100. */
  earliest: Date.UTC(1970, 0, 1),
  latest: Date.UTC(2100, 0, 1),
  /** Review cards may be scheduled further ahead (FSRS allows intervals up to 100 years). */
  latestDue: Date.UTC(2200, 0, 1),
  idLength: 80,
  nameLength: 80,
  examQuestions: 40,
  examPassMarks: [26, 30] as const,
  /** 60 minutes with 25 % extra time. */
  examMaxMs: 75 * 60_000,
  /** Options of a single-answer question. */
  maxOptions: 6,
  attempts: 100_000,
  answers: 1_000_000,
  historyLength: 1000,
  cards: 10_000,
} as const;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const dateIn = (latest: number) =>
  c.refine(c.string(ISO, 'an ISO date-time', 40), (v) => {
    const t = Date.parse(v);
    if (!Number.isFinite(t)) return { message: `must be a real date, not "${v}"` };
    return t < LIMITS.earliest || t >= latest
      ? { message: `must be a date between 1970 and ${new Date(latest).getUTCFullYear()}, not ${v.slice(0, 10)}` }
      : null;
  });
const isoDate = dateIn(LIMITS.latest);
const dueDate = dateIn(LIMITS.latestDue);
/** Ids as the content defines them: kebab-case, at most 80 characters. */
const slug = c.string(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id', LIMITS.idLength);
const count = (min: number, max: number = LIMITS.answers) => c.int(min, max);
const unique = (list: readonly string[], path: string) => {
  const seen = new Set<string>();
  for (const [i, x] of list.entries()) {
    if (seen.has(x)) return { path: `${path}[${i}]`, message: `repeats "${x}"` };
    seen.add(x);
  }
  return null;
};

/** Lessons marked done: slug → when. v1 was a bare list of slugs. */
export const LessonProgressSchema = c.object({ done: c.record(slug, isoDate, 1000) });

/** Simulator results per scenario id. */
export const ScenarioResultSchema = c.object({
  best: c.int(0, 100),
  attempts: count(1, LIMITS.attempts),
  lastWorkflow: c.nullable(c.int(1, 8)),
  passed: c.boolean(),
  at: isoDate,
});
export const ScenarioProgressSchema = c.object({ results: c.record(slug, ScenarioResultSchema, 1000) });

/** Answers per question id (knowledge checks and practice): feeds topic mastery. */
export const QuestionProgressSchema = c.object({
  answers: c.record(slug, c.object({ right: count(0), wrong: count(0), at: isoDate }), LIMITS.cards),
});

/** The mock exam in progress (null when none): survives a reload or a closed tab. */
export const ExamInProgressSchema = c.nullable(
  c.refine(
    c.object({
      seed: count(0, 2 ** 31),
      ids: c.array(slug, LIMITS.examQuestions),
      answers: c.record(slug, c.int(0, LIMITS.maxOptions - 1), LIMITS.examQuestions),
      flags: c.array(slug, LIMITS.examQuestions),
      extraTime: c.boolean(),
      remainingMs: c.int(0, LIMITS.examMaxMs),
      current: c.int(0, LIMITS.examQuestions - 1),
      startedAt: isoDate,
      /** The pass mark chosen at the start: the Foundation's 26 (when missing) or the Professional's 30. */
      passMark: c.optional(c.int(LIMITS.examPassMarks[0], LIMITS.examPassMarks[1])),
    }),
    (e) => {
      if (e.ids.length === 0) return { path: 'ids', message: "must list the exam's questions, not none" };
      if (e.current >= e.ids.length)
        return {
          path: 'current',
          message: `must be a question of the exam (0 to ${e.ids.length - 1}), not ${e.current}`,
        };
      if (e.passMark !== undefined && !(LIMITS.examPassMarks as readonly number[]).includes(e.passMark))
        return { path: 'passMark', message: `must be ${LIMITS.examPassMarks.join(' or ')}` };
      const ids = new Set(e.ids);
      const stray = [...Object.keys(e.answers), ...e.flags].find((id) => !ids.has(id));
      if (stray) return { path: 'answers', message: `names "${stray}", which is not a question of this exam` };
      return unique(e.ids, 'ids') ?? unique(e.flags, 'flags');
    },
  ),
);

const TopicResultSchema = c.object({
  topic: slug,
  correct: count(0, LIMITS.examQuestions),
  total: count(1, LIMITS.examQuestions),
});
/** One finished mock exam. The last one also keeps its questions and answers, to show its results again. */
const AttemptSchema = c.refine(
  c.object({
    at: isoDate,
    correct: count(0, LIMITS.examQuestions),
    total: count(1, LIMITS.examQuestions),
    passed: c.boolean(),
    extraTime: c.boolean(),
    byTopic: c.array(TopicResultSchema, 100),
    /** Ids answered wrong or not at all, for review. */
    missed: c.array(slug, LIMITS.examQuestions),
    passMark: c.optional(c.int(LIMITS.examPassMarks[0], LIMITS.examPassMarks[1])),
    /** When the exam started: one attempt per exam, never two. */
    startedAt: c.optional(isoDate),
    ids: c.optional(c.array(slug, LIMITS.examQuestions)),
    answers: c.optional(c.record(slug, c.int(0, LIMITS.maxOptions - 1), LIMITS.examQuestions)),
    timeUp: c.optional(c.boolean()),
  }),
  (a) => {
    if (a.correct > a.total)
      return { path: 'correct', message: `must be at most the number of questions (${a.total}), not ${a.correct}` };
    const mark = Math.ceil(((a.passMark ?? LIMITS.examPassMarks[0]) * a.total) / LIMITS.examQuestions);
    if (a.passed !== a.correct >= mark)
      return { path: 'passed', message: `does not match ${a.correct} of ${a.total} correct (pass mark ${mark})` };
    if (a.missed.length !== a.total - a.correct)
      return {
        path: 'missed',
        message: `must list the ${a.total - a.correct} questions missed, not ${a.missed.length}`,
      };
    const sum = (k: 'correct' | 'total') => a.byTopic.reduce((n, r) => n + r[k], 0);
    if (a.byTopic.length && (sum('total') !== a.total || sum('correct') !== a.correct))
      return { path: 'byTopic', message: 'does not add up to the score' };
    const bad = a.byTopic.findIndex((r) => r.correct > r.total);
    if (bad >= 0)
      return { path: `byTopic[${bad}].correct`, message: "must be at most the topic's number of questions" };
    if (a.ids && a.ids.length !== a.total) return { path: 'ids', message: `must list the ${a.total} questions` };
    return unique(a.missed, 'missed') ?? (a.ids ? unique(a.ids, 'ids') : null);
  },
);
/** Finished mock exams, oldest first. */
export const ExamHistorySchema = c.object({ attempts: c.array(AttemptSchema, LIMITS.historyLength) });

/** FSRS cards of missed and hard questions, by question id (ts-fsrs states: 0 new, 1 learning, 2 review, 3 relearning). */
export const ReviewCardsSchema = c.object({
  cards: c.record(
    slug,
    c.refine(
      c.object({
        due: dueDate,
        stability: c.number(0, 1e6),
        difficulty: c.number(0, 10),
        elapsed_days: c.number(0, 1e6),
        scheduled_days: c.number(0, 1e6),
        learning_steps: c.int(0, 100),
        reps: count(0, LIMITS.attempts),
        lapses: count(0, LIMITS.attempts),
        state: c.int(0, 3),
        last_review: c.optional(isoDate),
      }),
      (card) =>
        card.lapses > card.reps
          ? { path: 'lapses', message: `must be at most reps (${card.reps}), not ${card.lapses}` }
          : null,
    ),
    LIMITS.cards,
  ),
});

/** The self-assessment in progress: saved as the respondent goes. */
export const MaturityAnswersSchema = c.object({
  questionnaire: slug,
  version: count(1, 1000),
  perspective: c.oneOf(['provider', 'customer'] as const),
  respondent: c.string(undefined, undefined, LIMITS.nameLength),
  answers: c.record(
    c.string(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, 'a statement id', LIMITS.idLength),
    c.oneOf(['not', 'partly', 'largely', 'fully', 'dontknow'] as const),
    500,
  ),
  /** A customer's (or provider's) response pasted in for the fit comparison. */
  counterpart: c.optional(c.string(undefined, undefined, 20_000)),
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

/**
 * The scenario builder's drafts, saved as they are typed: the YAML text as written (valid or not), keyed
 * by a draft id. A draft is at most 64 kB (the checker's file limit) and a browser keeps at most 20.
 */
export const BUILDER_LIMITS = { drafts: 20, yamlChars: 64 * 1024, titleChars: 200 } as const;
export const BuilderDraftsSchema = c.object({
  drafts: c.record(
    c.string(/^d-[a-z0-9]{1,20}$/, 'a draft id', 24),
    c.object({
      yaml: c.string(undefined, undefined, BUILDER_LIMITS.yamlChars),
      title: c.string(undefined, undefined, BUILDER_LIMITS.titleChars),
      at: isoDate,
    }),
    BUILDER_LIMITS.drafts,
  ),
});
