/**
 * The cards of a build. Started as soon as the build knows its cards: those the cache
 * lacks are rendered on a pool of worker threads (one per core, at most 2 here; in this
 * thread when there are too few to pay for starting workers) while Astro renders pages,
 * each worker writing its cards into the cache. A build then links each card from the cache
 * into dist/ (`place`, src/integrations/cards.ts); `astro dev` reads one when it is asked
 * for (`png`). Nothing holds every card in memory (at 10,000 stories that was 0.5 GB), and a
 * rebuild reads only the cards it writes again. A cache file found damaged when read is
 * rendered again in this thread.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, utimesSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { CACHE_DIR, cardKey, cleanTemporaryFiles, readCached, writeCached } from './cache.ts';
import { renderCard } from './render.ts';
import { linkOrCopy } from '../write-file.ts';
import { onWorkers } from '../worker-pool.ts';
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

/** One card for a worker: it renders it and writes it into the cache itself. */
export interface CardJob {
  id: number;
  input: CardInput;
  key: string;
  dir: string;
}

/**
 * Renders `jobs` on `threads` workers, each writing its cards into the cache, calling
 * `done` as each is written: no PNG crosses to this thread, which renders the pages.
 */
async function renderOnPool(jobs: CardJob[], threads: number, done: (index: number) => void): Promise<void> {
  await onWorkers<CardJob, number>(WORKER_SOURCE, jobs, {
    threads,
    what: 'social card',
    done: (_, id) => done(id),
    resourceLimits: WORKER_HEAP,
  });
}

/** A few cards: in this thread, one after another. */
async function renderHere(jobs: CardJob[], done: (index: number) => void): Promise<void> {
  for (const { id, input, key, dir } of jobs) {
    writeCached(key, renderCard(input), dir);
    done(id);
  }
}

/**
 * Whether a site's card file is its cache file: the same file (a hard link), or, with the
 * cache on another file system, a copy with its size and time (set when it was copied).
 */
function sameCard(cached: Stats, placed: Stats): boolean {
  if (cached.dev === placed.dev) return cached.ino === placed.ino;
  return cached.size === placed.size && Math.abs(cached.mtimeMs - placed.mtimeMs) < 1;
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
  /**
   * Puts a card at `target` (a file of the built site) once `done` has settled: a hard link
   * to its cache file, so the site and the cache share one copy (a copy across file
   * systems). 'kept' when `target` is that file already. A cache file this build did not
   * write is checked whole before it is linked, and rendered again here if damaged.
   */
  place(name: string, target: string): 'kept' | 'placed';
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
  const written = (index: number) => settle.get(missing[index]!)!.resolve();
  const jobs = missing.map((name, id) => ({ id, input: inputs.get(name)!, key: keys.get(name)!, dir }));
  const done: Promise<CardCounts> = (
    canPool ? renderOnPool(jobs, threads, written) : renderHere(jobs, written)
  ).then(
    () => ({ rendered: missing.length, fromCache: inputs.size - missing.length, threads }),
    (error: unknown) => {
      for (const { reject } of settle.values()) reject(error);
      throw error;
    },
  );
  // Awaited by `png` and by the build that places the cards: a failure reaches the build there.
  for (const promise of [done, ...pending.values()]) promise.catch(() => {});
  let here = 0;
  const keyOf = (name: string) => {
    const key = keys.get(name);
    if (!key) throw new Error(`no social card ${name}`);
    return key;
  };
  /** The card's PNG from the cache, rendered again here when its file is missing or damaged. */
  const whole = (name: string): Buffer => {
    const key = keyOf(name);
    const cached = readCached(key, dir);
    if (cached) return cached;
    const png = renderCard(inputs.get(name)!);
    writeCached(key, png, dir);
    here++;
    return png;
  };
  const fresh = new Set(missing);
  const folders = new Set<string>();
  return {
    async png(name) {
      await pending.get(name);
      return whole(name);
    },
    place(name, target) {
      const file = join(dir, `${keyOf(name)}.png`);
      const [cached, placed] = [file, target].map((path) => statSync(path, { throwIfNoEntry: false }));
      if (cached && placed && sameCard(cached, placed)) return 'kept';
      if (!fresh.has(name)) whole(name);
      const folder = dirname(target);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      rmSync(target, { force: true });
      if (!linkOrCopy(file, target)) copyFileSync(file, target);
      const source = statSync(file);
      // A copy carries its cache file's time, so the next build knows it (sameCard).
      if (statSync(target).ino !== source.ino) utimesSync(target, source.atime, source.mtime);
      return 'placed';
    },
    done,
    renderedHere: () => here,
  };
}

/**
 * A head start (scripts/build.ts): renders into the cache, on `threads` workers, those of
 * `inputs` the cache lacks, until `stop` is aborted; those running then finish. Returns
 * how many it rendered. The build's own card set (startCards) later finds them cached.
 */
export async function renderAhead(
  inputs: CardInput[],
  options: { stop: AbortSignal; threads: number; cacheDir?: string },
): Promise<number> {
  const dir = options.cacheDir ?? CACHE_DIR;
  const keyed = inputs.map((input) => ({ input, key: cardKey(input) }));
  const jobs = keyed
    .filter(({ key }) => !existsSync(join(dir, `${key}.png`)))
    .map(({ input, key }, id) => ({ id, input, key, dir }));
  if (!jobs.length || !existsSync(WORKER_SOURCE)) return 0;
  let rendered = 0;
  await onWorkers<CardJob, number>(WORKER_SOURCE, jobs, {
    threads: options.threads,
    what: 'social card',
    done: () => rendered++,
    resourceLimits: WORKER_HEAP,
    stop: options.stop,
  });
  return rendered;
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
