/**
 * Renders a batch of cards: cached ones are read back, the rest are rendered on a pool
 * of worker threads (one per core, at most 2 here) when there are enough of them to pay
 * for starting workers, else in this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardKey, cleanTemporaryFiles, readCached, writeCached } from './cache.ts';
import { renderCard } from './render.ts';
import type { CardInput } from './template.ts';

/** Below this many uncached cards a worker's start-up (~150 ms) costs more than it saves. */
const POOL_THRESHOLD = 16;

// The worker runs the TypeScript source on Node directly: inside Astro's bundle there is
// no file for it, so it is found from the project root (the build's working directory).
const WORKER_SOURCE = join(process.cwd(), 'src', 'lib', 'og', 'worker.ts');

export interface BatchResult {
  cards: Map<string, Buffer>;
  rendered: number;
  fromCache: number;
  threads: number;
}

async function renderOnPool(inputs: CardInput[], threads: number): Promise<Buffer[]> {
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_SOURCE));
  const results: Buffer[] = new Array(inputs.length);
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= inputs.length) return resolve();
              const id = next++;
              worker.postMessage({ id, input: inputs[id] });
            };
            worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
              if (message.error) return reject(new Error(`social card failed: ${message.error}`));
              results[message.id] = Buffer.from(message.png!);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

export async function renderBatch(
  inputs: Map<string, CardInput>,
  options: { cacheDir?: string; threads?: number } = {},
): Promise<BatchResult> {
  cleanTemporaryFiles(options.cacheDir);
  const cards = new Map<string, Buffer>();
  const missing: { name: string; key: string; input: CardInput }[] = [];
  for (const [name, input] of inputs) {
    const key = cardKey(input);
    const cached = readCached(key, options.cacheDir);
    if (cached) cards.set(name, cached);
    else missing.push({ name, key, input });
  }
  const canPool = existsSync(WORKER_SOURCE) && missing.length >= POOL_THRESHOLD;
  const threads = canPool ? (options.threads ?? Math.min(2, availableParallelism())) : 1;
  const pngs =
    threads > 1
      ? await renderOnPool(
          missing.map((m) => m.input),
          threads,
        )
      : await Promise.all(missing.map((m) => renderCard(m.input)));
  missing.forEach((m, i) => {
    cards.set(m.name, pngs[i]!);
    writeCached(m.key, pngs[i]!, options.cacheDir);
  });
  return { cards, rendered: missing.length, fromCache: inputs.size - missing.length, threads };
}
