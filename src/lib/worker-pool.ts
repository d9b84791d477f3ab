/**
 * A few worker threads working through a list of jobs, each worker taking the next job as
 * it finishes one. The cards (src/lib/og/batch.ts) and the search shards
 * (src/integrations/search.ts) run on it; a worker's module calls `serveJobs`.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, Worker, type ResourceLimits } from 'node:worker_threads';

/** What a worker sends back for each job. */
type Reply<Result> = { result: Result } | { error: string; stack?: string };

/**
 * Runs `jobs` on `threads` workers started from `source` (a module loaded by Node directly,
 * which calls `serveJobs`), calling `done` with each job's index and result as it comes in.
 * After a job fails no other starts, those running finish (a worker stopped mid-job would
 * leave its files half-written), and the first failure rejects: its error's message, with
 * the worker's stack (printed only by whoever prints stacks).
 */
export async function onWorkers<Job, Result>(
  source: string | URL,
  jobs: readonly Job[],
  options: {
    threads: number;
    /** Names the job in its error (`<what> failed: …`); without, the error is the worker's own. */
    what?: string;
    done?: (index: number, result: Result) => void;
    resourceLimits?: ResourceLimits;
    /**
     * Once aborted, no other job starts; those running finish, and the pool resolves with
     * the results it has (a head start that someone else takes over: scripts/build.ts).
     */
    stop?: AbortSignal;
  },
): Promise<Result[]> {
  const { threads, what, done, resourceLimits, stop } = options;
  const results: Result[] = new Array(jobs.length);
  const workers = Array.from({ length: stop?.aborted ? 0 : Math.min(threads, jobs.length) }, () =>
    resourceLimits ? new Worker(source, { resourceLimits }) : new Worker(source),
  );
  let next = 0;
  let failure: Error | undefined;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            let current = -1;
            let finished = false;
            const finish = () => {
              finished = true;
              resolve();
            };
            const send = () => {
              if (failure || stop?.aborted || next >= jobs.length) return finish();
              current = next++;
              worker.postMessage(jobs[current]);
            };
            const fail = (error: Error) => {
              failure ??= error;
              finish();
            };
            worker.on('message', (reply: Reply<Result>) => {
              if ('error' in reply) {
                const error = new Error(what ? `${what} failed: ${reply.error}` : reply.error);
                if (reply.stack) error.stack = `${error.message}\n${reply.stack}`;
                return fail(error);
              }
              results[current] = reply.result;
              done?.(current, reply.result);
              send();
            });
            worker.on('error', fail);
            worker.on('exit', (code) => {
              if (!finished) fail(new Error(`a worker (${source}) stopped mid-job, exit code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failure) throw failure;
  return results;
}

/** In a worker started by `onWorkers`: answers each job with `handle`'s result or its error. */
export function serveJobs<Job, Result>(handle: (job: Job) => Result | Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread started by onWorkers');
  port.on('message', async (job: Job) => {
    let reply: Reply<Result>;
    try {
      reply = { result: await handle(job) };
    } catch (error) {
      reply =
        error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
    }
    port.postMessage(reply);
  });
}

/**
 * In a worker whose jobs can wait (the social cards): gives this thread, and no other of
 * the process, a lower CPU priority (nice 10), so the threads a build waits on (Astro's
 * page thread, the search index) run first and this one takes the time they leave idle.
 * Linux names a thread by its id, which Node does not expose: /proc/thread-self does.
 * Elsewhere, or if refused, the thread keeps its priority.
 */
export function lowerThreadPriority(): void {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
  } catch {
    // Not Linux, or not allowed: only slower to share.
  }
}
