/**
 * The search index reuses the last build's bundle files (src/lib/search-bundle.ts): real
 * pagefind on a small site, rebuilt after a page changes, one is removed and one added.
 * The warm bundle must be the cold bundle of the same pages, file for file; a kept file
 * must really be reused (not written again); and a kept file that holds something other
 * than its name says must not survive.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/search.ts';
import { ignoredWhole, pagesDigest, pagesUnder } from '../../src/lib/search-inputs.ts';
import {
  mergedBundles,
  shardCount,
  shardFolder,
  shardOf,
  SHARDS_AT_ONCE,
} from '../../src/lib/search-shards.ts';
import { distDifferences } from '../support/dist.ts';

const base = mkdtempSync(join(tmpdir(), 'search-bundle-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function page(site: string, path: string, text: string) {
  const file = join(site, path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `<!doctype html><html lang="en"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text} and the grid.</p></main></body></html>`,
  );
}

const fragments = (site: string, bundle = 'pagefind') => readdirSync(join(site, bundle, 'fragment')).sort();
const inode = (file: string) => statSync(file).ino;
/** Every fragment's text, as the bundle holds it (gzipped JSON after pagefind's prefix). */
const fragmentTexts = (site: string, bundle = 'pagefind') =>
  fragments(site, bundle).map((name) =>
    gunzipSync(readFileSync(join(site, bundle, 'fragment', name))).toString(),
  );

it('rebuilds the bundle from kept files, to the same files as a cold build', async () => {
  const site = join(base, 'warm');
  const cache = join(base, 'warm-cache');
  page(site, 'news/a', 'Alpha turbines');
  page(site, 'news/b', 'Bravo substations');
  page(site, 'news/c', 'Charlie transformers');
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 3, shards: 1, indexed: 1 });
  const first = new Map(
    fragments(site).map((name) => [name, inode(join(site, 'pagefind', 'fragment', name))]),
  );

  page(site, 'news/b', 'Bravo switchyards');
  rmSync(join(site, 'news', 'c'), { recursive: true });
  page(site, 'news/d', 'Delta chillers');
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 3, shards: 1, indexed: 1 });

  const cold = join(base, 'cold');
  cpSync(site, cold, { recursive: true, filter: (from) => !from.includes('pagefind') });
  expect(await writeSearchIndex(cold, join(base, 'cold-cache'))).toEqual({ pages: 3, shards: 1, indexed: 1 });
  expect(distDifferences(site, cold)).toEqual([]);

  // The removed page and the old text of the changed one are gone from the bundle.
  const texts = fragmentTexts(site).join('\n');
  expect(texts).not.toContain('Charlie');
  expect(texts).not.toContain('substations');
  expect(texts).toContain('switchyards');
  // The unchanged page's fragment is the same file on disk: pagefind did not write it again.
  const kept = fragments(site).filter((name) => first.has(name));
  expect(kept).toHaveLength(1);
  expect(inode(join(site, 'pagefind', 'fragment', kept[0]!))).toBe(first.get(kept[0]!));
});

it('does not keep a file that holds something else than its name says', async () => {
  const site = join(base, 'collision');
  const cache = join(base, 'collision-cache');
  page(site, 'news/a', 'Echo reactors');
  page(site, 'news/b', 'Foxtrot cooling');
  await writeSearchIndex(site, cache);
  // A kept fragment replaced by another page's text under the same name.
  for (const name of readdirSync(join(cache, 'fragment'))) {
    const file = join(cache, 'fragment', name);
    rmSync(file);
    writeFileSync(file, gzipSync(Buffer.from('pagefind_dcd{"url":"/news/x/","content":"Wrong page"}')));
  }
  page(site, 'news/b', 'Foxtrot cooling towers'); // so the index is written again, from kept files
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 2, shards: 1, indexed: 1 });
  expect(fragmentTexts(site).join('\n')).not.toContain('Wrong page');

  const cold = join(base, 'collision-cold');
  cpSync(site, cold, { recursive: true, filter: (from) => !from.includes('pagefind') });
  await writeSearchIndex(cold, join(base, 'collision-cold-cache'));
  expect(distDifferences(site, cold)).toEqual([]);
});

it("does not keep another page's fragment under the name of a changed page's new one (a short-name collision)", async () => {
  const site = join(base, 'short-name');
  const cache = join(base, 'short-name-cache');
  page(site, 'news/a', 'Mike reactors');
  page(site, 'news/b', 'November cooling');
  page(site, 'news/c', 'Oscar chillers');
  await writeSearchIndex(site, cache);
  const change = (at: string) => {
    page(at, 'news/b', 'November cooling towers');
    rmSync(join(at, 'news', 'c'), { recursive: true });
  };
  // The name pagefind gives the changed page's new fragment, learnt on a copy.
  const probe = join(base, 'short-name-probe');
  cpSync(site, probe, { recursive: true });
  change(probe);
  const before = new Set(fragments(site));
  await writeSearchIndex(probe, join(base, 'short-name-probe-cache'));
  const [newName] = fragments(probe).filter((name) => !before.has(name));
  expect(newName).toBeDefined();
  // A real collision cannot be made to order (7 hex digits of SHA-1): the cache is made to
  // hold one, the removed page's fragment under that name, recorded as pagefind's own.
  const last = join(cache, 'last-index.json');
  const remembered = JSON.parse(readFileSync(last, 'utf8'));
  const [oscar, record] = Object.entries(remembered.fragments as Record<string, unknown[]>).find(
    ([, [url]]) => url === '/news/c/',
  )!;
  cpSync(join(cache, 'fragment', `${oscar}.pf_fragment`), join(cache, 'fragment', newName!));
  const planted = statSync(join(cache, 'fragment', newName!));
  remembered.fragments[newName!.replace('.pf_fragment', '')] = [
    record[0],
    planted.size,
    planted.mtimeMs,
    planted.ino,
  ];
  writeFileSync(last, JSON.stringify(remembered));

  change(site);
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 2, shards: 1, indexed: 1 });
  const texts = fragmentTexts(site).join('\n');
  expect(texts).toContain('November cooling towers');
  expect(texts).not.toContain('Oscar');
  expect(distDifferences(site, probe)).toEqual([]);
});

it('takes a page whose search body has no words as pagefind leaves it out, and keeps fragments after', async () => {
  const site = join(base, 'wordless');
  const cache = join(base, 'wordless-cache');
  page(site, 'news/a', 'Papa turbines');
  page(site, 'news/b', 'Quebec pylons');
  const empty = join(site, 'news', 'empty', 'index.html');
  mkdirSync(dirname(empty), { recursive: true });
  writeFileSync(
    empty,
    '<!doctype html><html lang="en"><head><title>x</title></head><body><main data-pagefind-body></main></body></html>',
  );
  // Pagefind reads three pages and lists two.
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 3, shards: 1, indexed: 1 });
  expect(fragments(site)).toHaveLength(2);
  const texts = fragmentTexts(site);
  const quebec = fragments(site)[texts.findIndex((text) => text.includes('Quebec'))]!;
  const before = inode(join(site, 'pagefind', 'fragment', quebec));

  // Another page changes: the wordless page is not expected, so nothing is indexed twice,
  // and the unchanged page's fragment is the one kept.
  page(site, 'news/a', 'Papa wind turbines');
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 3, shards: 1, indexed: 1 });
  expect(fragments(site)).toHaveLength(2);
  expect(inode(join(site, 'pagefind', 'fragment', quebec))).toBe(before);
  expect(fragmentTexts(site).join('\n')).toContain('Papa wind turbines');
});

it('keeps the index when no searchable page changed, and only then', async () => {
  const site = join(base, 'kept');
  const cache = join(base, 'kept-cache');
  page(site, 'news/a', 'Golf turbines');
  page(site, 'faq', 'Hotel questions');
  page(site, 'topics/grid', 'India list');
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 2, shards: 1, indexed: 1 });
  const entry = join(site, 'pagefind', 'pagefind-entry.json');
  const written = inode(entry);

  // A page written again with the same bytes, and a page outside the search: nothing to index.
  page(site, 'news/a', 'Golf turbines');
  page(site, 'topics/grid', 'Juliet list');
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 2, shards: 1, indexed: 0 });
  expect(inode(entry)).toBe(written);

  page(site, 'news/a', 'Golf wind turbines');
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 2, shards: 1, indexed: 1 });
  expect(fragmentTexts(site).join('\n')).toContain('Golf wind turbines');

  // The site's index gone (a build that started dist/ again): written again.
  rmSync(join(site, 'pagefind'), { recursive: true });
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 2, shards: 1, indexed: 1 });
  // An index in the site that is not the one the cache wrote: written again.
  writeFileSync(entry, '{"version":"other"}');
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 2, shards: 1, indexed: 1 });
});

it('keeps the index when a page changed only inside what pagefind ignores whole, as a cold index of it reads', async () => {
  const site = join(base, 'ignored');
  const cache = join(base, 'ignored-cache');
  // A story page as the site writes one: its related stories after the article, ignored whole.
  const story = (related: string, aside = 'data-pagefind-ignore="all"') => {
    const file = join(site, 'news', 'a', 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>Kilo</title></head><body><main><article data-pagefind-body><h1>Kilo turbines</h1><p>Kilo turbines and the grid.</p></article><aside ${aside}><h2>Related stories</h2><article><h3 title="&lt;/aside>">${related}</h3><img src="/${related}.jpg" alt=""><span data-pagefind-meta="image">/${related}.jpg</span></article></aside></main><footer>Lima</footer></body></html>`,
    );
  };
  story('Mike chillers');
  page(site, 'news/b', 'November substations');
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 2, shards: 1, indexed: 1 });

  story('Oscar transformers');
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 2, shards: 1, indexed: 0 });
  const cold = join(base, 'ignored-cold');
  cpSync(site, cold, { recursive: true, filter: (from) => !from.includes('pagefind') });
  await writeSearchIndex(cold, join(base, 'ignored-cold-cache'));
  expect(distDifferences(site, cold)).toEqual([]);
  expect(fragmentTexts(site).join('\n')).not.toMatch(/Mike|Oscar/);

  // Ignored for its words only ("index"), its metadata still counts: indexed again.
  story('Oscar transformers', 'data-pagefind-ignore');
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 2, shards: 1, indexed: 1 });
  expect(fragmentTexts(site).join('\n')).toContain('Oscar');
  // Words outside the ignored element: indexed again.
  story('Oscar transformers');
  writeFileSync(
    join(site, 'news', 'a', 'index.html'),
    readFileSync(join(site, 'news', 'a', 'index.html'), 'utf8').replace(
      'Kilo turbines and',
      'Kilo wind turbines and',
    ),
  );
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 2, shards: 1, indexed: 1 });
  expect(fragmentTexts(site).join('\n')).toContain('Kilo wind turbines');
});

describe("what pagefind ignores whole, as a page's search digest leaves it out (ignoredWhole)", () => {
  it.each([
    [
      'nested elements, a void one and an end tag left implied',
      '<main><aside class="r" data-pagefind-ignore="all"><h2>R</h2><aside>in</aside><img src=x><p>p</aside><footer>F</footer></main>',
      [[6, 100]],
    ],
    [
      'a tag written inside an attribute value (Astro leaves < as it is there)',
      '<main><aside data-pagefind-ignore="all"><a title="<aside> </aside> x">t</a></aside><p>after</p></main>',
      [[6, 83]],
    ],
    [
      "the attribute's words inside a value, quotes escaped",
      '<p title="data-pagefind-ignore=&quot;all&quot;">x</p>',
      [],
    ],
    [
      "the attribute's words inside a script string",
      '<script>var s = "<aside data-pagefind-ignore=\\"all\\">";</script><p>x</p>',
      [],
    ],
  ])('%s', (_, html, ranges) => {
    expect(ignoredWhole(Buffer.from(html))).toEqual(ranges);
  });

  // A writer's text with a "<" in an attribute before it: the element's start cannot be found
  // for sure, so the whole page counts (indexed again, never wrongly kept).
  it.each([
    '<main><section aria-labelledby="x <b " data-pagefind-ignore="all"><p>in</p></section><p>after</p></main>',
    '<main><section aria-labelledby="x <b y=" data-pagefind-ignore="all"><p>in</p></section><p>after</p></main>',
    '<main><section aria-labelledby="<b" data-pagefind-ignore="all"><p>in</p></section><p>after</p></main>',
    '<main><section aria-labelledby="x <b a=\'" data-pagefind-ignore="all"><p>in</p></section><p>after</p></main>',
  ])('counts the whole page: %s', (html) => {
    expect(ignoredWhole(Buffer.from(html))).toBeUndefined();
  });
});

it('reads a page again only when its size, time or inode moved, and remembers what it read', async () => {
  const site = join(base, 'digest');
  const cache = join(base, 'digest-cache');
  page(site, 'news/a', 'Kilo cables');
  page(site, 'news/b', 'Lima pylons');
  await writeSearchIndex(site, cache);
  const pages = pagesUnder(site, ['news']);
  expect(pages).toEqual(['news/a/index.html', 'news/b/index.html']);
  const first = pagesDigest(site, pages, 'settings');
  expect(first.read).toBe(2);
  const again = pagesDigest(site, pages, 'settings', first.records);
  expect(again).toEqual({ ...first, read: 0 });
  page(site, 'news/a', 'Kilo cables'); // the same bytes, written again (at a time set here, not left to the clock)
  utimesSync(join(site, 'news', 'a', 'index.html'), new Date('2020-01-01'), new Date('2020-01-01'));
  const rewritten = pagesDigest(site, pages, 'settings', first.records);
  expect(rewritten.read).toBe(1);
  expect(rewritten.digest).toBe(first.digest);
  expect(pagesDigest(site, pages, 'other settings', first.records).digest).not.toBe(first.digest);

  // The kept index remembers the page's new time: the next build does not read it.
  expect(await writeSearchIndex(site, cache)).toEqual({ pages: 2, shards: 1, indexed: 0 });
  const remembered = JSON.parse(readFileSync(join(cache, 'last-index.json'), 'utf8'));
  expect(pagesDigest(site, pages, 'x', remembered.records).read).toBe(0);
});

describe('an index in shards (src/lib/search-shards.ts)', () => {
  /** The search page, merging `count - 1` bundles into the first as src/pages/search.astro does. */
  const searchPage = (site: string, count: number) => {
    const file = join(site, 'search', 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    const merged = mergedBundles(count).join(' ');
    writeFileSync(
      file,
      `<!doctype html><pagefind-config bundle-path="/pagefind/" excerpt-length="24"${merged ? ` data-merge-bundles="${merged}"` : ''}></pagefind-config>`,
    );
  };
  const words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India'];
  const shardFiles = (site: string, shard: number) =>
    readdirSync(join(site, shardFolder(shard)), { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(join(site, shardFolder(shard), file)).isFile())
      .map((file) => [file, inode(join(site, shardFolder(shard), file))] as const);

  it('puts each page in one shard, indexes again only the shard of a changed page, and matches a cold build', async () => {
    const site = join(base, 'shards');
    const cache = join(base, 'shards-cache');
    for (const word of words) page(site, `news/${word.toLowerCase()}`, `${word} substations`);
    searchPage(site, 3);
    expect(await writeSearchIndex(site, cache)).toEqual({ pages: 9, shards: 3, indexed: 3 });
    const urlsIn = (shard: number) =>
      fragmentTexts(site, shardFolder(shard)).map((text) => JSON.parse(text.slice(12)).url);
    const shards = [0, 1, 2].map(urlsIn);
    expect(shards.flat().sort()).toEqual(words.map((w) => `/news/${w.toLowerCase()}/`).sort());
    for (const [shard, urls] of shards.entries()) for (const url of urls) expect(shardOf(url, 3)).toBe(shard);

    // One page changes: its shard alone is written again; the others' files are the same files.
    const changed = shardOf('/news/echo/', 3);
    const before = [0, 1, 2].map((shard) => shardFiles(site, shard));
    page(site, 'news/echo', 'Echo switchyards');
    expect(await writeSearchIndex(site, cache)).toEqual({ pages: 9, shards: 3, indexed: 1 });
    for (const shard of [0, 1, 2].filter((s) => s !== changed))
      expect(shardFiles(site, shard)).toEqual(before[shard]);
    expect(fragmentTexts(site, shardFolder(changed)).join('\n')).toContain('Echo switchyards');

    const cold = join(base, 'shards-cold');
    cpSync(site, cold, { recursive: true, filter: (from) => !/pagefind/.test(from) });
    expect(await writeSearchIndex(cold, join(base, 'shards-cold-cache'))).toEqual({
      pages: 9,
      shards: 3,
      indexed: 3,
    });
    expect(distDifferences(site, cold)).toEqual([]);

    // Fewer shards (the page says two): everything is placed again, the third bundle goes.
    searchPage(site, 2);
    expect(await writeSearchIndex(site, cache)).toEqual({ pages: 9, shards: 2, indexed: 2 });
    expect(
      readdirSync(site)
        .filter((name) => name.startsWith('pagefind'))
        .sort(),
    ).toEqual(['pagefind', 'pagefind-2']);
    expect(readdirSync(dirname(cache)).filter((name) => name.startsWith('shards-cache'))).not.toContain(
      'shards-cache-3',
    );
  });

  it('keeps a page in its shard when the archive grows one, or moves it to the new one', () => {
    const urls = Array.from({ length: 6000 }, (_, i) => `/news/story-${i}/`);
    const five = urls.map((url) => shardOf(url, 5));
    const six = urls.map((url) => shardOf(url, 6));
    const moved = urls.filter((_, i) => five[i] !== six[i]);
    expect(urls.filter((_, i) => five[i] !== six[i] && six[i] !== 5)).toEqual([]);
    // About one page in six moves, and the six shards come out about even.
    expect(moved.length).toBeGreaterThan(800);
    expect(moved.length).toBeLessThan(1200);
    for (let shard = 0; shard < 6; shard++)
      expect(six.filter((s) => s === shard).length).toBeGreaterThan(850);
  });

  it('gives a large archive an even number of shards, one round of indexing per two', () => {
    const counts = [1, 1000, 2000, 2001, 4000, 4001, 10_000, 30_000].map((stories) =>
      shardCount(stories, 2000),
    );
    expect(counts).toEqual([1, 1, 1, 2, 2, 4, 6, 16]);
    expect(SHARDS_AT_ONCE).toBe(2);
  });

  it('refuses a shard with no page to index, naming the setting', async () => {
    const site = join(base, 'shards-empty');
    page(site, 'news/a', 'Kilo cables');
    page(site, 'news/b', 'Lima pylons');
    searchPage(site, 8);
    await expect(writeSearchIndex(site, join(base, 'shards-empty-cache'))).rejects.toThrow(
      /drew no page with a search body: too many shards for \d+ pages \(GIGAWATT_SEARCH_SHARD_STORIES/,
    );
  });

  it('refuses a search page whose merged bundles are not the shards', async () => {
    const site = join(base, 'shards-wrong');
    page(site, 'news/a', 'Juliet cables');
    mkdirSync(join(site, 'search'), { recursive: true });
    writeFileSync(join(site, 'search', 'index.html'), '<pagefind-config data-merge-bundles="/pagefind-3/">');
    await expect(writeSearchIndex(site, join(base, 'shards-wrong-cache'))).rejects.toThrow(
      /merges the bundles "\/pagefind-3\/", not \/pagefind-2\//,
    );
  });
});
