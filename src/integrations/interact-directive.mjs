// Adds the `client:interact` directive (src/directives/interact.ts): islands that hydrate when someone first
// reaches into them, with a click made before then replayed.
import { fileURLToPath } from 'node:url';

export default function interactDirective() {
  return {
    name: 'usm-trainer-interact-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interact',
          entrypoint: fileURLToPath(new URL('../directives/interact.ts', import.meta.url)),
        });
      },
    },
  };
}
