/**
 * Takes Chromium screenshots of the built site so you can look at it:
 *   npm run screenshot -- [path ...]   (default: home and the lead story)
 * Writes test-output/screenshots/<name>-<width>.png at 375 px and 1280 px.
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './lib/browser.ts';
import { serveDist } from './lib/serve.ts';

const paths = process.argv.slice(2);
const server = await serveDist();
const browser = await launchChromium();
try {
  const out = 'test-output/screenshots';
  await mkdir(out, { recursive: true });
  const page = await browser.newPage();
  if (paths.length === 0) {
    await page.goto(`${server.url}/`);
    const lead = await page.locator('.lead .card-title a').first().getAttribute('href');
    paths.push('/', lead ?? '/');
  }
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(`${server.url}${path}`);
        // A search page: wait for the results, as a reader would.
        if (path.includes('?q=')) await page.waitForSelector('.pf-result .pf-result-link');
        await page.waitForLoadState('networkidle');
        const name = path.replace(/\?q=.*$/, '').replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
        const file = `${out}/${name}-${width}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
