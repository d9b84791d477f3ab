/**
 * `astro dev` of the real project code against a fixture content tree, on 127.0.0.1 at a
 * free port (scripts/lib/astro-cli.ts), for tests of what writers see under `npm run dev`.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { productionEnv } from '../../scripts/lib/astro.ts';
import { ROOT } from '../../scripts/lib/root.ts';

/** A port nobody listens on, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface DevServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  log: () => string;
  stop: () => void;
}

export async function startDevServer(site: { dir: string; work: string }): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'scripts', 'lib', 'astro-cli.ts'), 'dev', site.dir, site.work, String(port)],
    {
      cwd: ROOT,
      env: { ...productionEnv(), NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1' },
      detached: true,
    },
  );
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = () => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
  };
  const started = Date.now();
  while (!log.includes('dev server ready')) {
    if (child.exitCode !== null || Date.now() - started > 300_000) {
      stop();
      throw new Error(`dev server did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url: `http://127.0.0.1:${port}`, log: () => log, stop };
}
