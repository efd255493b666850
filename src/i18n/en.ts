/**
 * Every user-visible string of the site's own components, in one dictionary (keys `area.item`).
 * A Dutch version adds `nl.ts` with the same keys.
 */
export const en = {
  'nav.lessons': 'Lessons',
  'nav.simulator': 'Simulator',
  'nav.practice': 'Practice',
  'nav.assessment': 'Self-assessment',
  'nav.progress': 'Your progress',
  'nav.glossary': 'Glossary',
  'nav.label': 'Main',

  'home.title': 'USM Trainer',
  'home.tagline': 'Learn Unified Service Management by doing it: route real calls through the five processes and eight workflows.',
  'home.learner.title': 'Preparing for the USM Foundation exam?',
  'home.learner.body': 'Follow the lessons in order, practise by topic, and sit a mock exam in the real format: 40 questions, 60 minutes, pass at 26.',
  'home.learner.cta': 'Start the first lesson',
  'home.coach.title': 'Running a workshop?',
  'home.coach.body': 'Give the room the same calls to route, switch on the statechart panel on the projector, and debrief each wrong turn with the rule it broke.',
  'home.coach.cta': 'Open the simulator',
  'home.org.title': 'Assessing your organisation?',
  'home.org.body': 'Answer statements anchored to the five value maturity levels, alone or as a team, and get a report you can act on.',
  'home.org.cta': 'Start the self-assessment',
  'home.flagship': 'New here? Try one call first: haul-truck telemetry goes dark at a mine. Who takes it?',
  'home.flagship.cta': 'Take the call',
  'home.privacy': 'Everything you do here stays in this browser. There is no account and no server.',

  'lesson.objectives': 'In this lesson you will learn to',
  'lesson.check.title': 'Check yourself',
  'lesson.check.intro': 'Answer to check your understanding; your answers count toward your mastery of the topic.',
  'lesson.done.mark': 'Mark this lesson as done',
  'lesson.done.marked': 'Done ✓ (select to undo)',
  'lesson.done.status': 'Lesson marked as done.',
  'lesson.done.undone': 'Lesson no longer marked as done.',

  'question.submit': 'Check answer',
  'question.correct': 'Correct.',
  'question.incorrect': 'Not quite.',
  'question.answerWas': 'The answer: {answer}.',
  'question.readMore': 'Read the lesson',
  'question.chooseOne': 'Choose one answer.',
  'question.chooseMany': 'Choose all that apply.',
  'question.order': 'Put these in the right order (use the buttons to move an item).',
  'question.match': 'Match each item on the left with one on the right.',
  'question.moveUp': 'Move “{item}” up',
  'question.moveDown': 'Move “{item}” down',
  'question.matchFor': 'Match for “{item}”',
  'question.choose': 'Choose…',

  'store.notice': 'Some saved progress could not be read and has been set aside, not deleted.',
  'store.notice.link': 'Review it on the progress page',
  'progress.title': 'Your progress',
  'progress.lessons': 'Lessons done: {done} of {total}',
  'progress.export': 'Export all progress',
  'progress.import': 'Import progress from a file',
  'progress.import.ok': 'Imported: {kinds}.',
  'progress.import.failed': 'Nothing was changed. The file could not be imported:',
  'progress.quarantine.title': 'Set-aside records',
  'progress.quarantine.none': 'Nothing has been set aside.',
  'progress.quarantine.download': 'Download',
  'progress.quarantine.discard': 'Discard',
  'progress.quarantine.reason': 'Reason',

  'glossary.title': 'Glossary',
  'glossary.index': 'A–Z index',
  'glossary.dutch': 'Dutch',
  'glossary.usedIn': 'Used in',
} as const;

export type UiKey = keyof typeof en;

/** Looks up a string and fills `{name}` placeholders. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
