/**
 * What a first visit to a page costs: every request Chromium makes with an empty cache,
 * grouped by kind, plus the gzipped size of the HTML and CSS as a host would serve them.
 * Used by the page-weight test (sizes, never times) and by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  requests: number;
  scriptBytes: number;
  fonts: { url: string; bytes: number }[];
  htmlCssGzipBytes: number;
  totalBytes: number;
}

export async function measurePage(
  browser: Browser,
  origin: string,
  path: string,
  dist: string,
): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen: { url: string; type: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    seen.push({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize });
  });
  await page.goto(`${origin}${path}`);
  await page.waitForLoadState('networkidle');
  await context.close();

  const local = (url: string) => {
    const { pathname } = new URL(url);
    return join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  };
  const htmlCss = seen.filter((r) => r.type === 'document' || r.type === 'stylesheet');
  return {
    requests: seen.length,
    scriptBytes: seen.filter((r) => r.type === 'script').reduce((sum, r) => sum + r.bytes, 0),
    fonts: seen.filter((r) => r.type === 'font').map((r) => ({ url: r.url, bytes: r.bytes })),
    htmlCssGzipBytes: htmlCss.reduce((sum, r) => sum + gzipSync(readFileSync(local(r.url))).length, 0),
    totalBytes: seen.reduce((sum, r) => sum + r.bytes, 0),
  };
}
