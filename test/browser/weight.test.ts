/** The page-weight budget for a story, measured in Chromium as sizes and counts (never times). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveDist } from '../support/serve.ts';
import { measurePage } from '../support/weight.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  server = await serveDist(inject('siteDist'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('keeps an article page within budget: no JS, HTML+CSS <= 25 KB gzipped, <= 2 fonts in 60 KB, <= 6 requests', async () => {
  const weight = await measurePage(
    browser,
    server.url,
    '/news/why-australia-ai-compute/',
    inject('siteDist'),
  );
  expect(weight.scriptBytes).toBe(0);
  expect(weight.htmlCssGzipBytes).toBeLessThanOrEqual(25 * 1024);
  expect(weight.fonts.length).toBeLessThanOrEqual(2);
  expect(weight.fonts.reduce((sum, font) => sum + font.bytes, 0)).toBeLessThanOrEqual(60 * 1024);
  expect(weight.requests).toBeLessThanOrEqual(6);
});
