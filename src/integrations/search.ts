/**
 * Builds the pagefind search index as the last step of `astro build`, with pagefind's
 * Node API, so no one runs a post-build command by hand. Indexing errors fail the build
 * with pagefind's own words.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { findPackageJSON } from 'node:module';
import { availableParallelism } from 'node:os';
import {
  fragmentMismatches,
  keepFragments,
  linkFragments,
  pruneFragments,
  type FragmentRecords,
} from '../lib/search-bundle.ts';
import { expectedUrls, pageUrl, pagesDigest, pagesUnder, type PageRecords } from '../lib/search-inputs.ts';
import {
  isShardFolder,
  mergedBundles,
  shardFolder,
  shardOf,
  SHARDS_AT_ONCE,
  STORIES_PER_SHARD,
} from '../lib/search-shards.ts';
import { urls } from '../lib/urls.ts';
import { onWorkers } from '../lib/worker-pool.ts';
import { linkOrCopy, writeFileAtomically } from '../lib/write-file.ts';

/**
 * The pages that carry data-pagefind-body: stories, the FAQ hub, comparisons, the deals
 * tracker, the facts ledger and company pages. Pagefind
 * would parse every page otherwise, list pages included (hundreds once they are paged), only
 * to skip them. Tests check that the index holds exactly the pages with a search body.
 */
export const SEARCHABLE_FOLDERS = ['news', 'faq', 'compare', 'tracker', 'facts', 'companies'] as const;
export const SEARCHABLE_PAGES = `{${SEARCHABLE_FOLDERS.join(',')}}/**/*.html`;

/** The sizes of the files pagefind wrote into `dir` (not those linked in before it ran). */
function writtenSizes(dir: string, linked: Set<string>): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (linked.has(fragmentName(file))) continue;
    const stat = statSync(join(dir, file));
    if (stat.isFile()) sizes.set(file, stat.size);
  }
  return sizes;
}

const fragmentName = (file: string) => /^fragment[\\/](.+)\.pf_fragment$/.exec(file)?.[1] ?? '';

const emptyFiles = (dir: string, linked: Set<string>) =>
  [...writtenSizes(dir, linked)].filter(([, size]) => size === 0).map(([file]) => file);

/**
 * Until the entry parses, no file is empty and no file has grown for two checks in a row:
 * a file still being written (seen: a truncated pagefind-worker.js) is not finished just
 * because it is not empty.
 */
async function settled(dir: string, linked: Set<string>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  let steady = 0;
  while (Date.now() < until) {
    try {
      JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
      const sizes = writtenSizes(dir, linked);
      const now = [...sizes].join('\n');
      steady = now === last ? steady + 1 : 0;
      last = now;
      if (![...sizes.values()].includes(0) && steady >= 2) return;
    } catch {
      // not written yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Where a site's bundle files are kept between builds (src/lib/search-bundle.ts), one
 * folder per output folder; GIGAWATT_SEARCH_CACHE moves it (benchmarks start cold).
 */
export function searchCacheFor(site: string): string {
  const root =
    process.env.GIGAWATT_SEARCH_CACHE ?? join(process.cwd(), 'node_modules', '.cache', 'gigawatt-search');
  return join(root, createHash('sha256').update(resolve(site)).digest('hex').slice(0, 16));
}

/** How many pages the site's index holds, in how many shards, and how many were indexed again. */
export interface SearchIndexResult {
  pages: number;
  shards: number;
  /** Shards indexed again: 0 when no searchable page changed. */
  indexed: number;
}

/**
 * Indexes a built site's searchable pages into <site>/pagefind/ (written aside, then moved
 * in: a failed run leaves the last index), or, on a large archive, into one bundle per shard
 * (src/lib/search-shards.ts): as many as the site's search page merges. A shard none of
 * whose pages changed since its bundle was written (src/lib/search-inputs.ts) is kept as it
 * is. Otherwise the last build's bundle files are linked in first, so pagefind writes only
 * those of changed pages.
 */
export async function writeSearchIndex(
  site: string,
  cache = searchCacheFor(site),
): Promise<SearchIndexResult> {
  const count = shardsOfSearchPage(site);
  const pages = pagesUnder(site, SEARCHABLE_FOLDERS);
  const jobs = Array.from({ length: count }, (_, shard) => ({
    site,
    folder: shardFolder(shard),
    pages: count === 1 ? pages : pages.filter((page) => shardOf(pageUrl(page), count) === shard),
    cache: shardCache(cache, shard),
    sharded: count > 1,
  }));
  // Pagefind's service indexes one bundle at a time, on about one core: shards go to
  // workers, each with a service of its own. One shard is indexed here.
  const written =
    count === 1
      ? [await writeShard(jobs[0]!)]
      : await onWorkers<ShardJob, ShardResult>(SHARD_WORKER, jobs, {
          threads: Math.min(SHARDS_AT_ONCE, availableParallelism()),
        });
  removeShardsFrom(site, cache, count);
  return {
    pages: written.reduce((sum, { pages }) => sum + pages, 0),
    shards: count,
    indexed: written.filter(({ kept }) => !kept).length,
  };
}

/** The worker that indexes shards; Node loads it directly, beside this file. */
const SHARD_WORKER = new URL('./search-worker.ts', import.meta.url);

/**
 * How many shards the site's search page merges (its pagefind-config's data-merge-bundles),
 * checked against the bundles that number of shards has; a site without a search page has one.
 */
export function shardsOfSearchPage(site: string): number {
  let html: string;
  try {
    html = readFileSync(join(site, urls.search(), 'index.html'), 'utf8');
  } catch {
    return 1;
  }
  const merged = /<pagefind-config\b[^>]*\sdata-merge-bundles="([^"]*)"/.exec(html)?.[1];
  const bundles = merged?.split(' ').filter(Boolean) ?? [];
  const count = bundles.length + 1;
  if (bundles.join(' ') !== mergedBundles(count).join(' '))
    throw new Error(
      `the search page merges the bundles "${merged}", not ${mergedBundles(count).join(' ')}: src/pages/search.astro and src/lib/search-shards.ts disagree`,
    );
  return count;
}

/** Where a shard's bundle files are kept: the first in the site's cache folder, the rest beside it. */
const shardCache = (cache: string, shard: number) => (shard === 0 ? cache : `${cache}-${shard + 1}`);

/** Removes the bundles (and their caches) of shards past the site's `count`: the archive had more. */
function removeShardsFrom(site: string, cache: string, count: number): void {
  const past = (name: string) => Number(/-(\d+)$/.exec(name)?.[1] ?? 1) > count;
  for (const name of readdirSync(site))
    if (isShardFolder(name) && past(name)) rmSync(join(site, name), { recursive: true, force: true });
  const caches = dirname(cache);
  for (const name of existsSync(caches) ? readdirSync(caches) : [])
    if (name.startsWith(`${basename(cache)}-`) && /-\d+$/.test(name) && past(name))
      rmSync(join(caches, name), { recursive: true, force: true });
}

/** One bundle of the index: the site's, or one shard's. */
export interface ShardJob {
  site: string;
  /** Its folder in the site (src/lib/search-shards.ts). */
  folder: string;
  /** Its pages (site paths). */
  pages: string[];
  /** Where its files are kept between builds. */
  cache: string;
  /** Whether it is one of several. */
  sharded: boolean;
}

export interface ShardResult {
  pages: number;
  kept: boolean;
}

/** One shard's bundle: kept when none of its pages changed, else indexed again. */
export async function writeShard({ site, folder, pages, cache, sharded }: ShardJob): Promise<ShardResult> {
  const last = readLastIndex(cache);
  const { digest, records, read } = pagesDigest(site, pages, INDEX_SETTINGS, last?.records);
  const entry = entryDigest(site, folder);
  if (last && entry && last.inputs === digest && last.entry === entry) {
    // Pages written again with the same bytes: their new times, so they are not read next time.
    if (read > 0) remember(cache, { ...last, records });
    return { pages: last.pageCount, kept: true };
  }
  // A shard's pages with a search body only: pagefind indexes pages without one whole when
  // none of those it reads has one (a shard that drew only list pages, as /companies/).
  const indexed = sharded ? pages.filter((page) => records[page]![4]) : undefined;
  if (indexed?.length === 0)
    // Pagefind writes a bundle with no page that the search page cannot merge. At 2,000
    // stories a shard this cannot happen by chance; with a few, it can.
    throw new Error(
      `search shard ${folder} drew no page with a search body: too many shards for ${pages.length} pages (GIGAWATT_SEARCH_SHARD_STORIES is ${STORIES_PER_SHARD}; unset it, or set it higher)`,
    );
  const { pages: pageCount, fragments } = await indexPages(site, folder, cache, {
    known: last?.fragments ?? {},
    expected: expectedUrls(
      records,
      last?.records,
      new Set(Object.values(last?.fragments ?? {}).map(([url]) => url)),
    ),
    pages: indexed,
  });
  remember(cache, { inputs: digest, entry: entryDigest(site, folder), pageCount, records, fragments });
  return { pages: pageCount, kept: false };
}

function remember(cache: string, index: LastIndex): void {
  try {
    writeFileAtomically(join(cache, LAST_INDEX), JSON.stringify(index));
  } catch {
    // Only a cache (a read-only node_modules/): the next build reads every page again.
  }
}

/** Everything besides the pages that makes the index what it is. */
const LANGUAGE = 'en';
const INDEX_SETTINGS = JSON.stringify({
  pagefind: JSON.parse(readFileSync(findPackageJSON('pagefind', import.meta.url)!, 'utf8')).version,
  glob: SEARCHABLE_PAGES,
  language: LANGUAGE,
});

/** What the cache remembers of the index it last wrote into the site. */
interface LastIndex {
  inputs: string;
  /** The digest of that index's pagefind-entry.json, which names its meta file by hash. */
  entry: string | undefined;
  pageCount: number;
  records: PageRecords;
  /** The fragments kept in the cache, with their pages (src/lib/search-bundle.ts). */
  fragments: FragmentRecords;
}
const LAST_INDEX = 'last-index.json';

function readLastIndex(cache: string): LastIndex | undefined {
  try {
    return JSON.parse(readFileSync(join(cache, LAST_INDEX), 'utf8')) as LastIndex;
  } catch {
    return undefined;
  }
}

/** The digest of a bundle's pagefind-entry.json, if the site has that bundle. */
function entryDigest(site: string, folder: string): string | undefined {
  try {
    return createHash('sha256')
      .update(readFileSync(join(site, folder, 'pagefind-entry.json')))
      .digest('hex');
  } catch {
    return undefined;
  }
}

/** What the last index left to reuse, and the pages the new one must hold. */
interface IndexInputs {
  known: FragmentRecords;
  /** The URLs of the pages with a search body: each must get exactly its own fragment. */
  expected: Set<string>;
  /** A shard's pages (site paths); without, every searchable page of the site. */
  pages?: string[];
}

/**
 * A folder holding only `pages`, linked from the site at the same paths, for pagefind to read
 * as it reads the site (a page's URL is its path in the folder): its glob cannot name a shard.
 */
function linkPages(site: string, pages: string[], to: string): void {
  rmSync(to, { recursive: true, force: true });
  for (const page of pages) {
    mkdirSync(dirname(join(to, page)), { recursive: true });
    if (!linkOrCopy(join(site, page), join(to, page))) throw new Error(`could not link ${page} into ${to}`);
  }
}

async function indexPages(
  site: string,
  folder: string,
  cache: string,
  { known, expected, pages: shardPages }: IndexInputs,
): Promise<{ pages: number; fragments: FragmentRecords }> {
  // Into a fresh folder, checked, then swapped in. Written over the index of an earlier
  // build, pagefind 1.5.2 sometimes left files empty (seen: a 0-byte
  // pagefind-entry.json after a warm rebuild), which breaks search without an error.
  const fresh = join(site, `.${folder}-${process.pid}`);
  const target = join(site, folder);
  rmSync(fresh, { recursive: true, force: true });
  const linked = linkFragments(cache, fresh, known);
  const source = shardPages ? `${cache}.${process.pid}.pages` : site;
  if (shardPages) linkPages(site, shardPages, source);
  let pages = 0;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: source, glob: SEARCHABLE_PAGES });
    if (added.errors.length) throw new Error(`pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: fresh });
    if (written.errors.length)
      throw new Error(`pagefind could not write the index: ${written.errors.join('; ')}`);
    pages = added.page_count;
    // writeFiles can resolve before the last files are on disk; closing pagefind then
    // leaves them empty. Wait (briefly) until every file it wrote has content and the
    // entry parses (the linked fragments are whole already).
    await settled(fresh, linked);
  } finally {
    await pagefind.close();
    if (shardPages) rmSync(source, { recursive: true, force: true });
  }
  const empty = emptyFiles(fresh, linked);
  if (empty.length) throw new Error(`pagefind wrote empty files: ${empty.join(', ')}; run the build again.`);
  const fragments = pruneFragments(fresh, linked, known);
  const { unexpected, missing } = fragmentMismatches(fragments, expected);
  if (linked.size > 0 && (unexpected.length || missing.length)) {
    // A page's new fragment took the name of a kept one (another page's), or a changed
    // page's search body has no words: index again with nothing kept, and take that
    // index as it is.
    rmSync(fresh, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    return indexPages(site, folder, cache, { known: {}, expected, pages: shardPages });
  }
  rmSync(target, { recursive: true, force: true });
  renameSync(fresh, target);
  try {
    keepFragments(target, cache);
  } catch {
    // Only a cache: a read-only node_modules/ indexes as well, only without it.
  }
  return { pages, fragments };
}

/** The line a build prints (the build benchmark reads its time). */
export function searchIndexMessage({ pages, shards, indexed }: SearchIndexResult, ms: number): string {
  const where = shards > 1 ? ` in ${shards} shards` : '';
  if (indexed === 0)
    return `search index: ${pages} pages${where}, none changed: the index is kept (checked in ${ms} ms)`;
  const which = shards > 1 ? `, ${indexed} of them indexed again,` : ' indexed';
  return `search index: ${pages} pages${where}${which} in ${ms} ms`;
}

/**
 * `npm run build` sets this: it indexes the site in a process of its own (scripts/build.ts),
 * started when Astro says its pages are written (PAGES_WRITTEN, sent here), so the index is
 * built while Astro checks its output and writes the sitemap, and is not built inside the
 * memory Astro holds. A bare `astro build`, and the test builds, index here.
 */
export const SEARCH_INDEX_APART = 'GIGAWATT_SEARCH_INDEX_APART';

/** What Astro's process tells `npm run build` once every page is in the output folder. */
export const PAGES_WRITTEN = 'gigawatt:pages-written';

/** Runs once the output folder holds this build's pages and no others (after src/integrations/out-dir.ts). */
export function searchIndex(): AstroIntegration {
  return {
    name: 'gigawatt:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[SEARCH_INDEX_APART] === '1' && process.send && process.connected) {
          process.send(PAGES_WRITTEN);
          return;
        }
        const started = performance.now();
        const result = await writeSearchIndex(fileURLToPath(dir));
        logger.info(searchIndexMessage(result, Math.round(performance.now() - started)));
      },
    },
  };
}
