import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const LIGHTHOUSE = 'test/browser/lighthouse.test.ts';
const BUILDS = ['test/support/global-setup.ts'];

// Lives in test/ to keep the repo's top level to the folders writers and developers use.
// Four layers: `unit` (no build, no browser: seconds), `build` (the real and fixture sites,
// built once by the global setup, plus fixture builds of their own), `browser` (Chromium
// against those builds) and `lighthouse`, which runs last and alone so nothing competes
// with it for the CPU. `npm test` runs them all; `npm run test:unit` only the first.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Builds and browsers are heavy; two workers match this 2-core machine.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts', 'test/quality/**/*.test.ts'],
          globalSetup: BUILDS,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          exclude: [LIGHTHOUSE],
          globalSetup: BUILDS,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: { name: 'lighthouse', include: [LIGHTHOUSE], globalSetup: BUILDS, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
