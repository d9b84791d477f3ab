/**
 * The real site built with its search index in shards (src/lib/search-shards.ts), three stories
 * a shard instead of 2,000 (two shards; with three, one drew no page with a search body): every searchable page is in exactly one shard, the search page
 * merges them all, and readers find on it what they find on one index (the search tests of
 * test/support/search-suite.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstro } from '../../scripts/lib/astro.ts';
import { ROOT } from '../../scripts/lib/root.ts';
import { shardFolder } from '../../src/lib/search-shards.ts';
import { htmlFiles } from '../support/dist.ts';
import { searchSuite } from '../support/search-suite.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const work = mkdtempSync(join(tmpdir(), 'gigawatt-search-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let built: Promise<string> | undefined;
/** Built once, by the first test that asks. */
const dist = () =>
  (built ??= runAstro('build', join(ROOT, 'content'), work, {
    GIGAWATT_SEARCH_SHARD_STORIES: '3',
    GIGAWATT_CARD_CACHE: join(work, 'cards'),
  }).then((result) => {
    if (!result.ok) throw new Error(`the sharded build failed:\n${result.output}`);
    return join(work, 'root', 'dist');
  }));

/** The URLs of the pages a bundle holds: each fragment (gzipped JSON after a prefix) names its page. */
const bundlePages = (bundle: string): string[] =>
  readdirSync(join(bundle, 'fragment')).map(
    (name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(bundle, 'fragment', name)))
          .toString()
          .replace(/^pagefind_dcd/, ''),
      ).url as string,
  );

describe('search over a sharded index', () => {
  it('puts every searchable page in exactly one of the shards the search page merges', async () => {
    const site = await dist();
    // Five stories, three a shard: two bundles, the search page merging the second.
    const html = readFileSync(join(site, 'search', 'index.html'), 'utf8');
    expect(html).toMatch(/<pagefind-config[^>]*data-merge-bundles="\/pagefind-2\/"/);
    expect(existsSync(join(site, shardFolder(2)))).toBe(false);
    const shards = [0, 1].map((shard) => bundlePages(join(site, shardFolder(shard))));
    expect(shards.every((pages) => pages.length > 0)).toBe(true);
    const withSearchBody = htmlFiles(site)
      .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'))
      .map((file) => `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, ''))
      .sort();
    expect(shards.flat().sort()).toEqual(withSearchBody);
  });

  // What readers find; the page's own checks (axe, keyboard, no JavaScript elsewhere) run on
  // the real site in search.test.ts and do not depend on how the index is laid out.
  searchSuite(useSiteInBrowser(dist), { page: false });
});
