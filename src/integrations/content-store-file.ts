/**
 * Astro's build puts the whole content store (`data-store.json` in its cache folder) into
 * one JavaScript module as a string literal: `export default JSON.parse("…")`. V8 compiles
 * a string literal in time that grows with the square of its length (on this machine:
 * 16 MB 1.8 s, 33 MB 5.5 s, 66 MB 25 s, 133 MB 99 s; the store of 10,000 stories is
 * 133 MB), and Rolldown carries the literal through bundling. A static build renders its
 * pages in Node on the machine that holds the file, so here the module reads the file when
 * the pages are rendered instead: the same JSON, parsed by JSON.parse in about a second.
 * (Astro writes the store before it bundles.)
 *
 * Why not Astro's `experimental.collectionStorage: 'chunked'`: it splits the literal, but
 * its writer measures every character with a TextEncoder (a one-story sync at 1,000
 * stories went from 2 s to 20 s, and to 9 minutes at 10,000).
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's resolved id of the store's module (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';
/**
 * What Astro marks the module with (astro/dist/core/build/incremental-metadata.js), so its
 * incremental build leaves content out of the code hash of every page: the cacheKeys say
 * what changed.
 */
const CONTENT_DATA = { astroIncremental: { kind: 'content-data' } };

export function contentStoreFile(): AstroIntegration {
  return {
    name: 'gigawatt:content-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'gigawatt:content-store-file',
                // Before Astro's own load, which would read the file, check that it parses
                // and quote all of it into the module (4.6 s of the 10k build's bundling).
                load: {
                  order: 'pre',
                  filter: { id: new RegExp(`^${STORE_MODULE}$`) },
                  handler(id: string) {
                    // No store yet: Astro's own load gives an empty one.
                    if (id !== STORE_MODULE || !existsSync(file)) return undefined;
                    return {
                      code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
                      map: { mappings: '' },
                      meta: CONTENT_DATA,
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
