/**
 * For browser test files: the site the global setup built, served on 127.0.0.1, and
 * Debian's Chromium, started before the file's tests and stopped after them.
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

export function useSiteInBrowser(): SiteInBrowser {
  const site = {} as SiteInBrowser;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    site.dist = inject('siteDist');
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
