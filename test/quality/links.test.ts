/**
 * No broken links: every internal href and src in every page resolves to a file in
 * dist/ (and every #anchor to an id on its page); external links are https URLs.
 * Nothing is fetched from the network.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { loadPages } from '../support/dist.ts';

function fileFor(dist: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [join(dist, decoded, 'index.html')] : [join(dist, decoded)];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

it('resolves every internal link, image, feed and card; external links are https', () => {
  const dist = inject('siteDist');
  const pages = loadPages(dist);
  const broken: string[] = [];
  let checked = 0;
  for (const [path, $] of pages) {
    $('[href], [src]').each((_, el) => {
      const attr = $(el).attr('href') !== undefined ? 'href' : 'src';
      const value = $(el).attr(attr)!;
      checked++;
      if (/^(mailto|tel):/.test(value)) return;
      const url = new URL(value, `http://site.test${path}`);
      if (url.host !== 'site.test') {
        if (url.protocol !== 'https:') broken.push(`${path}: external ${attr} is not https: ${value}`);
        return;
      }
      const target = url.pathname === new URL(`http://site.test${path}`).pathname ? path : url.pathname;
      const file = fileFor(dist, target);
      if (!file) {
        broken.push(`${path}: ${attr}="${value}" points nowhere`);
        return;
      }
      if (url.hash && file.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const $target = pages.get(target);
        if ($target && $target(`[id="${id}"]`).length === 0)
          broken.push(`${path}: ${value}: no element with id "${id}"`);
      }
    });
  }
  expect(checked).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
