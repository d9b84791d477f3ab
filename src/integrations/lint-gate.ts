/**
 * `npm run build` (scripts/build.ts) lints the content while Astro starts and syncs it,
 * instead of before: at 10,000 stories each takes about 6 s, on a machine with two cores.
 * Nothing of the output may change before the linter has passed (a build the linter
 * refuses writes nothing), so the first hook that touches dist/, astro:build:start, waits
 * here for the linter's verdict. Only when the build runs with that channel: `astro build`
 * on its own, and the test builds, never wait.
 *
 * The protocol, over Node's IPC channel: the build sends LINT_WAITING, the linter's side
 * answers LINT_PASSED, or stops the build.
 */
import type { AstroIntegration } from 'astro';

export const LINT_GATE = 'GIGAWATT_LINT_GATE';
export const LINT_WAITING = 'gigawatt:lint-waiting';
export const LINT_PASSED = 'gigawatt:lint-passed';

/** Resolves once the parent says the linter passed; ends the process if the parent goes. */
function linterPassed(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if (message !== LINT_PASSED) return;
      process.off('message', onMessage);
      process.off('disconnect', onGone);
      // The channel would keep this process alive after the build; it stays open for the
      // search index's signal (src/integrations/search.ts, PAGES_WRITTEN).
      process.channel?.unref();
      resolve();
    };
    const onGone = () => {
      console.error('The build stopped: the process that lints the content went away.');
      process.exit(1);
    };
    process.on('message', onMessage);
    process.once('disconnect', onGone);
    process.send!(LINT_WAITING);
  });
}

export function lintGate(): AstroIntegration {
  return {
    name: 'gigawatt:lint-gate',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        if (process.env[LINT_GATE] !== '1') return;
        if (!process.send || !process.connected) {
          // Started to wait for a linter that is gone (it failed, or stopped): write nothing.
          logger.error('the content linter that this build waits for is gone: nothing was written');
          process.exit(1);
        }
        const started = performance.now();
        await linterPassed();
        const waited = Math.round(performance.now() - started);
        if (waited >= 100) logger.info(`waited ${waited} ms for the content linter`);
      },
    },
  };
}
