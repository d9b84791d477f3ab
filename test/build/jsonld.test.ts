/** Structured data on the real site: valid, complete per page kind, and every link real. */
import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/site.config.ts';
import { loadPages, page } from '../support/dist.ts';
import { nodes, ofType, urlValues, type Node } from '../support/jsonld.ts';

let pages: Map<string, CheerioAPI>;
let dist: string;
beforeAll(() => {
  dist = inject('siteDist');
  pages = loadPages(dist);
});

const ORIGIN = new URL(DEFAULT_SITE_URL).origin;
const paths = (pattern: RegExp) => [...pages.keys()].filter((path) => pattern.test(path));
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The file in dist/ a same-site URL is served from. */
function distFile(url: string): string {
  const { pathname } = new URL(url);
  return join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

function one(list: Node[], type: string, path: string): Node {
  const found = ofType(list, type);
  expect(found, `${path}: expected one ${type}`).toHaveLength(1);
  return found[0]!;
}

function breadcrumbNames(list: Node[], path: string): string[] {
  const crumbs = one(list, 'BreadcrumbList', path).itemListElement as { name: string; position: number }[];
  crumbs.forEach((crumb, i) => expect(crumb.position).toBe(i + 1));
  return crumbs.map((crumb) => crumb.name);
}

/** Visible FAQ items under `scope`: question text and answer text. */
function visibleFaq($: CheerioAPI, scope: string, questionSelector: string) {
  return $(`${scope} ${questionSelector}`)
    .map((_, el) => ({
      question: $(el).text().trim(),
      answer: $(el).next('.answer').text().replace(/\s+/g, ' ').trim(),
    }))
    .get();
}

function structuredFaq(faq: Node) {
  return (faq.mainEntity as { name: string; acceptedAnswer: { text: string } }[]).map((q) => ({
    question: q.name,
    answer: load(q.acceptedAnswer.text).text().replace(/\s+/g, ' ').trim(),
  }));
}

describe('JSON-LD', () => {
  it('is valid JSON on every page, with the Organization and WebSite in each graph', () => {
    for (const [path, $] of pages) {
      const list = nodes($, path);
      expect(list.length, path).toBeGreaterThan(0);
      expect(ofType(list, 'NewsMediaOrganization'), path).toHaveLength(1);
      expect(ofType(list, 'WebSite'), path).toHaveLength(1);
    }
  });

  it('has only absolute URLs, and every same-site URL resolves to a file in dist/', () => {
    for (const [path, $] of pages) {
      for (const url of urlValues(nodes($, path))) {
        expect(url, `${path}: ${url}`).toMatch(/^https:\/\//);
        if (new URL(url).origin === ORIGIN) {
          expect(existsSync(distFile(url)), `${path}: ${url} -> ${distFile(url)}`).toBe(true);
        }
      }
    }
  });

  it('describes the publisher with a logo of at least 112x112 pixels', () => {
    const org = one(nodes(page(pages, '/'), '/'), 'NewsMediaOrganization', '/');
    const logo = org.logo as { url: string };
    const png = readFileSync(distFile(logo.url));
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(112);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(112);
  });

  it('marks up every article as a NewsArticle with what search engines require', () => {
    const articles = paths(/^\/news\/[^/]+\/$/);
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const path of articles) {
      const $ = page(pages, path);
      const list = nodes($, path);
      const article = one(list, 'NewsArticle', path);
      expect(article.headline).toBe($('h1').text().trim());
      expect((article.headline as string).length).toBeLessThanOrEqual(110);
      expect(article.description).toBe($('meta[name="description"]').attr('content'));
      expect(article.datePublished, path).toMatch(ISO_WITH_ZONE);
      expect(article.dateModified, path).toMatch(ISO_WITH_ZONE);
      const authors = article.author as Node[];
      expect(authors.length).toBe($('.byline a[rel="author"]').length);
      for (const author of authors) {
        expect(author['@type']).toBe('Person');
        expect(author.name).toBeTruthy();
        expect(author.url).toMatch(/\/authors\/[^/]+\/$/);
      }
      expect(article.publisher).toEqual({ '@id': `${ORIGIN}/#organization` });
      expect((article.image as string[]).length).toBeGreaterThan(0);
      expect(article.mainEntityOfPage).toBe(`${ORIGIN}${path}`);
      expect(article.articleSection).toBeTruthy();
      expect((article.keywords as string[]).length).toBeGreaterThan(0);
      expect((article.citation as Node[]).length).toBe($('#sources + ol li').length);
      expect(breadcrumbNames(list, path)).toEqual(['Home', expect.any(String), article.headline]);
    }
  });

  it('mirrors each article FAQ section in FAQPage, item for item', () => {
    const withFaq = paths(/^\/news\/[^/]+\/$/).filter((path) => page(pages, path)('.faq h3').length > 0);
    expect(withFaq.length).toBeGreaterThanOrEqual(3);
    for (const path of withFaq) {
      const $ = page(pages, path);
      const faq = one(nodes($, path), 'FAQPage', path);
      expect(structuredFaq(faq), path).toEqual(visibleFaq($, '.faq', 'h3'));
    }
  });

  it('gives topics, authors and comparisons their own structured data and breadcrumbs', () => {
    for (const path of paths(/^\/topics\/[^/]+\/$/)) {
      const list = nodes(page(pages, path), path);
      one(list, 'CollectionPage', path);
      expect(breadcrumbNames(list, path)).toEqual(['Home', 'Topics', expect.any(String)]);
    }
    for (const path of paths(/^\/authors\/[^/]+\/$/)) {
      const profile = one(nodes(page(pages, path), path), 'ProfilePage', path);
      expect((profile.mainEntity as Node)['@type']).toBe('Person');
      expect((profile.mainEntity as Node).name).toBe(page(pages, path)('h1').text().trim());
    }
    for (const path of paths(/^\/compare\/[^/]+\/$/)) {
      const list = nodes(page(pages, path), path);
      const dataset = one(list, 'Dataset', path);
      expect((dataset.isBasedOn as Node[]).length).toBeGreaterThan(0);
      expect(breadcrumbNames(list, path)).toEqual(['Home', 'Compare', dataset.name]);
    }
  });

  it('builds the FAQ hub: every set, grouped by topic, linked back, no question twice', () => {
    const $ = page(pages, '/faq/');
    const list = nodes($, '/faq/');
    const faq = one(list, 'FAQPage', '/faq/');
    const visible = visibleFaq($, '.set', 'h4');
    expect(structuredFaq(faq)).toEqual(visible);
    const questions = visible.map((item) => item.question.toLowerCase());
    expect(new Set(questions).size).toBe(questions.length);
    expect(questions.length).toBeGreaterThanOrEqual(6);
    $('.set h4 a').each((_, el) => {
      const [target, anchor] = $(el).attr('href')!.split('#');
      expect(page(pages, target!)(`#${anchor}`).length, $(el).attr('href')).toBe(1);
    });
    expect($('.topic > h2').length).toBeGreaterThan(0);
    expect(breadcrumbNames(list, '/faq/')).toEqual(['Home', 'FAQ']);
  });
});
