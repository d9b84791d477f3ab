/**
 * WCAG 2.2 AA in a real browser: axe-core on one page of every kind, light and dark,
 * at 375 px and 1280 px; the header by keyboard alone; and, while we are there, no
 * CSP violations and no request leaving 127.0.0.1.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const PAGES = {
  home: '/',
  'article with FAQ and table': '/news/why-australia-ai-compute/',
  topic: '/topics/power/',
  author: '/authors/maya-okafor/',
  comparison: '/compare/australia-vs-japan/',
  'FAQ hub': '/faq/',
  'search with results': '/search/?q=Japan',
  'not found': '/404.html',
  archive: '/archive/',
  'archive month': '/archive/2026/06/',
  corrections: '/corrections/',
  feeds: '/feeds/',
  digest: '/digest/',
  'digest week': '/digest/2026-w23/',
  'deals tracker': '/tracker/',
  'facts ledger': '/facts/',
  company: '/companies/anthropic/',
};
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = useSiteInBrowser();

interface Visit {
  page: Page;
  cspViolations: string[];
  foreignRequests: string[];
}

async function visit(path: string, width: number, colorScheme: 'light' | 'dark'): Promise<Visit> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') foreignRequests.push(request.url());
  });
  await page.goto(`${site.url}${path}`);
  if (path.startsWith('/search/')) {
    await page.waitForFunction(() => !!document.querySelector('.pf-result-link'));
  }
  await page.waitForLoadState('networkidle');
  return { page, cspViolations, foreignRequests };
}

describe('accessibility', () => {
  for (const [kind, path] of Object.entries(PAGES)) {
    it(`${kind} (${path}): no axe violations in light and dark, at 375 and 1280 px`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [375, 1280]) {
          const { page, cspViolations, foreignRequests } = await visit(path, width, colorScheme);
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const where = `${path} ${colorScheme} ${width}px`;
          expect(
            violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          ).toEqual([]);
          expect(cspViolations, where).toEqual([]);
          expect(foreignRequests, where).toEqual([]);
          await page.context().close();
        }
      }
    });
  }
});

describe('keyboard', () => {
  it('starts with a skip link that moves focus to the main content', async () => {
    const { page } = await visit('/news/why-japan-ai-compute/', 1280, 'light');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('walks the header by keyboard, with visible focus on every stop', async () => {
    for (const width of [375, 1280]) {
      const { page } = await visit('/', width, 'light');
      const stops: string[] = [];
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          return {
            label: el.getAttribute('href') ?? el.getAttribute('name') ?? el.textContent?.trim() ?? '',
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight,
            inHeader: !!el.closest('header') || el.classList.contains('skip-link'),
          };
        });
        if (!stop.inHeader) break;
        expect(stop.outline, `${width}px: focus ring on ${stop.label}`).toBe(true);
        expect(stop.onScreen, `${width}px: ${stop.label} on screen`).toBe(true);
        stops.push(stop.label);
      }
      // Phones: logo, the search link and the Menu; wide screens: logo, navigation, the search form.
      expect(stops).toEqual(
        width < 768
          ? ['#main', '/', '/search/', 'Menu']
          : ['#main', '/', '/', '/topics/', '/compare/', '/faq/', '/about/', 'q', 'Search'],
      );
      await page.context().close();
    }
  });
});
