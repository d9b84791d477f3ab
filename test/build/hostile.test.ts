/**
 * Hostile text in fields that are not story bodies: a site text with raw HTML, an author
 * whose name and bio hold markup, a headline with tags in it, a story saved with a UTF-8
 * byte-order mark, a fact label with tags. One fixture build; every place the text is written (page, feed, digest,
 * JSON-LD, Markdown twin) shows its characters and never runs or renders its markup.
 */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../../scripts/lib/astro.ts';
import { allFiles } from '../support/dist.ts';
import { script } from '../support/scripts.ts';
import { FIXTURE_SITE, FIXTURE_STORY, fixtureCopy } from '../support/fixture.ts';

const HOSTILE_HTML =
  '<script>alert(1)</script><img src=x onerror=alert(2)><iframe src="https://evil.test"></iframe>';

const site = fixtureCopy({
  'pages/corrections-policy.md': `---
title: Our corrections policy
description: How we correct our mistakes, in one sentence.
---

We fix mistakes. ${HOSTILE_HTML}

[Click me](javascript:alert(3)) and [a data link](data:text/html,hi).
`,
  'authors/ada.yaml':
    'name: "Ada <script>alert(4)</script> Lovelace"\nrole: Reporter\nbio: "Writes on grids. <img src=x onerror=alert(5)>"\n',
  'articles/tagged-headline.mdx':
    FIXTURE_STORY.replace(
      'title: A lint fixture headline',
      'title: "Grid <b>bold</b> & <script>alert(6)</script> story"',
    ).replace('publishedAt: 2026-05-01', 'publishedAt: 2026-04-20') + 'A body for the story.\n',
  // A fact's label: shown on /facts/, in figure notes under a story, and in its Markdown twin.
  'facts/fixture-site-capacity.yaml': readFileSync(
    join(FIXTURE_SITE, 'facts', 'fixture-site-capacity.yaml'),
    'utf8',
  ).replace(
    "label: Capacity of Fixture Grid Co's leased site",
    'label: "Capacity of the <b>bold</b> leased site"',
  ),
  'articles/with-bom.mdx': `\uFEFF${FIXTURE_STORY.replace('title: A lint fixture headline', 'title: A story saved by a Windows editor').replace('publishedAt: 2026-05-01', 'publishedAt: 2026-04-21')}A body after a byte-order mark.\n`,
});
const dist = join(site.work, 'root', 'dist');

/** Elements and attributes the hostile text would become if it were rendered as markup. */
function liveMarkup(html: string): string[] {
  const $ = load(html);
  return [
    ...$('script:not([type="application/ld+json"])')
      .toArray()
      .filter((el) => /alert\(/.test($(el).text()))
      .map((el) => $.html(el).slice(0, 120)),
    ...$('img[onerror]')
      .toArray()
      .map(() => 'img onerror'),
    ...$('iframe')
      .toArray()
      .map(() => 'iframe'),
    ...$('a[href^="javascript:"], a[href^="data:"]')
      .toArray()
      .map(() => 'script link'),
    ...$('b')
      .toArray()
      .filter((el) => $(el).text() === 'bold')
      .map(() => '<b> from a headline'),
  ];
}

/** The feed fields readers render as HTML, joined. */
function htmlFieldsOf(xml: string): string {
  const parsed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml) as {
    rss?: { channel?: { description?: string; item?: unknown } };
  };
  const channel = parsed.rss?.channel;
  if (!channel) return '';
  const items = (Array.isArray(channel.item) ? channel.item : channel.item ? [channel.item] : []) as {
    description?: string;
    'content:encoded'?: string;
  }[];
  return [channel.description, ...items.flatMap((i) => [i.description, i['content:encoded']])]
    .filter((v) => typeof v === 'string')
    .join('\n');
}

/** Raw HTML that a Markdown renderer would pass through. */
const RAW_IN_MARKDOWN = [/<script>alert/, /<img[^>]*onerror/i, /<iframe/i, /<b>bold/];

beforeAll(async () => {
  const lint = await script('lint-content', [], site.dir);
  // The site text's two script links are the linter's errors, and npm run build would stop
  // there; Astro's own build (below, without the linter) must still write neither live.
  expect(lint.out.match(/corrections-policy\.md:\d+:\d+: error [a-z-]+/g), lint.out).toEqual([
    expect.stringMatching(/:8:1: error link-scheme$/),
    expect.stringMatching(/:8:37: error link-scheme$/),
  ]);
  expect(lint.out).toMatch(/^2 error\(s\)/m);
  const build = await runAstro('build', site.dir, site.work);
  expect(build.ok, build.output).toBe(true);
}, 240_000);
afterAll(() => site.cleanup());

describe('hostile text is escaped everywhere it is written', () => {
  it('writes no live markup into any page, feed, twin or JSON-LD', () => {
    // JSON Feed titles are plain text by its spec; JSON-LD is checked in the page below.
    for (const file of allFiles(dist).filter((f) => /\.(html|xml|md)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('.md')) {
        for (const pattern of RAW_IN_MARKDOWN) expect(pattern.test(text), `${file} ${pattern}`).toBe(false);
        continue;
      }
      // A feed reader renders an item's or channel's description and content:encoded as
      // HTML (titles and creators as text): those, as the XML parser hands them over.
      const html = file.endsWith('.xml') ? htmlFieldsOf(text) : text;
      expect(liveMarkup(html), file).toEqual([]);
    }
  });

  it('shows the site text words on /corrections/, without its markup', () => {
    const $ = load(readFileSync(join(dist, 'corrections', 'index.html'), 'utf8'));
    const policy = $('#policy');
    expect(policy.text()).toContain('We fix mistakes.');
    expect(policy.text()).toContain('<script>alert(1)</script>');
    expect(policy.find('script, img, iframe').length).toBe(0);
    expect(policy.find('a[href^="javascript:"], a[href^="data:"]').length).toBe(0);
    expect(policy.text()).toContain('Click me');
  });

  it("gives an author's feed the name and bio as text in a feed reader", async () => {
    const feed = await new Parser().parseString(
      readFileSync(join(dist, 'authors', 'ada', 'rss.xml'), 'utf8'),
    );
    // rss-parser hands over the description as a reader would render it: entities, not tags.
    expect(feed.description).toContain('Ada &lt;script&gt;alert(4)&lt;/script&gt; Lovelace');
    expect(feed.description).not.toMatch(/<script/);
    const $ = load(readFileSync(join(dist, 'authors', 'ada', 'index.html'), 'utf8'));
    expect($('main').text()).toContain('Ada <script>alert(4)</script> Lovelace');
  });

  it('keeps a headline with tags as text in the digest feed, JSON-LD and the twin', () => {
    const digest = readFileSync(join(dist, 'digest.xml'), 'utf8');
    expect(digest).toContain('Grid &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;');
    const page = readFileSync(join(dist, 'news', 'tagged-headline', 'index.html'), 'utf8');
    for (const json of load(page)('script[type="application/ld+json"]')
      .toArray()
      .map((s) => load(s).text())) {
      expect(json).not.toContain('</script');
    }
    expect(page).toContain('Grid &lt;b&gt;bold&lt;/b&gt;');
    const twin = readFileSync(join(dist, 'news', 'tagged-headline.md'), 'utf8');
    expect(twin).toContain('# Grid &lt;b>bold&lt;/b> & &lt;script>alert(6)&lt;/script> story');
    const llms = readFileSync(join(dist, 'llms.txt'), 'utf8');
    expect(llms).toContain('[Grid &lt;b>bold&lt;/b> & &lt;script>alert(6)&lt;/script> story]');
    expect(llms).not.toContain('<script>alert(6)');
  });

  it('accepts a story saved with a byte-order mark, as written', () => {
    const $ = load(readFileSync(join(dist, 'news', 'with-bom', 'index.html'), 'utf8'));
    expect($('h1').text()).toContain('A story saved by a Windows editor');
  });
});
