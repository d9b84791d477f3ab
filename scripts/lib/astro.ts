import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT } from './root.ts';

const CLI = fileURLToPath(new URL('./astro-cli.ts', import.meta.url));

export interface AstroRun {
  ok: boolean;
  output: string;
}

/**
 * How every build of ours runs Astro: its bundler (Rolldown) allocates through mimalloc,
 * which by default keeps freed memory and commits arenas eagerly; told to hand memory back
 * at once, a 1,000-story rebuild peaks at 0.95 GB instead of 1.27 GB (the astro process,
 * same wall time: scripts/bench/build.ts measures it). Read by mimalloc when the bundler
 * loads, so it is set on the process that runs Astro.
 */
export const ASTRO_BUILD_ENV = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' } as const;

/**
 * The environment without what a vitest worker adds: NODE_ENV=test, and Vite's DEV=1,
 * MODE=test, SSR, BASE_URL..., which Astro reads back as import.meta.env. A build started
 * from a test worker would otherwise be a dev-flavoured build (a different /search/ page,
 * different image markup) and not the site that ships.
 */
export function productionEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...ASTRO_BUILD_ENV, NODE_ENV: 'production' };
  for (const key of Object.keys(env)) {
    if (/^(DEV|PROD|SSR|MODE|BASE_URL|TEST|VITEST.*)$/.test(key)) delete env[key];
  }
  return env;
}

/** Runs the project's Astro build (or just content sync) on another content tree. */
export function runAstro(
  command: 'sync' | 'build',
  contentDir: string,
  workDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<AstroRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, command, contentDir, workDir],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...productionEnv(),
          ...env,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        timeout: 180_000,
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ ok: !error, output: `${stdout}\n${stderr}` }),
    );
  });
}
