/**
 * Worker thread: indexes the search shards sent by writeSearchIndex (search.ts). Each worker
 * loads pagefind afresh, so each has a pagefind service of its own. Loaded by Node directly.
 */
import { serveJobs } from '../lib/worker-pool.ts';
import { writeShard, type ShardJob } from './search.ts';

serveJobs((job: ShardJob) => writeShard(job));
