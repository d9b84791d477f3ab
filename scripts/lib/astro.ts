import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT } from './root.ts';

const CLI = fileURLToPath(new URL('./astro-cli.ts', import.meta.url));

export interface AstroRun {
  ok: boolean;
  output: string;
}

/** Runs the project's Astro build (or just content sync) on another content tree. */
export function runAstro(command: 'sync' | 'build', contentDir: string, workDir: string): Promise<AstroRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, command, contentDir, workDir],
      {
        cwd: ROOT,
        encoding: 'utf8',
        // NODE_ENV: vitest sets it to 'test', which would make the build think it is in dev.
        env: {
          ...process.env,
          NODE_ENV: 'production',
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
