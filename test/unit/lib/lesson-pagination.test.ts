import { describe, expect, it } from 'vitest';
import { isLessonHref, withinCourse } from '../../../src/lib/route/lesson-pagination.ts';

describe('lesson pagination', () => {
  it('recognises lesson pages only', () => {
    expect(isLessonHref('/lessons/services/what-is-a-service/')).toBe(true);
    expect(isLessonHref('/progress/')).toBe(false);
    expect(isLessonHref('/lessons/')).toBe(false);
  });
  it('recognises Dutch lesson pages, and not the other Dutch pages', () => {
    expect(isLessonHref('/nl/lessons/services/what-is-a-service/')).toBe(true);
    expect(isLessonHref('/nl/progress/')).toBe(false);
    expect(isLessonHref('/de/lessons/services/what-is-a-service/')).toBe(false);
  });
  it('drops a previous or next link that leaves the course, keeps the others', () => {
    const lesson = { href: '/lessons/services/customers-users-providers/', label: 'Customers' };
    expect(withinCourse({ prev: { href: '/progress/', label: 'Your progress' }, next: lesson })).toEqual({
      prev: undefined,
      next: lesson,
    });
    expect(withinCourse({ prev: lesson, next: undefined })).toEqual({ prev: lesson, next: undefined });
  });
});
