/**
 * npm run bench:lighthouse: Lighthouse performance scores (median of five runs) of the
 * pages the tests check, from dist/. Scores move with the machine's load, so they are
 * recorded here, never asserted.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync } from 'node:fs';
import { CHROMIUM_FLAGS, findChromium } from '../lib/browser.ts';
import { LIGHTHOUSE_PAGES } from '../lib/lighthouse-pages.ts';
import { serveDist } from '../lib/serve.ts';

if (!existsSync('dist/index.html')) throw new Error('No dist/: run `npm run build` first.');
const RUNS = 5;
const server = await serveDist('dist/');
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_FLAGS });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
try {
  for (const [name, { path }] of Object.entries(LIGHTHOUSE_PAGES)) {
    const scores: Record<string, number[]> = {};
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      for (const [id, category] of Object.entries(result!.lhr.categories))
        (scores[id] ??= []).push(Math.round((category.score ?? 0) * 100));
    }
    const medians = Object.entries(scores).map(([id, s]) => `${id} ${median(s)}`);
    console.log(`lighthouse ${name} (${path}), median of ${RUNS}: ${medians.join(', ')}`);
  }
} finally {
  await chrome.kill();
  await server.stop();
}
