/** Serves a built dist/ on 127.0.0.1 with Astro's own preview server. */
import { preview } from 'astro';
import { ROOT } from './root.ts';

export async function serveDist(outDir = 'dist/'): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await preview({
    root: ROOT,
    outDir,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0 },
  });
  return {
    url: `http://127.0.0.1:${server.port}`,
    stop: () => server.stop(),
  };
}
