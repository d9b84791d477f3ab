/** Worker thread: renders cards sent by the pool into the card cache. Loaded by Node directly, not by Vite. */
import { parentPort } from 'node:worker_threads';
import type { CardJob } from './batch.ts';
import { writeCached } from './cache.ts';
import { renderCard } from './render.ts';

parentPort!.on('message', ({ id, input, key, dir }: CardJob) => {
  try {
    writeCached(key, renderCard(input), dir);
    parentPort!.postMessage({ id });
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error).stack ?? error) });
  }
});
