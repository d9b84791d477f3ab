/**
 * A build that ends before Astro says it is done must not look like a success. Content
 * that calls process.exit(0) (MDX is code; the MDX policy forbids it, this is the second
 * line) used to leave a half-written dist/ and exit 0.
 */
import type { AstroIntegration } from 'astro';

export function buildGuard(): AstroIntegration {
  let started = false;
  let done = false;
  return {
    name: 'gigawatt:build-guard',
    hooks: {
      'astro:build:start': () => {
        started = true;
        process.on('exit', (code) => {
          if (started && !done && code === 0) {
            console.error(
              'The build stopped before it finished (something called process.exit). dist/ is incomplete.',
            );
            process.exitCode = 1;
          }
        });
      },
      'astro:build:done': () => {
        done = true;
      },
    },
  };
}
