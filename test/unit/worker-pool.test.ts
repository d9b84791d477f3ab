import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { onWorkers } from '../../src/lib/worker-pool.ts';
import type { TestJob } from '../fixtures/workers/jobs.ts';

const WORKER = new URL('../fixtures/workers/jobs.ts', import.meta.url);

function jobs(thens: TestJob['then'][], ms = 0): { dir: string; list: TestJob[] } {
  const dir = mkdtempSync(join(tmpdir(), 'worker-pool-'));
  return { dir, list: thens.map((then, i) => ({ name: `j${i}`, dir, then, ms })) };
}

describe('worker pool (src/lib/worker-pool.ts)', () => {
  test('answers every job, in the order of the jobs, telling each as it comes', async () => {
    const { list } = jobs(Array(7).fill('answer'));
    const told: number[] = [];
    const results = await onWorkers<TestJob, string>(WORKER, list, {
      threads: 2,
      done: (index, result) => {
        expect(result).toBe(`J${index}`);
        told.push(index);
      },
    });
    expect(results).toEqual(list.map((job) => job.name.toUpperCase()));
    expect(told.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  test("rejects with the worker's message, starting no job after the failure", async () => {
    // One thread: j1 fails, so j2 and j3 never start.
    const { dir, list } = jobs(['answer', 'throw', 'answer', 'answer']);
    await expect(onWorkers(WORKER, list, { threads: 1 })).rejects.toThrow(/^job j1 refused$/);
    expect(readdirSync(dir).sort()).toEqual(['j0', 'j0.done', 'j1']);
    await expect(onWorkers(WORKER, list, { threads: 1, what: 'test job' })).rejects.toThrow(
      /^test job failed: job j1 refused$/,
    );
  });

  test('lets a running job finish when another fails', async () => {
    // Two threads: j0 fails at once while j1 runs for 300 ms; j1 finishes, j2 never starts.
    const { dir, list } = jobs(['throw', 'answer', 'answer']);
    list[1]!.ms = 300;
    await expect(onWorkers(WORKER, list, { threads: 2 })).rejects.toThrow('job j0 refused');
    expect(readdirSync(dir).sort()).toEqual(['j0', 'j1', 'j1.done']);
  });

  test('stops taking jobs once told to stop, letting the running one finish', async () => {
    // One thread: j1 is sent as j0 answers, and waits for the file "go", written only after
    // the stop; j1 finishes, j2 and j3 never start.
    const { dir, list } = jobs(['answer', 'answer', 'answer', 'answer']);
    list[1]!.gate = 'go';
    const stop = new AbortController();
    const results = await onWorkers<TestJob, string>(WORKER, list, {
      threads: 1,
      stop: stop.signal,
      done: (index) =>
        index === 0 &&
        setImmediate(() => {
          stop.abort();
          writeFileSync(join(dir, 'go'), '');
        }),
    });
    expect(readdirSync(dir).sort()).toEqual(['go', 'j0', 'j0.done', 'j1', 'j1.done']);
    expect(results.slice(0, 2)).toEqual(['J0', 'J1']);
    expect(results.filter(Boolean)).toHaveLength(2);
    // Told before it starts: no worker, no job.
    const none = jobs(['answer']);
    expect(await onWorkers(WORKER, none.list, { threads: 1, stop: AbortSignal.abort() })).toEqual([
      undefined,
    ]);
    expect(readdirSync(none.dir)).toEqual([]);
  });

  test('rejects, not hangs, when a worker stops mid-job', async () => {
    const { list } = jobs(['answer', 'exit']);
    await expect(onWorkers(WORKER, list, { threads: 1 })).rejects.toThrow(/stopped mid-job, exit code 3/);
  });
});
