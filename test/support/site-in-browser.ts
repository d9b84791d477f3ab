/**
 * For browser test files: the site the global setup built (or the one `dist` gives), served
 * on 127.0.0.1, and Debian's Chromium, started before the file's tests and stopped after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/serve.ts';

export interface SiteInBrowser {
  browser: Browser;
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  dist: string;
}

export function useSiteInBrowser(
  dist: () => Promise<string> = async () => inject('siteDist'),
): SiteInBrowser {
  const site = {} as SiteInBrowser;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    site.dist = await dist();
    const server = await serveDist(site.dist);
    stop = server.stop;
    site.url = server.url;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await stop?.();
  });
  return site;
}
