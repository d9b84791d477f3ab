import { execFile } from 'node:child_process';
import { productionEnv } from '../../scripts/lib/astro.ts';

/**
 * Runs a script as a writer would, with no terminal attached (as CI does): standard input
 * is `input` when given, else closed.
 */
export function script(
  name: string,
  args: string[],
  contentDir: string,
  input?: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [`scripts/${name}.ts`, ...args],
      { env: { ...productionEnv(), ...env, CONTENT_DIR: contentDir } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
    );
    child.stdin?.end(input ?? '');
  });
}
