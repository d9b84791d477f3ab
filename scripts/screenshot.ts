/**
 * Takes Chromium screenshots of the built site so you can look at it:
 *   npm run screenshot -- [path ...]   (default: home and the lead story)
 *   npm run screenshot -- --out test/screenshots --first-screen [path ...]   (the README's set)
 * Writes test-output/screenshots/<name>-<width>.png at 375 px and 1280 px.
 */
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser.ts';
import { serveDist } from './lib/serve.ts';

const { values, positionals: paths } = parseArgs({
  allowPositionals: true,
  options: {
    // test/screenshots/ for the README: the first screen of each page, not the whole length.
    out: { type: 'string', default: 'test-output/screenshots' },
    'first-screen': { type: 'boolean', default: false },
  },
});
const server = await serveDist();
const browser = await launchChromium();
try {
  const out = values.out;
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
        const name =
          path
            .replace(/\?q=.*$/, '')
            .replace(/^\/|\/$/g, '')
            .replace(/\//g, '_') || 'home';
        const file = `${out}/${name}-${width}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: !values['first-screen'] });
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
