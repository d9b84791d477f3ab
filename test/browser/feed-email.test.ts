/**
 * What an RSS-to-email service mails: one item's content:encoded, opened in Chromium
 * with no site CSS at all. Saved as test-output/screenshots/feed-item-email.png to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { readRss } from '../support/feeds.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('renders a feed item as a readable plain email', async () => {
  const items = readRss(join(inject('siteDist'), 'rss.xml')).item!;
  const item = items.find((i) => i['content:encoded'].includes('<caption'))!;
  const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
  // Images point at the production host, which this machine cannot reach: block them.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${item.title}</title></head>` +
      `<body><h1>${item.title}</h1><p><em>${item.description}</em></p>${item['content:encoded']}</body></html>`,
  );
  // Reads as a document: headings, paragraphs, a ruled table with a caption, sources.
  expect(await page.locator('h2').count()).toBeGreaterThan(1);
  expect(await page.locator('table[border="1"] caption').count()).toBeGreaterThan(0);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(640);
  mkdirSync('test-output/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-output/screenshots/feed-item-email.png', fullPage: true });
  expect(readFileSync('test-output/screenshots/feed-item-email.png').subarray(1, 4).toString()).toBe('PNG');
  await page.close();
});
