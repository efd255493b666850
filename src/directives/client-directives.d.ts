// The site's own client directive (src/directives/interact.ts), for the type checker of .astro files.
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when someone first reaches into the island; the value lists URL parameters that hydrate at once. */
    'client:interact'?: boolean | string;
  }
}
