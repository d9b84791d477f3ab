/**
 * The cards of a build. Started as soon as the build knows its cards: those the cache
 * lacks are rendered on a pool of worker threads (one per core, at most 2 here; in this
 * thread when there are too few to pay for starting workers) while
 * Astro renders pages, each written to the cache as it is done; a card's PNG is read from
 * the cache when its route asks for it. Nothing holds every card in memory (at 10,000
 * stories that was 0.5 GB), and a rebuild reads only the cards it writes again. A cache
 * file found damaged when read is rendered again in this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CACHE_DIR, cardKey, cleanTemporaryFiles, readCached, writeCached } from './cache.ts';
import { renderCard } from './render.ts';
import type { CardInput } from './template.ts';

/** Below this many uncached cards a worker's start-up (~150 ms) costs more than it saves. */
const POOL_THRESHOLD = 16;

/**
 * Each worker's V8 heap, capped: left to grow, two workers held ~450 MB of garbage between
 * collections (measured with the satori cards). Skia keeps the fonts and pixels outside
 * the heap, so a worker's heap holds little but the card inputs; one that still runs out
 * fails the build with V8's "out of memory" error.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };

// The worker runs the TypeScript source on Node directly: inside Astro's bundle there is
// no file for it, so it is found from the project root (the build's working directory).
const WORKER_SOURCE = join(process.cwd(), 'src', 'lib', 'og', 'worker.ts');

/** Renders `inputs` on `threads` workers, handing each PNG to `done` as it arrives. */
async function renderOnPool(
  inputs: CardInput[],
  threads: number,
  done: (index: number, png: Buffer) => void,
): Promise<void> {
  const workers = Array.from(
    { length: threads },
    () => new Worker(WORKER_SOURCE, { resourceLimits: WORKER_HEAP }),
  );
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
              done(message.id, Buffer.from(message.png!));
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
}

/** A few cards: in this thread, one after another. */
async function renderHere(inputs: CardInput[], done: (index: number, png: Buffer) => void): Promise<void> {
  for (const [index, input] of inputs.entries()) done(index, renderCard(input));
}

export interface CardCounts {
  rendered: number;
  fromCache: number;
  threads: number;
}

export interface CardSet {
  /** One card's PNG, once it is in the cache. */
  png(name: string): Promise<Buffer>;
  /** Settles when every card the cache lacked has been rendered (on the pool, or here when few). */
  done: Promise<CardCounts>;
  /** Cards rendered again since, because their cache file was found damaged. */
  renderedHere(): number;
}

export function startCards(
  inputs: Map<string, CardInput>,
  options: { cacheDir?: string; threads?: number } = {},
): CardSet {
  const dir = options.cacheDir ?? CACHE_DIR;
  cleanTemporaryFiles(dir);
  const keys = new Map([...inputs].map(([name, input]) => [name, cardKey(input)]));
  const missing = [...inputs.keys()].filter((name) => !existsSync(join(dir, `${keys.get(name)}.png`)));
  const canPool = existsSync(WORKER_SOURCE) && missing.length >= POOL_THRESHOLD;
  const threads = canPool ? (options.threads ?? Math.min(2, availableParallelism())) : 1;
  // One promise per card the cache lacks, settled when its file is written.
  const settle = new Map<string, { resolve: () => void; reject: (error: unknown) => void }>();
  const pending = new Map<string, Promise<void>>();
  for (const name of missing)
    pending.set(name, new Promise((resolve, reject) => settle.set(name, { resolve, reject })));
  const write = (index: number, png: Buffer) => {
    const name = missing[index]!;
    writeCached(keys.get(name)!, png, dir);
    settle.get(name)!.resolve();
  };
  const ordered = missing.map((name) => inputs.get(name)!);
  const done: Promise<CardCounts> = (
    canPool ? renderOnPool(ordered, threads, write) : renderHere(ordered, write)
  ).then(
    () => ({ rendered: missing.length, fromCache: inputs.size - missing.length, threads }),
    (error: unknown) => {
      for (const { reject } of settle.values()) reject(error);
      throw error;
    },
  );
  // Each route awaits its own card; a failure reaches the build through them.
  for (const promise of [done, ...pending.values()]) promise.catch(() => {});
  let here = 0;
  return {
    async png(name) {
      const key = keys.get(name);
      if (!key) throw new Error(`no social card ${name}`);
      await pending.get(name);
      const cached = readCached(key, dir);
      if (cached) return cached;
      const png = renderCard(inputs.get(name)!);
      writeCached(key, png, dir);
      here++;
      return png;
    },
    done,
    renderedHere: () => here,
  };
}

export interface BatchResult extends CardCounts {
  cards: Map<string, Buffer>;
}

/** Every card of a batch in memory (the card benchmark and tests; a build uses startCards). */
export async function renderBatch(
  inputs: Map<string, CardInput>,
  options: { cacheDir?: string; threads?: number } = {},
): Promise<BatchResult> {
  const set = startCards(inputs, options);
  const counts = await set.done;
  const cards = new Map<string, Buffer>();
  for (const name of inputs.keys()) cards.set(name, await set.png(name));
  const again = set.renderedHere();
  return { ...counts, cards, rendered: counts.rendered + again, fromCache: counts.fromCache - again };
}
