/** Worker thread: renders cards sent by the pool into the card cache. Loaded by Node directly, not by Vite. */
import type { CardJob } from './batch.ts';
import { writeCached } from './cache.ts';
import { renderCard } from './render.ts';
import { lowerThreadPriority, serveJobs } from '../worker-pool.ts';

// Cards can wait for the pages and the search index, which the build waits on.
lowerThreadPriority();

serveJobs(({ id, input, key, dir }: CardJob) => {
  writeCached(key, renderCard(input), dir);
  return id;
});
