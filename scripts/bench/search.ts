/**
 * npm run bench:search [-- 200 1000]: builds the site from N synthetic articles and
 * reports the whole build time, pagefind's index time and size, and what Chromium
 * downloads to answer one typical query. A measurement, never a test.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchChromium } from '../lib/browser.ts';
import { runAstro } from '../lib/astro.ts';
import { serveDist } from '../lib/serve.ts';
import { syntheticContent } from './synthetic.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function queryBytes(dist: string, query: string) {
  const server = await serveDist(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    await page.waitForFunction(() => !!document.querySelector('pagefind-input input'));
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    let requests = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      requests++;
    });
    await page.locator('pagefind-input input').fill(query);
    await page.waitForFunction(() => !!document.querySelector('.pf-result-link'));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    return { bytes, requests };
  } finally {
    await browser.close();
    await server.stop();
  }
}

for (const count of sizes.length ? sizes : [200, 1000]) {
  const content = syntheticContent(count);
  const work = join(dirname(content), 'work');
  const started = performance.now();
  const result = await runAstro('build', content, work);
  const buildMs = performance.now() - started;
  if (!result.ok) throw new Error(result.output);
  const dist = join(work, 'root', 'dist');
  const indexMs = Number(result.output.match(/search index: \d+ pages indexed in (\d+) ms/)?.[1] ?? NaN);
  const indexBytes = Number(
    execFileSync('du', ['-sb', join(dist, 'pagefind')], { encoding: 'utf8' }).split('\t')[0],
  );
  const query = await queryBytes(dist, 'grid power');
  console.log(`search benchmark: ${count} synthetic articles`);
  console.log(`  whole build:   ${(buildMs / 1000).toFixed(1)} s`);
  console.log(`  index time:    ${indexMs} ms (${((indexMs / buildMs) * 100).toFixed(1)}% of the build)`);
  console.log(`  index on disk: ${kb(indexBytes)}`);
  console.log(
    `  one query:     ${kb(query.bytes)} in ${query.requests} requests ("grid power", after the page loaded)`,
  );
  rmSync(dirname(content), { recursive: true, force: true });
}
