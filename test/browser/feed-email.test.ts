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

it.each([375, 600])(
  'renders feed items as readable plain email at %i px, nothing wider than the window',
  async (width) => {
    // An image story from the fixture site: images must shrink to the window.
    const fixtureItems = readRss(join(inject('fixtureDist'), 'rss.xml')).item!;
    const withImages = fixtureItems.find((i) => String(i.link).endsWith('/news/image-story/'))!;
    const imagePage = await browser.newPage({ viewport: { width, height: 900 } });
    await imagePage.route('**/*', (route) => route.abort());
    await imagePage.setContent(
      `<!doctype html><html lang="en"><body>${withImages['content:encoded']}</body></html>`,
    );
    // Images cannot load here (no network): the width attributes and inline style still apply.
    const widths = await imagePage
      .locator('img')
      .evaluateAll((imgs) => imgs.map((i) => i.getBoundingClientRect().width));
    for (const w of widths) expect(w).toBeLessThanOrEqual(width);
    await imagePage.close();

    const items = readRss(join(inject('siteDist'), 'rss.xml')).item!;
    // A story with a table, a callout and a pull quote.
    const item = items.find((i) => /<caption[\s\S]*<div style=/.test(i['content:encoded']))!;
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    // Images point at the production host, which this machine cannot reach: block them.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${item.title}</title></head>` +
        `<body><h1>${item.title}</h1><p><em>${item.description}</em></p>${item['content:encoded']}</body></html>`,
    );
    // Reads as a document: headings, paragraphs, a ruled table with a caption, sources.
    expect(await page.locator('h2').count()).toBeGreaterThan(1);
    expect(await page.locator('table[border="1"] caption').count()).toBeGreaterThan(0);
    // A callout keeps its structure: a bordered block with its title in bold.
    expect(await page.locator('div[style*="border"] strong').count()).toBeGreaterThan(0);

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    mkdirSync('test-output/screenshots', { recursive: true });
    const file = `test-output/screenshots/feed-item-email-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  },
);

it.each([375, 800])('renders a weekly digest item as an email at %i px, with no site CSS', async (width) => {
  // The fullest week: the one with the most stories in it.
  const item = readRss(join(inject('siteDist'), 'digest.xml'))
    .item!.toSorted(
      (a, b) => b['content:encoded'].split('<h2').length - a['content:encoded'].split('<h2').length,
    )
    .at(0);
  const html = item!['content:encoded'];
  // Email-safe: no classes, scripts or site-relative links.
  expect(html).not.toMatch(/\sclass=|<script|<style|href="\//);
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.route('**/*', (route) => route.abort());
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${item!.title}</title></head><body>${html}</body></html>`,
  );
  const links = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(1);
  for (const href of links) expect(href).toMatch(/^https?:\/\//);
  expect(await page.locator('h2 a').count()).toBeGreaterThan(0);
  // Nothing wider than the window: the layout table shrinks to a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const file = `test-output/screenshots/digest-email-${width}.png`;
  await page.screenshot({ path: file, fullPage: true });
  expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  await page.close();
});
