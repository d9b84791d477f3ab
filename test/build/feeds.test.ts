/** RSS, topic feeds, JSON Feed, sitemap and robots.txt of the real site, parsed. */
import { load } from 'cheerio';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/site.config.ts';
import { loadPages } from '../support/dist.ts';
import { guidOf, readRss, type RssItem } from '../support/feeds.ts';

let dist: string;
beforeAll(() => {
  dist = inject('siteDist');
});

const ORIGIN = new URL(DEFAULT_SITE_URL).origin;
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

function feedFiles(): string[] {
  const topics = readdirSync(join(dist, 'topics'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, 'topics', entry.name, 'rss.xml')))
    .map((entry) => join('topics', entry.name, 'rss.xml'));
  return ['rss.xml', ...topics];
}

/** Everything an email client would choke on or resolve against the wrong host. */
function checkSelfContained(html: string, where: string) {
  const $ = load(html);
  expect($('script, style, link, iframe, form').length, where).toBe(0);
  $('*').each((_, el) => {
    for (const [name, value] of Object.entries(
      (el as unknown as { attribs: Record<string, string> }).attribs,
    )) {
      expect(name.startsWith('on'), `${where}: ${name}=`).toBe(false);
      expect(['class', 'id'].includes(name), `${where}: ${name}=`).toBe(false);
      // Inline styles only for layout an email keeps: margins, padding, rules, image sizing.
      if (name === 'style') {
        for (const rule of value.split(';').filter(Boolean))
          expect(rule.split(':')[0]!.trim(), `${where}: style="${value}"`).toMatch(
            /^(margin|padding|border|border-left|max-width|height)$/,
          );
      }
      if (name === 'href' || name === 'src') expect(value, `${where}: ${name}`).toMatch(/^(https?:|mailto:)/);
    }
  });
}

/** The published stories' page folders (not their .md twins). */
const storyFolders = (dist: string) =>
  readdirSync(join(dist, 'news')).filter((name) => !name.endsWith('.md'));

describe('RSS feeds', () => {
  it('has the main feed and one per topic, each well-formed with a complete channel', async () => {
    const files = feedFiles();
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const channel = readRss(join(dist, file));
      for (const key of ['title', 'link', 'description', 'language', 'lastBuildDate', 'ttl', 'image']) {
        expect(channel[key], `${file}: ${key}`).toBeTruthy();
      }
      expect(String(channel.lastBuildDate)).toMatch(RFC_822);
      const self = (channel['atom:link'] as { '@_rel': string; '@_href': string }[]).find(
        (l) => l['@_rel'] === 'self',
      );
      expect(self?.['@_href'], file).toBe(`${ORIGIN}/${file}`);
      // The channel image is the size the feed says (RSS caps it at 144 px wide).
      const image = channel.image as { url: string; width: number; height: number };
      expect(image.url).toBe(`${ORIGIN}/logo-144.png`);
      expect([Number(image.width), Number(image.height)]).toEqual([144, 144]);
    }
    const { width, height } = await sharp(join(dist, 'logo-144.png')).metadata();
    expect([width, height]).toEqual([144, 144]);
  });

  it('carries every published article, newest first, with complete items', () => {
    const channel = readRss(join(dist, 'rss.xml'));
    const items = channel.item ?? [];
    const articles = storyFolders(dist);
    expect(items.length).toBe(Math.min(50, articles.length));
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const guids = new Set<string>();
    for (const item of items) {
      expect(item.pubDate, item.title).toMatch(RFC_822);
      expect(guidOf(item)).toBe(item.link);
      guids.add(guidOf(item));
      expect(item.link).toMatch(new RegExp(`^${ORIGIN}/news/[^/]+/$`));
      expect(item.description.length).toBeGreaterThanOrEqual(50);
      expect([item['dc:creator']].flat().length).toBeGreaterThan(0);
      expect([item.category].flat().length).toBeGreaterThan(0);
      const enclosure = join(dist, new URL(item.enclosure['@_url']).pathname);
      expect(readFileSync(enclosure).length, item.title).toBe(Number(item.enclosure['@_length']));
      expect(item.enclosure['@_type']).toBe('image/png');
      expect(item['media:content']['@_url']).toBe(item.enclosure['@_url']);
    }
    expect(guids.size).toBe(items.length);
  });

  it('puts the whole article in content:encoded, self-contained for email', () => {
    const items = readRss(join(dist, 'rss.xml')).item!;
    for (const item of items) {
      const html = item['content:encoded'];
      checkSelfContained(html, item.title);
      const $ = load(html);
      expect($('h2').filter((_, h) => $(h).text() === 'Sources').length, item.title).toBe(1);
      // The body is there, not a summary: every paragraph of the page's body appears.
      const page = load(readFileSync(join(dist, new URL(item.link).pathname, 'index.html'), 'utf8'));
      const bodyParagraphs = page('.body > p').length;
      expect($('p').length, item.title).toBeGreaterThanOrEqual(bodyParagraphs);
      if (page('.takeaway').length) expect($('blockquote').first().text()).toContain('Key takeaway');
      if (page('.faq').length) expect($('h2').text()).toContain('Frequently asked questions');
    }
    // MDX components were rendered: an article that embeds <Comparison> has its table.
    const withTable = items.filter((item) => load(item['content:encoded'])('table caption').length > 0);
    expect(withTable.length).toBeGreaterThan(0);
    for (const item of withTable) expect(item['content:encoded']).not.toContain('<Comparison');
  });

  it('puts only a topic’s stories in its feed', () => {
    const pages = loadPages(dist);
    for (const file of feedFiles().filter((f) => f.startsWith('topics/'))) {
      const topicPath = `/${file.replace('rss.xml', '')}`;
      const onPage = pages.get(topicPath)!('.card-title a')
        .map((_, a) => `${ORIGIN}${a.attribs.href}`)
        .get();
      const inFeed = (readRss(join(dist, file)).item ?? []).map((item: RssItem) => item.link);
      expect(inFeed, file).toEqual(onPage);
    }
  });
});

describe('JSON Feed', () => {
  it('is JSON Feed 1.1 with full content and the same items as RSS', () => {
    const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBeTruthy();
    expect(feed.feed_url).toBe(`${ORIGIN}/feed.json`);
    const rssLinks = readRss(join(dist, 'rss.xml')).item!.map((item) => item.link);
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(rssLinks);
    for (const item of feed.items) {
      expect(item.content_html.length).toBeGreaterThan(500);
      checkSelfContained(item.content_html, item.id);
      expect(item.summary).toBeTruthy();
      expect(item.image).toMatch(/^https:\/\/.*\.png$/);
      expect(item.authors.length).toBeGreaterThan(0);
      expect(item.tags.length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    }
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(
      /\/feed\.json\s+Content-Type: application\/feed\+json/,
    );
  });
});

describe('discovery, sitemap and robots.txt', () => {
  it('links the feeds from every page, and topic pages link their own', () => {
    for (const [path, $] of loadPages(dist)) {
      expect($('link[rel="alternate"][type="application/rss+xml"][href="/rss.xml"]').length, path).toBe(1);
      expect($('link[rel="alternate"][type="application/feed+json"][href="/feed.json"]').length, path).toBe(
        1,
      );
      expect($('#subscribe').length, path).toBe(1);
      if (/^\/topics\/[^/]+\/$/.test(path)) {
        expect($(`link[rel="alternate"][href="${path}rss.xml"]`).length, path).toBe(1);
      }
    }
  });

  it('lists every page in the sitemap, stories with lastmod, and robots.txt points at it', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
    const index = parser.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'));
    const urls = index.sitemapindex.sitemap.flatMap(
      (s: { loc: string }) =>
        parser.parse(readFileSync(join(dist, new URL(s.loc).pathname), 'utf8')).urlset.url,
    ) as { loc: string; lastmod?: string }[];
    const news = urls.filter((u) => u.loc.includes('/news/'));
    expect(news.length).toBe(storyFolders(dist).length);
    for (const url of news) expect(Number.isNaN(Date.parse(url.lastmod!)), url.loc).toBe(false);
    expect(urls.some((u) => u.loc.includes('404'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  });
});
