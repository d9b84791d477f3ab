/**
 * Builds the real site (content/) once for every test that inspects it or opens it in
 * Chromium, in its own work folder so it never races a fixture build.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro } from './astro.ts';
import { findChromium } from './browser.ts';
import { ROOT } from './serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
  }
}

export async function setup(project: TestProject) {
  // Find (or, as root, apt-install) Chromium once, before test files run in parallel:
  // two workers installing it at the same time would fight over the dpkg lock.
  findChromium();
  const work = join(ROOT, 'test-output', 'site');
  rmSync(work, { recursive: true, force: true });
  const result = await runAstro('build', join(ROOT, 'content'), work);
  if (!result.ok) throw new Error(`Building the site for the tests failed:\n${result.output}`);
  project.provide('siteDist', join(work, 'root', 'dist'));
}
