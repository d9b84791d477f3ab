/** npm run bench:weight: what a first visit to each kind of page downloads, from dist/. */
import { existsSync } from 'node:fs';
import { launchChromium } from '../lib/browser.ts';
import { serveDist } from '../lib/serve.ts';
import { measurePage } from '../lib/weight.ts';
import { urls } from '../../src/lib/urls.ts';

if (!existsSync('dist/index.html')) throw new Error('No dist/: run `npm run build` first.');
const pages = [
  urls.home(),
  urls.article('why-australia-ai-compute'),
  urls.topic('power'),
  urls.faqHub(),
  urls.search(),
];
const server = await serveDist('dist/');
const browser = await launchChromium();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
try {
  console.log('page weight (first visit, empty cache):');
  for (const path of pages) {
    const w = await measurePage(browser, server.url, path, 'dist');
    const fonts = w.fonts.reduce((sum, f) => sum + f.bytes, 0);
    console.log(
      `  ${path.padEnd(34)} ${String(w.requests).padStart(2)} requests, JS ${kb(w.scriptBytes)}, HTML+CSS ${kb(w.htmlCssGzipBytes)} gzipped, fonts ${w.fonts.length} = ${kb(fonts)}, total ${kb(w.totalBytes)}`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
