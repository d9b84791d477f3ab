/**
 * Builds the pagefind search index as the last step of `astro build`, with pagefind's
 * Node API, so no one runs a post-build command by hand. Indexing errors fail the build
 * with pagefind's own words.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * The pages that carry data-pagefind-body: stories, the FAQ hub and comparisons. Pagefind
 * would parse every page otherwise, list pages included (hundreds once they are paged), only
 * to skip them. Tests check that the index holds exactly the pages with a search body.
 */
export const SEARCHABLE_PAGES = '{news,faq,compare}/**/*.html';

export function searchIndex(): AstroIntegration {
  return {
    name: 'gigawatt:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob: SEARCHABLE_PAGES });
          if (added.errors.length) throw new Error(`pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length)
            throw new Error(`pagefind could not write the index: ${written.errors.join('; ')}`);
          const ms = Math.round(performance.now() - started);
          logger.info(`search index: ${added.page_count} pages indexed in ${ms} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
