/** Every shareable page of the real site has complete Open Graph / Twitter meta and a real card. */
import type { CheerioAPI } from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { cardKey, CACHE_DIR } from '../../src/lib/og/cache.ts';
import { pngSize } from '../../src/lib/og/png.ts';
import { urls } from '../../src/lib/urls.ts';
import { articleCardInputs } from '../../scripts/lib/lint/card-inputs.ts';
import { buildContentIndex } from '../../scripts/lib/lint/content-index.ts';
import { ROOT } from '../../scripts/lib/root.ts';
import { DEFAULT_SITE_URL } from '../../src/site.config.ts';
import { loadPages } from '../support/dist.ts';

let pages: Map<string, CheerioAPI>;
let dist: string;
beforeAll(() => {
  dist = inject('siteDist');
  pages = loadPages(dist);
});

const meta = ($: CheerioAPI, key: string) =>
  $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');

describe('social meta and cards', () => {
  it('gives every page complete Open Graph and Twitter meta with absolute URLs', () => {
    for (const [path, $] of pages) {
      for (const key of [
        'og:title',
        'og:description',
        'og:type',
        'og:url',
        'og:image',
        'og:image:width',
        'og:image:height',
        'og:image:alt',
        'og:site_name',
        'twitter:card',
        'twitter:image:alt',
      ]) {
        expect(meta($, key), `${path} ${key}`).toBeTruthy();
      }
      expect(meta($, 'og:url'), path).toMatch(/^https:\/\//);
      expect(meta($, 'og:image'), path).toMatch(/^https:\/\//);
      expect(meta($, 'twitter:card')).toBe('summary_large_image');
    }
  });

  it('points every page at a card in dist/ with the dimensions it declares', () => {
    for (const [path, $] of pages) {
      const image = new URL(meta($, 'og:image')!);
      expect(image.origin, path).toBe(new URL(DEFAULT_SITE_URL).origin);
      const file = join(dist, image.pathname);
      expect(existsSync(file), `${path}: ${file}`).toBe(true);
      expect(pngSize(readFileSync(file)), path).toEqual({
        width: Number(meta($, 'og:image:width')),
        height: Number(meta($, 'og:image:height')),
      });
    }
  });

  it('uses article-specific cards and article metadata on stories, and topic, comparison and author cards elsewhere', () => {
    for (const [path, $] of pages) {
      const image = meta($, 'og:image')!;
      if (path.startsWith('/news/')) {
        expect(meta($, 'og:type'), path).toBe('article');
        expect(image, path).toContain(`/og/article/${path.split('/')[2]}.png`);
        expect(meta($, 'article:published_time'), path).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(meta($, 'article:modified_time'), path).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(meta($, 'article:section'), path).toBeTruthy();
        expect($('meta[property="article:tag"]').length, path).toBeGreaterThan(0);
      } else {
        expect(meta($, 'og:type'), path).toBe('website');
      }
      if (/^\/topics\/[^/]+\/$/.test(path)) expect(image).toContain(`/og/topic/${path.split('/')[2]}.png`);
      if (/^\/compare\/[^/]+\/$/.test(path))
        expect(image).toContain(`/og/comparison/${path.split('/')[2]}.png`);
      if (/^\/authors\/[^/]+\/$/.test(path)) expect(image).toContain(`/og/author/${path.split('/')[2]}.png`);
    }
  });

  it("works out every article card from the linter's plan as the build does (npm run build starts them from it)", () => {
    // The same input, so the same cache key: the card built from it is the site's card.
    const ahead = articleCardInputs(buildContentIndex(join(ROOT, 'content')));
    expect(ahead.map(({ id }) => `${id}.png`).sort()).toEqual(
      readdirSync(join(dist, 'og', 'article')).sort(),
    );
    for (const { id, input } of ahead) {
      const cached = join(CACHE_DIR, `${cardKey(input)}.png`);
      expect(existsSync(cached), `${id}: no cached card under the key worked out from the plan`).toBe(true);
      expect(readFileSync(cached).equals(readFileSync(join(dist, urls.card('article', id)))), id).toBe(true);
    }
  });
});
