/** The page-weight budget for a story, the front page and a topic page, measured in Chromium as sizes and counts (never times). */
import { expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { measurePage } from '../../scripts/lib/weight.ts';

const site = useSiteInBrowser();

it.each([
  ['an article', '/news/why-australia-ai-compute/'],
  ['the front page', '/'],
  ['a topic page', '/topics/power/'],
])(
  'keeps %s within budget: no JS, HTML+CSS <= 25 KB gzipped, <= 2 fonts in 60 KB, <= 6 requests',
  async (_, path) => {
    const weight = await measurePage(site.browser, site.url, path, site.dist);
    console.log(
      `page weight ${path}: ${JSON.stringify({ htmlCssGzipBytes: weight.htmlCssGzipBytes, requests: weight.requests })}`,
    );
    expect(weight.scriptBytes).toBe(0);
    expect(weight.htmlCssGzipBytes).toBeLessThanOrEqual(25 * 1024);
    expect(weight.fonts.length).toBeLessThanOrEqual(2);
    expect(weight.fonts.reduce((sum, font) => sum + font.bytes, 0)).toBeLessThanOrEqual(60 * 1024);
    expect(weight.requests).toBeLessThanOrEqual(6);
  },
);
