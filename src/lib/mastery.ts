/**
 * Topic mastery from the answers in the store: the share of answers given that were right, per topic.
 * Language-free: views name a topic with `topicTitle` (src/lib/topics.ts) in their page's language.
 */
import type { Question } from '#engine/model';
import { TOPICS, type TopicId } from '#engine/model';

export interface TopicMastery {
  topic: TopicId;
  questions: number;
  answered: number;
  right: number;
  /** 0–100, or null when nothing in the topic was answered yet. */
  percent: number | null;
}

export function masteryByTopic(
  answers: Readonly<Record<string, { right: number; wrong: number }>>,
  bank: readonly Pick<Question, 'id' | 'topic'>[],
): TopicMastery[] {
  return TOPICS.map((t) => {
    const qs = bank.filter((q) => q.topic === t.id);
    let right = 0;
    let total = 0;
    let answered = 0;
    for (const q of qs) {
      const a = answers[q.id];
      if (!a) continue;
      answered++;
      right += a.right;
      total += a.right + a.wrong;
    }
    return {
      topic: t.id,
      questions: qs.length,
      answered,
      right,
      percent: total ? Math.round((right / total) * 100) : null,
    };
  });
}
