/**
 * A large archive's search index, in shards. Pagefind has no incremental mode: any changed
 * page means reading every page and writing the whole word index again (15 s at 11,000
 * pages, most of a one-story rebuild). So past STORIES_PER_SHARD stories the searchable pages
 * are split by a hash of their URL into shards, each a pagefind bundle of its own; a rebuild
 * indexes again only the shards whose pages changed, and the search page merges the others
 * in (pagefind's mergeIndex). A hash, not dates: each shard is a like sample of the site, so
 * a word weighs about the same in every shard and the merged ranking reads like one index.
 *
 * The search page says how many shards it merges (data-merge-bundles on pagefind-config);
 * the indexer reads it there (src/integrations/search.ts), so the two cannot disagree.
 * Plain TypeScript: the page, the indexer and the tests share it.
 */

/**
 * Stories per shard: at 2,000, one shard takes about 3 s to index. A site up to this size has
 * one index, as pagefind makes it. GIGAWATT_SEARCH_SHARD_STORIES sets another (tests).
 */
export const STORIES_PER_SHARD = Number(process.env.GIGAWATT_SEARCH_SHARD_STORIES) || 2000;

/**
 * How many shards are indexed at once, each on a pagefind service of its own (about one core
 * each); a build machine here has 2 cores. A fixed number, not the machine's: the shard count
 * follows from it, and the same content must give the same site on every machine.
 */
export const SHARDS_AT_ONCE = 2;

/**
 * How many shards the index of a site with this many story pages has: one up to
 * `perShard` stories; past that a multiple of SHARDS_AT_ONCE, so no round of indexing runs
 * one shard alone on a core while the other idles (10,000 stories: 6 shards in 3 rounds of 2,
 * where 5 took 3 rounds, the last with one core idle).
 */
export function shardCount(stories: number, perShard = STORIES_PER_SHARD): number {
  const count = Math.ceil(stories / perShard);
  if (count <= 1) return 1;
  return Math.ceil(count / SHARDS_AT_ONCE) * SHARDS_AT_ONCE;
}

/** The folder of the built site that holds a shard's bundle: pagefind's own, then pagefind-2 … */
export const shardFolder = (shard: number): string => (shard === 0 ? 'pagefind' : `pagefind-${shard + 1}`);

/** A top-level folder of the built site that is a shard's bundle. */
export const isShardFolder = (name: string): boolean => /^pagefind(?:-\d+)?$/.test(name);

/**
 * A top-level folder of the built site that the search index writes: a shard's bundle, or
 * one being written (`.pagefind-2-<pid>`, src/integrations/search.ts), while the build's
 * own checks walk the site (npm run build indexes beside them).
 */
export const isSearchFolder = (name: string): boolean => /^\.?pagefind(?:-\d+)*$/.test(name);

/** The bundles the search page merges into the first: one per shard after the first. */
export const mergedBundles = (count: number): string[] =>
  Array.from({ length: count - 1 }, (_, i) => `/${shardFolder(i + 1)}/`);

const MASK64 = (1n << 64n) - 1n;

/**
 * The shard of a page, by its URL: a 64-bit FNV-1a of it, placed by Lamping and Veach's jump
 * consistent hash (a dozen lines, no library needed). When the archive grows a shard, a page
 * either keeps its shard or moves to the new one (about one in `count`), so the shards it
 * leaves keep most of their pages' bundle files (src/lib/search-bundle.ts) as they are
 * indexed again.
 */
export function shardOf(url: string, count: number): number {
  let key = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(url)) key = ((key ^ BigInt(byte)) * 0x100000001b3n) & MASK64;
  let bucket = -1;
  let next = 0;
  while (next < count) {
    bucket = next;
    key = (key * 2862933555777941757n + 1n) & MASK64;
    next = Math.floor((bucket + 1) * (2 ** 31 / (Number(key >> 33n) + 1)));
  }
  return bucket;
}
