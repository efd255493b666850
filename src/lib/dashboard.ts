/** The progress dashboard's figures, computed from the store's records and the content (pure). */
import type { RecordData } from './store/records.ts';
import { masteryByTopic, type TopicMastery } from './mastery.ts';
import { dueItems } from './review.ts';
import type { TopicId } from '#engine/model';

export interface LessonInfo {
  slug: string;
  title: string;
  module: string;
  moduleTitle: string;
  href: string;
}
export interface ScenarioInfo {
  id: string;
  title: string;
  workflow: number;
}

export interface Dashboard {
  modules: { module: string; title: string; done: number; total: number }[];
  mastery: TopicMastery[];
  played: number;
  bestPerWorkflow: { workflow: number; best: number | null; played: number }[];
  confusions: { expected: number; chosen: number | null; count: number }[];
  exams: { at: string; correct: number; total: number; passed: boolean }[];
  due: number;
  next:
    | { kind: 'review'; n: number }
    | { kind: 'weakest'; topic: TopicMastery }
    | { kind: 'untried'; topic: TopicMastery }
    | null;
  nextLesson: LessonInfo | null;
}

export function dashboard(
  data: {
    lessons: RecordData<'lessons'>;
    scenarios: RecordData<'scenarios'>;
    questions: RecordData<'questions'>;
    examHistory: RecordData<'examHistory'>;
    reviews: RecordData<'reviews'>;
  },
  content: { lessons: LessonInfo[]; bank: { id: string; topic: TopicId }[]; scenarios: ScenarioInfo[] },
  now: Date,
): Dashboard {
  const modules: Dashboard['modules'] = [];
  for (const l of content.lessons) {
    let m = modules.find((x) => x.module === l.module);
    if (!m) modules.push((m = { module: l.module, title: l.moduleTitle, done: 0, total: 0 }));
    m.total++;
    if (l.slug in data.lessons.done) m.done++;
  }
  const mastery = masteryByTopic(data.questions.answers, content.bank);
  const results = data.scenarios.results;
  const bestPerWorkflow = [1, 2, 3, 4, 5, 6, 7, 8].map((workflow) => {
    const played = content.scenarios.filter((s) => s.workflow === workflow && results[s.id]);
    return {
      workflow,
      played: played.length,
      best: played.length ? Math.max(...played.map((s) => results[s.id]!.best)) : null,
    };
  });
  const pairs = new Map<string, { expected: number; chosen: number | null; count: number }>();
  for (const s of content.scenarios) {
    const r = results[s.id];
    if (!r || r.lastWorkflow === s.workflow) continue;
    const key = `${s.workflow}>${r.lastWorkflow}`;
    const p = pairs.get(key) ?? { expected: s.workflow, chosen: r.lastWorkflow, count: 0 };
    p.count++;
    pairs.set(key, p);
  }
  const due = dueItems(data.reviews.cards, now).length;
  const tried = mastery.filter((m) => m.percent !== null).sort((a, b) => a.percent! - b.percent!);
  const untried = mastery.find((m) => m.percent === null && m.questions > 0);
  const next: Dashboard['next'] =
    due > 0
      ? { kind: 'review', n: due }
      : tried[0] && tried[0].percent! < 80
        ? { kind: 'weakest', topic: tried[0] }
        : untried
          ? { kind: 'untried', topic: untried }
          : null;
  return {
    modules,
    mastery,
    played: Object.keys(results).length,
    bestPerWorkflow,
    confusions: [...pairs.values()].sort((a, b) => b.count - a.count),
    exams: data.examHistory.attempts.map((a) => ({ at: a.at, correct: a.correct, total: a.total, passed: a.passed })),
    due,
    next,
    nextLesson: content.lessons.find((l) => !(l.slug in data.lessons.done)) ?? null,
  };
}
