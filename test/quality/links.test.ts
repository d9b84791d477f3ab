/**
 * No broken links: every internal href and src in every page resolves to a file in
 * dist/ (and every #anchor to an id on its page); external links are https URLs.
 * Nothing is fetched from the network.
 */
import { expect, inject, it } from 'vitest';
import { brokenLinks, loadPages } from '../support/dist.ts';

it('resolves every internal link, image, feed and card; external links are https', () => {
  const dist = inject('siteDist');
  const { broken, checked } = brokenLinks(dist, loadPages(dist));
  expect(checked).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
