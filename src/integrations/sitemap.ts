/**
 * @astrojs/sitemap, with <lastmod> for each story from its updatedAt or publishedAt.
 * The sitemap runs outside the content layer, so it reads article frontmatter itself;
 * only built pages are listed, so drafts and future stories never appear.
 */
import sitemap from '@astrojs/sitemap';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

function articleDates(contentDir: string): Map<string, Date> {
  const dir = join(contentDir, 'articles');
  const dates = new Map<string, Date>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
    const { frontmatter } = parseFrontmatter(readFileSync(join(dir, file), 'utf8'));
    const date = new Date(frontmatter.updatedAt ?? frontmatter.publishedAt);
    if (!Number.isNaN(date.getTime())) dates.set(`/news/${basename(file, '.mdx')}/`, date);
  }
  return dates;
}

export function gigawattSitemap() {
  const dates = articleDates(process.env.CONTENT_DIR ?? './content');
  return sitemap({
    filter: (page) => !new URL(page).pathname.startsWith('/404'),
    serialize(item) {
      const lastmod = dates.get(new URL(item.url).pathname);
      return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
    },
  });
}
