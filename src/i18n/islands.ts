/**
 * Which dictionary areas each island shows. The page passes exactly these (`islandStrings`), and
 * `test/unit/i18n/dictionary.test.ts` checks that every key an island's code uses is in them.
 * The key is the island's file name under src/components (or src/lms/player for the LMS player).
 */
import type { AreaName } from './keys.ts';

export const ISLAND_AREAS = {
  Simulator: ['common', 'sim', 'engine'],
  ScenarioIndex: ['common', 'sim'],
  QuestionCard: ['common'],
  KnowledgeCheck: ['common'],
  LessonDone: ['common'],
  ProgressData: ['common'],
  Dashboard: ['common', 'sim', 'exam', 'practice', 'topics'],
  ExamRunner: ['common', 'exam', 'practice', 'topics'],
  PracticeSession: ['common', 'practice', 'exam', 'topics'],
  ReviewQueue: ['common', 'practice', 'exam'],
  AssessmentApp: ['common', 'vmm', 'engine'],
  TeamView: ['common', 'vmm', 'engine'],
  CoachSetup: ['common', 'sim', 'coach', 'shift', 'engine', 'builder'],
  JoinWorkshop: ['common', 'sim', 'coach', 'shift', 'engine', 'builder'],
  ProjectorView: ['common', 'sim', 'coach', 'shift', 'engine'],
  RoomView: ['common', 'sim', 'coach', 'shift', 'engine'],
  ShiftPlayer: ['common', 'sim', 'shift', 'engine'],
  LmsPlayer: ['sim', 'exam', 'lms', 'engine', 'topics'],
  Builder: ['common', 'sim', 'engine', 'builder'],
  CustomPlay: ['common', 'sim', 'engine', 'builder'],
} as const satisfies Record<string, readonly AreaName[]>;

export type IslandName = keyof typeof ISLAND_AREAS;

/**
 * Islands that show only a few engine messages get the `engine` area narrowed to the message codes that start
 * with these prefixes, so their pages do not carry the whole catalog: the assessment pages show the maturity
 * fit and the refusals of the answer-code and answers-file readers (codes.ts's `code.*`, maturity.ts's).
 */
export const ENGINE_CODE_PREFIXES: Partial<Record<IslandName, readonly string[]>> = {
  AssessmentApp: ['maturity.', 'code.'],
  TeamView: ['maturity.', 'code.'],
};

/**
 * Engine message groups (a code's first part) an island never formats, left out of its engine area: the simulator shows grading,
 * refusals, step feedback and misconceptions, never the assessment's, the code readers', the Shift's or the
 * workshop's messages (the Shift and the workshops embed the simulator inside islands of their own).
 */
export const ENGINE_CODES_LEFT_OUT: Partial<Record<IslandName, readonly string[]>> = {
  Simulator: ['maturity', 'code', 'shift', 'workshop'],
  // The LMS player's call set plays on the simulator's board the same way (src/lms/strings.ts).
  LmsPlayer: ['maturity', 'code', 'shift', 'workshop'],
};
