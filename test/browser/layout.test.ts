/**
 * Layout that holds: one content column on every page kind at 1280 px, a compact phone
 * header, and wide tables that scroll inside a labelled region without cutting their caption.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

const PAGE_KINDS = {
  home: '/',
  article: '/news/why-australia-ai-compute/',
  topic: '/topics/power/',
  author: '/authors/maya-okafor/',
  comparison: '/compare/ai-infrastructure-commitments-2026/',
  'comparison list': '/compare/',
  'FAQ hub': '/faq/',
  search: '/search/',
  about: '/about/',
  'not found': '/404.html',
  archive: '/archive/',
  tracker: '/tracker/',
  facts: '/facts/',
  company: '/companies/anthropic/',
  digest: '/digest/',
};

async function open(path: string, width: number): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site.url}${path}`);
  return page;
}

describe('one grid', () => {
  it('puts the content column at the same left edge and width on every page kind at 1280 px', async () => {
    const columns: Record<string, { left: number; width: number }> = {};
    for (const [kind, path] of Object.entries(PAGE_KINDS)) {
      const page = await open(path, 1280);
      columns[kind] = await page
        .locator('#main > .container')
        .first()
        .evaluate((el) => {
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          // The content box: where text starts and how wide the column is.
          const left = box.left + parseFloat(style.paddingLeft);
          return { left, width: box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
        });
      await page.close();
    }
    const expected = columns.home!;
    expect(expected.width).toBeGreaterThan(1000);
    for (const [kind, column] of Object.entries(columns)) expect(column, kind).toEqual(expected);
  });
});

describe('long words on a phone', () => {
  for (const path of ['/', '/topics/power/']) {
    it(`wraps an unbroken 60-letter headline word instead of widening ${path} at 320 px`, async () => {
      const page = await open(path, 320);
      await page
        .locator('.lead .card-title a')
        .evaluate((a) => (a.textContent = `Supercalifragilistic${'gigawatt'.repeat(5)} stall`));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.close();
    });
  }
});

describe('phone header', () => {
  for (const width of [320, 375]) {
    it(`is at most 72 px tall at ${width} px, with the logo, a search link and a menu that opens without JS`, async () => {
      const context = await site.browser.newContext({
        viewport: { width, height: 800 },
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      await page.goto(`${site.url}/news/why-australia-ai-compute/`);
      const height = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(72);
      expect(await page.locator('.site-header .mark').isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'Search' }).getAttribute('href')).toBe('/search/');
      const menu = page.getByRole('navigation', { name: 'Main menu' });
      expect(await menu.isVisible()).toBe(false);
      await page.locator('summary', { hasText: 'Menu' }).click();
      expect(await menu.isVisible()).toBe(true);
      expect(await menu.getByRole('link', { name: 'Topics' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await context.close();
    });
  }
});

describe('tables on phones', () => {
  for (const width of [320, 375]) {
    it(`keeps a 5-column table's caption whole and the table in a labelled scroll region at ${width} px`, async () => {
      const page = await open('/compare/ai-infrastructure-commitments-2026/', width);
      expect(await page.locator('.comparison table thead th').count()).toBe(5);
      const caption = page.locator('.comparison .table-caption');
      const box = await caption.evaluate((el) => ({
        right: el.getBoundingClientRect().right,
        scroll: el.scrollWidth,
        client: el.clientWidth,
      }));
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.scroll).toBeLessThanOrEqual(box.client);
      // The page itself does not scroll sideways: only the table's region does.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const region = page.getByRole('region', { name: await caption.innerText() });
      expect(await region.getAttribute('tabindex')).toBe('0');
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      // Keyboard: focus the region and scroll it with the arrow key.
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      await page.close();
    });
  }
});
