/**
 * The fixture site (test/fixtures/site), built with the real project code by the global
 * setup: checks the HTML that came out.
 */
import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runAstro } from '../../scripts/lib/astro.ts';
import { ROOT } from '../../scripts/lib/root.ts';
import { distDifferences, htmlFiles, loadPages, page, sitePaths } from '../support/dist.ts';
import { guidOf, readRss } from '../support/feeds.ts';
import { FIXTURE_ENV } from '../support/fixture.ts';
import { nodes, ofType } from '../support/jsonld.ts';

let pages: Map<string, CheerioAPI>;
let dist: string;
let firstBuild: string;

beforeAll(() => {
  firstBuild = inject('fixtureBuildLog');
  dist = inject('fixtureDist');
  pages = loadPages(dist);
});

describe('fixture site build', () => {
  it('builds the pages readers need', () => {
    for (const path of [
      '/',
      '/news/grid-story/',
      '/news/second-story/',
      '/topics/',
      '/topics/grid/',
      '/topics/chips/',
      '/authors/ada/',
      '/compare/',
      '/compare/two-sites/',
      '/about/',
      '/404.html',
    ]) {
      expect(pages.has(path), `missing ${path}`).toBe(true);
    }
  });

  it('never publishes drafts or future-dated stories, anywhere', () => {
    expect(pages.has('/news/secret-draft/')).toBe(false);
    expect(pages.has('/news/future-story/')).toBe(false);
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toContain('This draft must never be published');
      expect(html, file).not.toContain('secret-draft');
      expect(html, file).not.toContain('future-story');
    }
  });

  it('puts the newest story first as the lead', () => {
    const $ = page(pages, '/');
    expect($('.lead .card-title a').attr('href')).toBe('/news/grid-story/');
    expect($('.lead .card-title').text().trim()).toBe('The grid decides where compute goes');
  });

  it('renders the article: headline, dek, byline, dates, takeaway, body, FAQ, sources', () => {
    const $ = page(pages, '/news/grid-story/');
    expect($('h1').text().trim()).toBe('The grid decides where compute goes');
    expect($('.lede').text()).toContain('A fixture article with an FAQ');
    expect($('.byline a[rel="author"]').attr('href')).toBe('/authors/ada/');
    expect($('.byline time').first().attr('datetime')).toBe('2026-05-01T03:00:00.000Z');
    // Updated: the latest of updatedAt and the story's corrections and updates.
    expect($('.byline time').eq(1).attr('datetime')).toBe('2026-05-04T00:00:00.000Z');
    expect($('.byline').text()).toMatch(/\d+ min read/);
    expect($('.takeaway').text()).toContain('Power first, land second.');
    expect($('.body h2#a-section-heading a.heading-link').attr('href')).toBe('#a-section-heading');
    expect($('#sources + ol li').first().text()).toContain('Fixture Wire');
    expect($('#sources + ol a').attr('href')).toBe('https://example.com/report');
  });

  it('gives every FAQ question a stable h3 id and renders answers as Markdown', () => {
    const $ = page(pages, '/news/grid-story/');
    const ids = $('.faq h3')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(ids).toEqual(['why-does-the-grid-matter', 'who-says-so', 'can-an-answer-hold-script-quoted-text']);
    expect($('.faq .answer strong').first().text()).toBe('power');
  });

  it('renders MDX components without imports, and comparison tables accessibly', () => {
    const $ = page(pages, '/news/grid-story/');
    const table = $('figure.comparison table');
    // The caption sits outside the scroller (never cut on a phone) and names the table and its region.
    const caption = $('figure.comparison > figcaption.table-caption');
    expect(caption.text()).toBe('Two fixture sites compared.');
    // The table itself carries the same text as its <caption> (for validators and screen readers).
    expect(table.find('caption').text()).toBe('Two fixture sites compared.');
    expect($('figure.comparison .table-scroll[tabindex="0"]').attr('aria-labelledby')).toBe(
      caption.attr('id'),
    );
    expect(table.find('thead th[scope="col"]')).toHaveLength(2);
    expect(table.find('tbody th[scope="row"]').first().text()).toBe('North');
    expect($('figure.comparison .table-source').text()).toContain('Fixture Wire');
    expect($('.pull-quote blockquote').text()).toContain('power is the constraint');
    expect($('.pull-quote figcaption').text()).toBe('An analyst, to Fixture Wire');
    expect($('.callout').text()).toContain('A callout body.');
    // A plain Markdown (GFM) table renders as a table too.
    expect($('.body > table td').first().text()).toBe('1');
  });

  it('lists the articles that use a comparison on its own page', () => {
    const $ = page(pages, '/compare/two-sites/');
    expect($('.table-caption').text()).toBe('Two fixture sites compared.');
    expect($('.card-title a').attr('href')).toBe('/news/grid-story/');
  });

  it('links topics and authors to pages that exist', () => {
    for (const [path, $] of pages) {
      $('a[href^="/topics/"], a[href^="/authors/"], a[href^="/news/"], a[href^="/compare/"]').each(
        (_, el) => {
          const href = $(el).attr('href')!.split('#')[0]!;
          expect(pages.has(href) || existsSync(join(dist, href)), `${path} links to ${href}`).toBe(true);
        },
      );
    }
  });

  it('gives every page lang, title, description, canonical URL, skip link and zero scripts but search', () => {
    for (const [path, $] of pages) {
      expect($('html').attr('lang'), path).toBe('en');
      expect($('title').text().length, path).toBeGreaterThan(0);
      expect($('meta[name="description"]').attr('content')?.length, path).toBeGreaterThan(0);
      expect($('link[rel="canonical"]').attr('href'), path).toMatch(/^https?:\/\//);
      expect($('a.skip-link').attr('href'), path).toBe('#main');
      expect($('#main').length, path).toBe(1);
      // Only /search/ (pagefind's UI and the ?q= prefill) and /tracker/ (sort and filter) run JavaScript.
      const scripts = $('script:not([type="application/ld+json"], [type="text/pagefind-template"])').length;
      expect(scripts, path).toBe(path === '/search/' ? 2 : path === '/tracker/' ? 1 : 0);
    }
  });

  it('keeps hostile FAQ text inside JSON-LD and the DOM intact', () => {
    const hostile = '</script><!-- "quoted" \u2028';
    const $ = page(pages, '/news/grid-story/');
    const faq = ofType(nodes($, '/news/grid-story/'), 'FAQPage')[0]!;
    expect(faq.name).toBe(`Grid questions ${hostile} & more`);
    const questions = faq.mainEntity as { name: string; acceptedAnswer: { text: string } }[];
    expect(questions[2]!.name).toBe(`Can an answer hold ${hostile} text?`);
    // The answer is Markdown, so typography applies; what the page shows is what JSON-LD says.
    const answerText = load(questions[2]!.acceptedAnswer.text).text().trim();
    expect(answerText).toContain('</script><!');
    expect(answerText).toBe($('.faq .answer').last().text().trim());
    // The raw HTML never holds the hostile string outside escaped form.
    const html = readFileSync(join(dist, 'news/grid-story/index.html'), 'utf8');
    const ldBlock = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!;
    expect(ldBlock).not.toMatch(/[<>\u2028\u2029]/);
    // The DOM after the FAQ is all there: the answer is text, sources and footer follow.
    expect($('.faq .answer').last().text()).toContain('</script><!');
    expect($('script').length).toBe(1);
    expect($('#sources').length).toBe(1);
    expect($('footer.site-footer').length).toBe(1);
  });

  it('ends a story with related stories that share a topic, outside the search index', () => {
    const related = (path: string) => {
      const $ = page(pages, path);
      expect($('[data-pagefind-body] .related').length, path).toBe(0);
      return $('.related[data-pagefind-ignore] .card-title a')
        .map((_, a) => $(a).attr('href'))
        .get();
    };
    // Only grid-story shares "grid" with image-story; the grid draft and future story never show.
    expect(related('/news/image-story/')).toEqual(['/news/grid-story/']);
    // Each of these shares one topic with grid-story: newest first.
    expect(related('/news/grid-story/')).toEqual([
      '/news/second-story/',
      '/news/escaping-story/',
      '/news/image-story/',
    ]);
  });

  it('warns, naming the story, when a card cannot draw a character of its text', () => {
    expect(firstBuild).toMatch(/warning: article\/escaping-story: the card font cannot draw ⚡/);
  });

  it('keeps the build log free of per-article bundler noise (withastro/astro#18087)', () => {
    expect(firstBuild).toContain('[build] Complete!');
    expect(firstBuild).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });

  it('renders social cards once, and a second build of the same content is byte-identical', async () => {
    expect(firstBuild).toMatch(/social cards: \d+ rendered, \d+ from cache/);
    // Into a work folder of its own: the first build's dist/ stays as the other tests read it.
    const work = join(ROOT, 'test-output', 'fixture-rebuild');
    rmSync(work, { recursive: true, force: true });
    const again = await runAstro('build', inject('fixtureContent'), work, FIXTURE_ENV);
    expect(again.ok, again.output).toBe(true);
    expect(again.output).toMatch(/social cards: 0 rendered, [1-9]\d* from cache/);
    expect(distDifferences(dist, join(work, 'root', 'dist'))).toEqual([]);
  });

  it('shows a correction under the dek, in JSON-LD, the feeds, the sitemap and /corrections/', async () => {
    const $ = page(pages, '/news/grid-story/');
    expect($('header .corrections').text()).toContain('May 4, 2026');
    expect($('.corrections').text()).toContain('It is 1 GW, per Fixture Wire.');
    expect($('.updates').text()).toContain('Added the regulator’s response.');
    expect($('.byline').text()).toContain('Updated May 4, 2026');
    const [article] = ofType(nodes($, '/news/grid-story/'), 'NewsArticle');
    expect(article!.dateModified).toBe('2026-05-04T00:00:00.000Z');
    expect(article!.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: "An earlier version gave the site's capacity as 10 GW. It is **1 GW**, per Fixture Wire.",
        datePublished: '2026-05-04T00:00:00.000Z',
      },
    ]);
    // The feed item keeps its guid (the story URL) so readers do not see the story twice.
    const item = readRss(join(dist, 'rss.xml')).item!.find((i) =>
      String(i.link).endsWith('/news/grid-story/'),
    )!;
    expect(guidOf(item)).toBe(item.link);
    expect(item['content:encoded']).toContain('Correction (May 4, 2026)');
    expect(item['atom:updated']).toBe('2026-05-04T00:00:00.000Z');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toMatch(
      /news\/grid-story\/<\/loc><lastmod>2026-05-04T00:00:00\.000Z<\/lastmod>/,
    );
    const $list = page(pages, '/corrections/');
    expect($list('.list li')).toHaveLength(1);
    expect($list('.list a').attr('href')).toBe('/news/grid-story/#corrections');
    const feed = await new Parser().parseString(readFileSync(join(dist, 'corrections.xml'), 'utf8'));
    expect(feed.items.map((i) => i.title)).toEqual(['Correction: The grid decides where compute goes']);
    expect(page(pages, '/about/')('a[href="/corrections/"]').length).toBe(1);
  });

  it('gives every story a Markdown twin with the same text, linked from the page, and an llms.txt', () => {
    const $ = page(pages, '/news/grid-story/');
    expect($('link[rel="alternate"][type="text/markdown"]').attr('href')).toBe('/news/grid-story.md');
    const twin = readFileSync(join(dist, 'news', 'grid-story.md'), 'utf8');
    expect(twin).toMatch(/^# The grid decides where compute goes\n/);
    expect(twin).toContain('**Correction (May 4, 2026):**');
    expect(twin).toMatch(/^\| Site \| Power \|$/m); // the comparison, as a Markdown table
    expect(twin).toContain('### Why does the grid matter?');
    expect(twin).toMatch(
      /## Sources\n\n- Fixture Wire: \[A fixture report\]\(https:\/\/example\.com\/report\)/,
    );
    // Every paragraph of the page's body reads the same in the twin (markup aside).
    const plain = twin.replace(/[*_`\\]/g, '').replace(/\s+/g, ' ');
    $('.body > p').each((_, p) => {
      expect(plain).toContain($(p).text().replace(/\s+/g, ' ').trim());
    });
    expect(existsSync(join(dist, 'news', 'secret-draft.md'))).toBe(false);
    expect(existsSync(join(dist, 'news', 'future-story.md'))).toBe(false);
    const llms = readFileSync(join(dist, 'llms.txt'), 'utf8');
    expect(llms).toMatch(/^# Gigawatt\n/);
    expect(llms).toContain('/news/grid-story.md)');
  });

  it('gives each reporter a feed, lists every feed on /feeds/ and in an OPML file that resolves', () => {
    const $author = page(pages, '/authors/ada/');
    expect($author('link[rel="alternate"][href="/authors/ada/rss.xml"]').length).toBe(1);
    const items = readRss(join(dist, 'authors', 'ada', 'rss.xml')).item!;
    expect(items.length).toBe($author('main .card-title a').length);
    for (const item of items) expect([item['dc:creator']].flat()).toContain('Ada Fixture');
    const opml = new XMLParser({ ignoreAttributes: false }).parse(
      readFileSync(join(dist, 'feeds.opml'), 'utf8'),
    );
    expect(opml.opml['@_version']).toBe('2.0');
    const outlines = [opml.opml.body.outline]
      .flat()
      .flatMap((group: { outline: unknown }) => [group.outline].flat()) as { '@_xmlUrl': string }[];
    const xmlPaths = outlines.map((o) => new URL(o['@_xmlUrl']).pathname);
    expect(xmlPaths).toEqual(
      expect.arrayContaining([
        '/rss.xml',
        '/corrections.xml',
        '/topics/grid/rss.xml',
        '/authors/ada/rss.xml',
      ]),
    );
    for (const path of xmlPaths) expect(existsSync(join(dist, path)), path).toBe(true);
    const $feeds = page(pages, '/feeds/');
    const listed = $feeds('.feeds a')
      .map((_, a) => $feeds(a).attr('href'))
      .get();
    expect(listed).toEqual(expect.arrayContaining([...xmlPaths, '/feed.json']));
  });

  it('publishes a weekly digest of each ended ISO week: pages, and a feed of email-safe items', () => {
    // Fixture stories: 1 Feb (Sunday, W05), 1 Mar (Sunday, W09), 1 Apr (W14), 1 May 12:00
    // in Tokyo = 03:00 UTC (Friday, W18); the grid story's correction is dated Monday 4 May (W19).
    const $index = page(pages, '/digest/');
    const weeks = $index('.weeks a')
      .map((_, a) => $index(a).attr('href'))
      .get();
    expect(weeks).toEqual([
      '/digest/2026-w19/',
      '/digest/2026-w18/',
      '/digest/2026-w14/',
      '/digest/2026-w09/',
      '/digest/2026-w05/',
    ]);
    const $week = page(pages, '/digest/2026-w18/');
    expect($week('h1').text()).toBe('Week 18, 2026');
    expect($week('.lede').text()).toMatch(/^April 27\s–\sMay 3, 2026$/);
    expect($week('.stories h2 a').attr('href')).toBe('/news/grid-story/');
    expect($week('.takeaway').text()).toContain('Key takeaway:');
    expect($week('link[rel="alternate"][href="/digest.xml"]').length).toBe(1);
    const $corrections = page(pages, '/digest/2026-w19/');
    expect($corrections('#corrections + ul a').attr('href')).toBe('/news/grid-story/#corrections');
    expect($corrections('#corrections + ul').text()).toContain('It is 1 GW, per Fixture Wire.');

    const channel = readRss(join(dist, 'digest.xml'));
    const items = channel.item!;
    expect(items.map((i) => new URL(String(i.link)).pathname)).toEqual(weeks);
    // One item per week, published when the week ends (Monday 00:00 in the site's zone).
    const w18 = items[1]!;
    expect(guidOf(w18)).toBe(w18.link);
    expect(new Date(String(w18.pubDate)).toISOString()).toBe('2026-05-04T00:00:00.000Z');
    const html = w18['content:encoded'];
    expect(html).toContain('The grid decides where compute goes');
    expect(html).toMatch(/<table role="presentation"/);
    expect(html).not.toMatch(/\sclass=|<script|<style|href="\//);
    expect(items[0]!['content:encoded']).toContain('Corrections this week');
    // The future story never reaches a digest.
    expect(readFileSync(join(dist, 'digest.xml'), 'utf8')).not.toContain('future-story');
  });

  it('names the WebSub hub in every feed when one is set', () => {
    for (const feed of [
      'rss.xml',
      'digest.xml',
      'corrections.xml',
      'topics/grid/rss.xml',
      'authors/ada/rss.xml',
    ]) {
      const links = readRss(join(dist, feed))['atom:link'] as Record<string, string>[];
      expect(links.find((l) => l['@_rel'] === 'hub')?.['@_href'], feed).toBe(FIXTURE_ENV.WEBSUB_HUB);
      expect(links.find((l) => l['@_rel'] === 'self')?.['@_href'], feed).toMatch(new RegExp(`/${feed}$`));
    }
    const json = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8'));
    expect(json.hubs).toEqual([{ type: 'WebSub', url: FIXTURE_ENV.WEBSUB_HUB }]);
  });

  it('links each page to its own feeds in <head>', () => {
    const feedsOf = (path: string) => {
      const $ = page(pages, path);
      return $('head link[rel="alternate"][type="application/rss+xml"]')
        .map((_, l) => $(l).attr('href'))
        .get();
    };
    expect(feedsOf('/news/grid-story/')).toEqual(
      expect.arrayContaining([
        '/rss.xml',
        '/topics/grid/rss.xml',
        '/topics/chips/rss.xml',
        '/authors/ada/rss.xml',
      ]),
    );
    expect(feedsOf('/topics/grid/')).toContain('/topics/grid/rss.xml');
    expect(feedsOf('/corrections/')).toContain('/corrections.xml');
    expect(feedsOf('/digest/')).toContain('/digest.xml');
    // The corrections policy comes from content/pages/ and the About page links it.
    expect(page(pages, '/corrections/')('#policy').text()).toContain('Fixture policy text');
    expect(page(pages, '/about/')('a[href="/corrections/#policy"]').length).toBe(1);
  });

  it('writes feed items as email-safe HTML: callouts, quotes, tables and JPEG images at most 600 px', () => {
    const items = readRss(join(dist, 'rss.xml')).item!;
    const byPath = (path: string) => items.find((i) => String(i.link).endsWith(path))!;
    const grid = load(byPath('/news/grid-story/')['content:encoded']);
    // A callout: a bordered block, its title in bold, its body inside.
    const callout = grid('div[style*="border"]');
    expect(callout.find('strong').first().text()).toBe('Note');
    expect(callout.text()).toContain('A callout body.');
    // A pull quote: a blockquote with its attribution.
    const quote = grid('blockquote').filter((_, b) => grid(b).text().includes('power is the constraint'));
    expect(quote.text()).toContain('“power is the constraint”');
    expect(quote.text()).toContain('— An analyst, to Fixture Wire');
    // A table keeps its caption inside it.
    expect(grid('table[border="1"] caption').text()).toBe('Two fixture sites compared.');

    const image = byPath('/news/image-story/');
    const $ = load(image['content:encoded']);
    const imgs = $('img');
    // The story's own image leads, with its alt text; the inline one follows.
    expect($.root().children().first().find('img').attr('alt')).toBe(
      'A substation yard at dusk, drawn as two flat rectangles.',
    );
    expect(imgs.length).toBe(2);
    imgs.each((_, img) => {
      expect($(img).attr('src')).toMatch(/^https:\/\/.*\.jpe?g$/);
      expect(Number($(img).attr('width'))).toBeLessThanOrEqual(600);
      expect($(img).attr('style')).toBe('max-width:100%;height:auto');
      expect(existsSync(join(dist, new URL($(img).attr('src')!).pathname))).toBe(true);
    });
    // media:content is the page's own share image.
    const og = page(pages, '/news/image-story/')('meta[property="og:image"]').attr('content');
    expect((image['media:content'] as Record<string, string>)['@_url']).toBe(og);
  });

  it('writes no news sitemap when no story is two days old, and robots.txt does not name one', () => {
    // The fixture stories are months old: an empty <urlset> would be invalid against the
    // sitemap schema, so the file is not written (the site plan's unit tests cover the rest).
    expect(existsSync(join(dist, 'news-sitemap.xml'))).toBe(false);
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).not.toContain('news-sitemap');
    expect(robots).toMatch(/Sitemap: https:\/\/.*\/sitemap-index\.xml/);
  });

  it('shows titles and deks as text in a real feed reader (rss-parser)', async () => {
    const feed = await new Parser().parseString(readFileSync(join(dist, 'rss.xml'), 'utf8'));
    const item = feed.items.find((i) => i.title === 'Chips & "grids" <fast> ⚡ at 1 GW');
    expect(item, 'feed item with the hostile title').toBeDefined();
    // A reader treats <description> as HTML: the dek must come out word for word.
    expect(item!.contentSnippet).toBe(
      "A fixture story whose title and body hold ampersands, angle brackets, quotes and emoji: DeepSeek's <think> blocks, AT&T, </script><!-- and “curly” too.",
    );
  });

  it('escapes titles and bodies in feeds so the text round-trips', () => {
    const title = 'Chips & "grids" <fast> ⚡ at 1 GW';
    const items = readRss(join(dist, 'rss.xml')).item!;
    const item = items.find((i) => i.title === title)!;
    expect(item, 'feed item with the hostile title').toBeDefined();
    const text = load(item['content:encoded']).text();
    expect(text).toContain('Body with AT&T, 3 < 4,');
    expect(text).toContain('🔌');
    const json = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8'));
    expect(json.items.map((i: { title: string }) => i.title)).toContain(title);
  });

  it('keeps drafts and future stories out of every feed and the sitemap', () => {
    const feeds = ['rss.xml', 'feed.json', 'topics/grid/rss.xml', 'sitemap-0.xml'];
    for (const file of feeds) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text, file).not.toContain('secret-draft');
      expect(text, file).not.toContain('future-story');
    }
    expect(readRss(join(dist, 'rss.xml')).item!.map(guidOf)).toHaveLength(4);
  });

  it("uses an article's own image, resized to 1200x630, as its share image and shows it", async () => {
    const $ = page(pages, '/news/image-story/');
    const image = $('meta[property="og:image"]').attr('content')!;
    expect(image).toMatch(/^https:\/\/.*\/_astro\/substation\.[^/]+\.jpe?g$/);
    const { width, height } = await sharp(join(dist, new URL(image).pathname)).metadata();
    expect([width, height]).toEqual([1200, 630]);
    expect($('meta[property="og:image:alt"]').attr('content')).toBe(
      'A substation yard at dusk, drawn as two flat rectangles.',
    );
    expect($('.lead-image img').attr('alt')).toBe('A substation yard at dusk, drawn as two flat rectangles.');
  });

  it("lists the share image and 4:3 and 1:1 crops of an article's own image in NewsArticle", async () => {
    const $ = page(pages, '/news/image-story/');
    const [article] = ofType(nodes($, '/news/image-story/'), 'NewsArticle');
    const images = article!.image as string[];
    expect(images[0]).toBe($('meta[property="og:image"]').attr('content'));
    const sizes = await Promise.all(
      images.map(async (url) => {
        const { width, height } = await sharp(join(dist, new URL(url).pathname)).metadata();
        return [width, height];
      }),
    );
    expect(sizes).toEqual([
      [1200, 630],
      [1200, 900],
      [1000, 1000], // the source is 1600x1000: the largest square it fills, not an enlargement
    ]);
    // Without its own image, a story lists its card only.
    const [plain] = ofType(nodes(page(pages, '/news/grid-story/'), '/news/grid-story/'), 'NewsArticle');
    expect(plain!.image).toEqual([expect.stringMatching(/\/og\/article\/grid-story\.png$/)]);
  });
});

describe('the site plan is what the build wrote', () => {
  /** Pages, story twins and cards: what the plan must account for one by one. */
  const PAGE_FILES = /(?:\/index\.html|^\/news\/[^/]+\.md|^\/og\/.+\.png)$/;
  /** Ids every page has: the header's search box, the skip-link target, the footer. */
  const CHROME = ['site-search', 'main', 'subscribe'];

  it('plans exactly the pages, twins and cards in dist/, and each page has exactly its anchors', async () => {
    const { buildContentIndex } = await import('../../scripts/lib/lint/content-index.ts');
    const plan = buildContentIndex(inject('fixtureContent'), new Date()).plan;
    const fileOf = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);
    const planned = new Set(plan.routes.map((r) => fileOf(r.path)).filter((p) => p !== '/sitemap-index.xml'));
    const built = new Set(sitePaths(dist).filter((p) => PAGE_FILES.test(p)));
    const plannedPages = [...planned].filter((p) => PAGE_FILES.test(p));
    expect(
      plannedPages.filter((p) => !built.has(p)),
      'planned, not built',
    ).toEqual([]);
    expect(
      [...built].filter((p) => !planned.has(p)),
      'built, not planned',
    ).toEqual([]);
    for (const route of plan.routes.filter((r) => r.anchors)) {
      const html = readFileSync(join(dist, fileOf(route.path)), 'utf8');
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((id) => !CHROME.includes(id));
      expect(new Set(ids), route.path).toEqual(new Set(route.anchors));
    }
  });
});

describe('pictures', () => {
  it('serves lead and body images as AVIF and WebP with srcset and sizes', () => {
    const $ = page(pages, '/news/image-story/');
    const pictures = $('main article picture');
    // The lead image and the one in the body.
    expect(pictures.length).toBeGreaterThanOrEqual(2);
    pictures.each((_, picture) => {
      const types = $(picture)
        .find('source')
        .toArray()
        .map((s) => $(s).attr('type'));
      expect(types).toEqual(['image/avif', 'image/webp']);
      $(picture)
        .find('source')
        .each((_, source) => {
          expect($(source).attr('srcset')!.split(',').length).toBeGreaterThanOrEqual(2);
          expect($(source).attr('sizes')).toBeTruthy();
        });
      const img = $(picture).find('img');
      expect(img.attr('alt')).toBeTruthy();
      expect(Number(img.attr('width'))).toBeGreaterThan(0);
    });
  });
});
