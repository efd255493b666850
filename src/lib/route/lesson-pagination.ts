/** Keeps a lesson's previous/next links only when they lead to another lesson. */
interface Link {
  href: string;
}
export interface Pagination<L extends Link> {
  prev: L | undefined;
  next: L | undefined;
}

/** A lesson's address in any language: /lessons/<module>/<slug>/ or /nl/lessons/<module>/<slug>/. */
export const isLessonHref = (href: string): boolean => /^(\/nl)?\/lessons\/[^/]+\/[^/]+\/?$/.test(href);

export function withinCourse<L extends Link>(pagination: Pagination<L>): Pagination<L> {
  return {
    prev: pagination.prev && isLessonHref(pagination.prev.href) ? pagination.prev : undefined,
    next: pagination.next && isLessonHref(pagination.next.href) ? pagination.next : undefined,
  };
}
