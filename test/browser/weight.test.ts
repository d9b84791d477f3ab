/** The page-weight budget for a story, measured in Chromium as sizes and counts (never times). */
import { expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { measurePage } from '../../scripts/lib/weight.ts';

const site = useSiteInBrowser();

it('keeps an article page within budget: no JS, HTML+CSS <= 25 KB gzipped, <= 2 fonts in 60 KB, <= 6 requests', async () => {
  const weight = await measurePage(site.browser, site.url, '/news/why-australia-ai-compute/', site.dist);
  expect(weight.scriptBytes).toBe(0);
  expect(weight.htmlCssGzipBytes).toBeLessThanOrEqual(25 * 1024);
  expect(weight.fonts.length).toBeLessThanOrEqual(2);
  expect(weight.fonts.reduce((sum, font) => sum + font.bytes, 0)).toBeLessThanOrEqual(60 * 1024);
  expect(weight.requests).toBeLessThanOrEqual(6);
});
