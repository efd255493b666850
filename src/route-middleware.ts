/**
 * Starlight route middleware: a lesson's "Previous" and "Next" links stay within the course. Starlight
 * takes them from the sidebar order, where the first lesson follows the "Start" group (so its
 * "Previous" pointed at "Your progress").
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withinCourse } from './lib/route/lesson-pagination.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!/^(nl\/)?lessons\//.test(route.id)) return;
  route.pagination = withinCourse(route.pagination);
});
