/**
 * Long lists page: a build of 105 synthetic stories (21 per topic, all by one author)
 * splits the front page, topic and author pages into pages of site.pageSize.
 */
import type { CheerioAPI } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticContent } from '../../scripts/bench/synthetic.ts';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { site } from '../../src/site.config.ts';
import { runAstro } from '../../scripts/lib/astro.ts';
import { ROOT } from '../../scripts/lib/root.ts';
import { brokenLinks, loadPages, page, searchCoverage } from '../support/dist.ts';

const STORIES = 105;
let pages: Map<string, CheerioAPI>;
let dist: string;
const content = syntheticContent(STORIES);
const base = dirname(content);

beforeAll(async () => {
  const result = await runAstro('build', content, join(base, 'work'));
  expect(result.ok, result.output).toBe(true);
  dist = join(base, 'work', 'root', 'dist');
  pages = loadPages(dist);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const storyLinks = ($: CheerioAPI) =>
  $('main .card-title a')
    .map((_, a) => $(a).attr('href'))
    .get();

/** Follows "Older stories" from `first` to the end; returns each page's path and stories. */
function walk(first: string): { path: string; stories: string[] }[] {
  const seen: { path: string; stories: string[] }[] = [];
  for (let path: string | undefined = first; path;) {
    const $ = page(pages, path);
    seen.push({ path, stories: storyLinks($) });
    path = $('nav.pagination a[rel="next"]').attr('href');
    if (seen.length > 20) throw new Error('pagination does not end');
  }
  return seen;
}

describe('pagination', () => {
  it('pages the front page site.frontPages times, newest first, then hands over to the archive', () => {
    const list = walk('/');
    expect(list.map((p) => p.path)).toEqual(['/', '/2/', '/3/', '/4/', '/5/']);
    expect(list.map((p) => p.stories.length)).toEqual([20, 20, 20, 20, 20]);
    const all = list.flatMap((p) => p.stories);
    expect(new Set(all).size).toBe(100);
    // Synthetic story i is published i*7 hours after the first: newest is the highest i.
    expect(all[0]).toBe(`/news/synthetic-${STORIES - 1}/`);
    expect(pages.has('/6/')).toBe(false);
    expect([site.pageSize, site.frontPages]).toEqual([20, 5]);
    expect(page(pages, '/5/')('nav.pagination a[href="/archive/"]').text()).toContain('Older stories');
  });

  it('keeps every story in the dated archive, by month', () => {
    const $ = page(pages, '/archive/');
    const months = $('main .months a')
      .map((_, a) => $(a).attr('href'))
      .get();
    // 105 stories seven hours apart, from 2025-01-01: all in January.
    expect(months).toEqual(['/archive/2025/01/']);
    const archived = months.flatMap((path) => storyLinks(page(pages, path)));
    expect(new Set(archived).size).toBe(STORIES);
    expect(archived.at(-1)).toBe('/news/synthetic-0/');
    expect(page(pages, '/archive/2025/')('h2 a').attr('href')).toBe('/archive/2025/01/');
  });

  it('links nowhere that does not exist, across every page of the large build', () => {
    const { broken, checked } = brokenLinks(dist, pages);
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('links back, says where the reader is, and gives each page its own title and canonical URL', () => {
    const $first = page(pages, '/');
    expect($first('nav.pagination a[rel="prev"]').length).toBe(0);
    expect($first('nav.pagination').text()).toContain('Page 1 of 5');
    const $third = page(pages, '/3/');
    expect($third('nav.pagination a[rel="prev"]').attr('href')).toBe('/2/');
    expect($third('nav.pagination').attr('aria-label')).toBe('Latest stories: pages');
    expect($third('h1').text()).toContain('page 3');
    expect($third('title').text()).toBe(`Latest stories, page 3 | ${site.name}`);
    expect($third('link[rel="canonical"]').attr('href')).toMatch(/^https:\/\/[^/]+\/3\/$/);
    expect(page(pages, '/2/')('nav.pagination a[rel="prev"]').attr('href')).toBe('/');
  });

  it('pages topic and author lists the same way', () => {
    const topic = walk('/topics/power/');
    expect(topic.map((p) => p.path)).toEqual(['/topics/power/', '/topics/power/2/']);
    expect(topic.map((p) => p.stories.length)).toEqual([20, 1]);
    const author = walk('/authors/maya-okafor/');
    expect(author.map((p) => p.path).at(-1)).toBe('/authors/maya-okafor/6/');
    expect(new Set(author.flatMap((p) => p.stories)).size).toBe(STORIES);
  });

  it('writes valid HTML for the later pages, which the real site (one page of each) never shows', async () => {
    // The project's rules by name: the build is in /tmp, where no config file would be found.
    const validator = new HtmlValidate(htmlValidateConfig);
    for (const path of [
      '/3/',
      '/5/',
      '/archive/',
      '/archive/2025/',
      '/archive/2025/01/',
      '/topics/power/2/',
      '/authors/maya-okafor/2/',
    ]) {
      const report = await validator.validateFile(join(dist, path, 'index.html'));
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
      expect(messages, path).toEqual([]);
    }
  });

  it('keeps list pages out of the search index', () => {
    // Stories, the FAQ hub, the tracker, the facts ledger and each company's page. The real
    // tables are copied in but no synthetic story embeds them, so they are not published.
    const searchable = STORIES + 1 + 2 + readdirSync(join(ROOT, 'content', 'companies')).length;
    expect(searchCoverage(dist)).toEqual({ indexed: searchable, withSearchBody: searchable });
  });

  it('shows no pager when one page holds the list', () => {
    expect(page(pages, '/news/synthetic-0/')('nav.pagination').length).toBe(0);
    expect(page(pages, '/topics/')('nav.pagination').length).toBe(0);
  });
});
