/** The real site, built from content/: launch content and newsroom rules. */
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadPages, page, searchCoverage } from '../support/dist.ts';

let pages: Map<string, CheerioAPI>;
beforeAll(() => {
  pages = loadPages(inject('siteDist'));
});

const articlePaths = () => [...pages.keys()].filter((path) => /^\/news\/[^/]+\/$/.test(path));

describe('the launch site', () => {
  it('has at least five articles, three FAQ sets, two comparisons, two authors, five topics', () => {
    expect(articlePaths().length).toBeGreaterThanOrEqual(5);
    const faqArticles = articlePaths().filter((path) => page(pages, path)('.faq h3').length > 0);
    expect(faqArticles.length).toBeGreaterThanOrEqual(3);
    expect([...pages.keys()].filter((p) => /^\/compare\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(2);
    expect([...pages.keys()].filter((p) => /^\/authors\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(2);
    expect([...pages.keys()].filter((p) => /^\/topics\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(5);
  });

  it('indexes every page with a search body for search, and only those', () => {
    const { indexed, withSearchBody } = searchCoverage(inject('siteDist'));
    expect(withSearchBody).toBeGreaterThanOrEqual(articlePaths().length + 1);
    expect(indexed).toBe(withSearchBody);
  });

  it('cites at least one outlet on every article', () => {
    for (const path of articlePaths()) {
      expect(page(pages, path)('#sources + ol li').length, path).toBeGreaterThan(0);
    }
  });

  it('shows both reported revenue run-rates with their sources, never just one', () => {
    const withRevenue = articlePaths().filter((path) =>
      page(pages, path)('main').text().includes('run-rate'),
    );
    expect(withRevenue.length).toBeGreaterThan(0);
    for (const path of withRevenue) {
      const text = page(pages, path)('main').text();
      expect(text, path).toContain('$47 billion');
      expect(text, path).toContain('$4.7 billion');
      expect(text, path).toContain('CNBC');
    }
  });

  it('renders every comparison table with a caption and scoped headers', () => {
    for (const [path, $] of pages) {
      $('figure.comparison table').each((_, table) => {
        // The table has its <caption>; the visible one sits outside the scroller and names the region.
        const caption = $(table).find('caption').text().trim();
        expect(caption, path).not.toBe('');
        const region = $(table).closest('.table-scroll');
        expect(
          $(`#${region.attr('aria-labelledby')}`)
            .text()
            .trim(),
          path,
        ).toBe(caption);
        expect($(table).find('thead th').length, path).toBe($(table).find('thead th[scope="col"]').length);
        expect($(table).find('tbody th[scope="row"]').length, path).toBe($(table).find('tbody tr').length);
      });
    }
  });
});
