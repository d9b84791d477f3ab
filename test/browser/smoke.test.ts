/** A reader's first visit, in Debian's Chromium: home page, then the lead story. */
import { mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

it('opens the home page, follows the lead story and shows its headline', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto(`${site.url}/`);
  const lead = page.locator('.lead .card-title a');
  const headline = (await lead.textContent())?.trim();
  expect(headline).toBeTruthy();

  await lead.click();
  await page.waitForURL(/\/news\/[^/]+\/$/);
  // Wait for the heading, then compare: a poll's one-second window timed out on a slow load
  // (textContent itself waits for the element), which made this test depend on speed.
  await page.locator('h1').waitFor();
  expect(await page.locator('h1').textContent()).toBe(headline);

  mkdirSync('test-output/screenshots', { recursive: true });
  const shot = await page.screenshot({
    path: 'test-output/screenshots/smoke-lead-story.png',
    fullPage: true,
  });
  expect(shot.subarray(1, 4).toString()).toBe('PNG');

  // Everything the page loaded came from this machine: no third-party requests.
  for (const url of requests) expect(new URL(url).hostname).toBe('127.0.0.1');
  await page.close();
});
