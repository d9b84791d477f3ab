// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { searchIndex } from './src/integrations/search.ts';
import { gigawattSitemap } from './src/integrations/sitemap.ts';
import { siteUrl } from './src/site.config.ts';

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), gigawattSitemap(), searchIndex()],
  markdown: {
    // unified() rather than the default Sätteri processor: we need rehype plugins
    // (self-links on headings), and MDX inherits this processor.
    processor: unified({
      rehypePlugins: [
        // Ids first (Astro would add them after user plugins), so the links have targets.
        rehypeHeadingIds,
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            // data-pagefind-ignore: the '#' is not part of the heading's text in search results.
            properties: {
              className: ['heading-link'],
              ariaHidden: 'true',
              tabIndex: -1,
              dataPagefindIgnore: '',
            },
            content: { type: 'text', value: '#' },
          },
        ],
      ],
    }),
  },
});
