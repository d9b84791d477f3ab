/**
 * Builds what the build and browser tests inspect: the real site (content/) and the
 * fixture site (test/fixtures/site), each once per `vitest run`, however many projects
 * ask. Each project runs this setup, so the builds are kept on globalThis (one process).
 * Browser projects also find Chromium here, once, before test files run in parallel.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro } from '../../scripts/lib/astro.ts';
import { findChromium } from '../../scripts/lib/browser.ts';
import { ROOT } from '../../scripts/lib/root.ts';
import { FIXTURE_ENV, FIXTURE_SITE } from './fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
    fixtureDist: string;
    /** The fixture content tree that was built (a throwaway copy). */
    fixtureContent: string;
    fixtureBuildLog: string;
  }
}

interface Built {
  dist: string;
  content: string;
  log: string;
}

async function build(name: string, content: string, env: NodeJS.ProcessEnv = {}): Promise<Built> {
  const work = join(ROOT, 'test-output', name);
  rmSync(work, { recursive: true, force: true });
  const result = await runAstro('build', content, work, env);
  if (!result.ok) throw new Error(`Building the ${name} for the tests failed:\n${result.output}`);
  return { dist: join(work, 'root', 'dist'), content, log: result.output };
}

/** A copy of the fixture content, so a test that adds files never touches test/fixtures/. */
function copyOfFixture(): string {
  const dir = join(ROOT, 'test-output', 'fixture-content');
  rmSync(dir, { recursive: true, force: true });
  cpSync(FIXTURE_SITE, dir, { recursive: true });
  return dir;
}

const shared = globalThis as typeof globalThis & {
  gigawattBuilds?: Promise<{ site: Built; fixture: Built }>;
};

export async function setup(project: TestProject) {
  // Built side by side: two cores, and each build is mostly single-threaded.
  shared.gigawattBuilds ??= Promise.all([
    build('site', join(ROOT, 'content')),
    build('fixture-site', copyOfFixture(), FIXTURE_ENV),
  ]).then(([site, fixture]) => ({ site, fixture }));
  const { site, fixture } = await shared.gigawattBuilds;
  project.provide('siteDist', site.dist);
  project.provide('fixtureDist', fixture.dist);
  project.provide('fixtureContent', fixture.content);
  project.provide('fixtureBuildLog', fixture.log);
  if (project.name !== 'build') findChromium();
}
