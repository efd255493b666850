/**
 * The priority part of a grade and the penalties (refused moves, hints), beside the components of
 * `grade-parts.ts`. USM fixes the scales of impact and urgency; the ratings are local judgement.
 */
import { IMPACTS, URGENCIES, priorityOf, ratingDistance, type Impact } from './usm.ts';
import { rule } from './step-grade.ts';
import type { Scenario } from './scenario.ts';
import { list, msg, term, type EngineMessage } from './messages.ts';
import { WEIGHTS, component, type Attempt, type GradeComponent, type Note } from './grade-parts.ts';

/**
 * 4. Priority, assessed only where both the scenario and the attempt give it (`assessed`); a neighbouring
 * rating earns part credit unless the call's words settle it.
 */
export function priorityComponent(
  expected: Scenario['expected'],
  attempt: Attempt,
  note: Note,
): { component: GradeComponent; assessed: boolean } {
  const { impact, urgency } = expected;
  const priorityAssessed = !!(impact && urgency && attempt.impact !== undefined && attempt.urgency !== undefined);
  if (impact && urgency && priorityAssessed) {
    const clear = expected.priorityClear ?? [];
    const rating = (r: string): EngineMessage =>
      (IMPACTS as readonly string[]).includes(r) ? term(`rating.${r as Impact}`) : msg('text', { text: r });
    const rate = (dim: 'impact' | 'urgency', scale: readonly string[], key: string, got: string) => {
      const distance = ratingDistance(scale, key, got);
      const said = { dimension: term(`dimension.${dim}`), got: rating(got), key: rating(key) };
      if (distance === 0) return { points: WEIGHTS.priority / 2, text: null, wrong: false };
      if (distance === 1 && !clear.includes(dim))
        return { points: WEIGHTS.priorityNeighbour, text: msg('grade.priority.near', said), wrong: false };
      return {
        points: 0,
        text: msg(clear.includes(dim) ? 'grade.priority.off.settled' : 'grade.priority.off', said),
        wrong: true,
      };
    };
    const parts = [
      rate('impact', IMPACTS, impact, String(attempt.impact).trim().toLowerCase()),
      rate('urgency', URGENCIES, urgency, String(attempt.urgency).trim().toLowerCase()),
    ];
    const points = parts.reduce((n, p) => n + p.points, 0);
    const misjudged = parts.some((p) => p.wrong);
    if (misjudged) note('priority-misjudged');
    const texts = parts.flatMap((p) => (p.text ? [p.text] : []));
    const local = term('grade.priority.local');
    return {
      assessed: priorityAssessed,
      component: component({
        id: 'priority',
        points,
        max: WEIGHTS.priority,
        ok: texts.length === 0,
        misconception: misjudged ? 'priority-misjudged' : undefined,
        message:
          texts.length === 0
            ? msg('grade.priority.ok', {
                impact: term(`rating.${impact}`),
                urgency: term(`rating.${urgency}`),
                priority: priorityOf(impact, urgency),
                local,
              })
            : msg('grade.priority.wrong', {
                problems: list('list.semicolon', texts),
                priority: priorityOf(impact, urgency),
                local,
                rule: misjudged ? rule('priority-misjudged') : '',
              }),
      }),
    };
  }
  return {
    assessed: priorityAssessed,
    component: component({
      id: 'priority',
      points: WEIGHTS.priority,
      max: WEIGHTS.priority,
      ok: true,
      message: msg('grade.priority.notAssessed'),
    }),
  };
}

function nonNegativeInt(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** 5. The penalties: refused moves and hints, each capped. */
export function penaltyComponents(attempt: Attempt): GradeComponent[] {
  const components: GradeComponent[] = [];
  const illegal = nonNegativeInt(attempt.illegalMoves);
  const hints = nonNegativeInt(attempt.hintsUsed);
  const illegalPenalty = Math.min(illegal * WEIGHTS.illegalMove, WEIGHTS.illegalMoveCap);
  const hintPenalty = Math.min(hints * WEIGHTS.hint, WEIGHTS.hintCap);
  components.push(
    component({
      id: 'illegalMoves',
      points: illegalPenalty ? -illegalPenalty : 0,
      max: 0,
      ok: illegal === 0,
      message:
        illegal === 0 ? msg('grade.moves.none') : msg('grade.moves.some', { n: illegal, penalty: illegalPenalty }),
    }),
  );
  components.push(
    component({
      id: 'hints',
      points: hintPenalty ? -hintPenalty : 0,
      max: 0,
      ok: hints === 0,
      message: hints === 0 ? msg('grade.hints.none') : msg('grade.hints.some', { n: hints, penalty: hintPenalty }),
    }),
  );
  return components;
}
