/**
 * Search as a reader uses it: Debian's Chromium on a built site, pagefind's real index. The
 * same tests run on the real site (test/browser/search.test.ts) and on it built with its
 * index in shards (test/browser/search-shards.test.ts): a reader must not tell them apart.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { SiteInBrowser } from './site-in-browser.ts';

/**
 * The search tests, for the `site` a browser test file serves: what readers find, and (with
 * `page: true`) the page itself, its accessibility and no JavaScript elsewhere, which do
 * not depend on how the index is laid out.
 */
export function searchSuite(site: SiteInBrowser, { page: pageChecks = true } = {}): void {
  async function search(query: string): Promise<Page> {
    // A context of its own per page: axe needs one, and tests stay independent.
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
    // Settled: the summary counts results and every result has loaded its link (they load
    // one by one, not in order), or there are none.
    await page.waitForFunction(() => {
      const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
      return /No results/i.test(summary) || (/result/i.test(summary) && document.querySelector('.pf-result'));
    });
    // Results load as they scroll into view: bring each one in, as a reader scrolling would.
    // Every one must load: a result left a skeleton is what a reader sees too (pagefind's
    // UI left one for good, three searches in four, until src/scripts/search-prefill.ts
    // made it look again). The wait is for the machine, not a speed the test asserts.
    await page.waitForFunction(
      () => {
        // The first ten are what the tests read (a reader sees fewer before scrolling).
        const waiting = [...document.querySelectorAll('.pf-result')]
          .slice(0, 10)
          .find((item) => !item.querySelector('.pf-result-link'));
        waiting?.scrollIntoView();
        return !waiting;
        // Timed polling, not requestAnimationFrame: a page in a background context gets few frames.
      },
      undefined,
      { polling: 100, timeout: 60_000 },
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    return page;
  }

  const resultLinks = (page: Page) =>
    page
      .locator('pagefind-results .pf-result-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

  const summaryCount = async (page: Page) =>
    Number((await page.locator('pagefind-summary').innerText()).match(/(\d+) results?/)?.[1] ?? 0);

  it('finds the Australia story first for "Five Eyes"', async () => {
    const page = await search('Five Eyes');
    expect((await resultLinks(page))[0]).toBe('/news/why-australia-ai-compute/');
    // Each result says what it is and when it ran.
    expect(await page.locator('.pf-result-meta').first().innerText()).toMatch(/^Article · June 3, 2026$/i);
    await page.context().close();
  });

  it('lands an FAQ question on its own anchor as a sub-result', async () => {
    const page = await search('Why is Japan attractive for AI data centers');
    const subLinks = () =>
      page
        .locator('pagefind-results .pf-heading-link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await expect
      .poll(subLinks)
      .toContain('/news/why-japan-ai-compute/#why-is-japan-attractive-for-ai-data-centers');
    await page.context().close();
  });

  it('pre-fills the query from ?q= and shows results', async () => {
    const page = await search('grid');
    expect(await page.locator('pagefind-input input').inputValue()).toBe('grid');
    expect(await summaryCount(page)).toBeGreaterThan(1);
    await page.context().close();
  });

  it('narrows results with the topic and region filters', async () => {
    const page = await search('data centers');
    const all = await summaryCount(page);
    await page.locator('details[data-filter-name="topic"] summary').click();
    await page.locator('details[data-filter-name="topic"] label', { hasText: 'Power' }).click();
    await expect.poll(() => summaryCount(page)).toBeLessThan(all);
    await expect.poll(() => resultLinks(page)).toContain('/news/power-is-the-ai-bottleneck-in-apac/');
    expect(await resultLinks(page)).not.toContain('/news/anthropic-us-data-center-leases/');
    await page.context().close();

    const regional = await search('data centers');
    await regional.locator('details[data-filter-name="region"] summary').click();
    await regional.locator('details[data-filter-name="region"] label', { hasText: 'United States' }).click();
    await expect.poll(() => resultLinks(regional)).toEqual(['/news/anthropic-us-data-center-leases/']);
    await regional.context().close();
  });

  it('finds companies, deals and facts, and narrows to each with the type filter', async () => {
    for (const [type, query, path] of [
      ['Company', 'GMI Cloud', '/companies/gmi-cloud/'],
      ['Deal', 'sovereign', '/tracker/'],
      ['Fact', 'ledger', '/facts/'],
    ]) {
      const page = await search(query!);
      await page.locator('details[data-filter-name="type"] summary').click();
      await page.locator('details[data-filter-name="type"] label', { hasText: type }).click();
      await expect.poll(() => resultLinks(page)).toContain(path);
      expect(
        (await resultLinks(page)).every((href) => href!.startsWith(path!.split('/').slice(0, 2).join('/'))),
      ).toBe(true);
      await page.context().close();
    }
  });

  it('says so, and where to go next, when nothing matches', async () => {
    const page = await search('zzqxjwv');
    expect(await page.locator('pagefind-summary').innerText()).toMatch(/No results/);
    await expect.poll(() => page.locator('#search-empty-hint').isVisible()).toBe(true);
    expect(await page.locator('#search-empty-hint a[href="/topics/"]').count()).toBe(1);
    await page.context().close();
  });

  if (!pageChecks) return;

  it('announces results to screen readers and can be used from the keyboard', async () => {
    const page = await search('power');
    expect(await page.locator('[aria-live="polite"]').count()).toBeGreaterThan(0);
    await page.locator('pagefind-input input').focus();
    let reached = '';
    for (let i = 0; i < 40 && !reached.includes('/news/'); i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    }
    expect(reached).toContain('/news/');
    await page.context().close();
  });

  it('has no axe violations with results showing, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await search('Japan');
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await page.context().close();
    }
  });

  it('keeps article pages free of JavaScript: search code loads only on /search/', async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${site.url}/news/why-japan-ai-compute/`);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await page.context().close();
  });
}
