/**
 * The output folder between builds. Astro empties dist/ at the start of a build, then copies
 * each page it need not render again back from its incremental cache: at 10,000 stories
 * that is 50,000 files deleted and 33,000 copied for a one-story rebuild. Instead, dist/ is
 * kept when it is exactly what the last build into it finished with the same caches (a
 * stamp, below): Astro then leaves an unchanged page's file where it is (its generate step
 * checks the file exists before restoring it), and when the pages are written every file
 * this build neither wrote nor kept is deleted (the page of a story taken back, a list page
 * past the new last, an old asset), so dist/ holds what a build from nothing would.
 *
 * The stamp: a random id written, once a build has finished, beside dist/ and into Astro's
 * cache folder, and removed from beside dist/ when a build starts. When they differ (a first
 * build, a build that stopped half way, another build into this folder with other caches,
 * such as a preview or a test), dist/ is renamed aside at once and deleted in the background
 * while Astro bundles, and Astro copies its pages back from its cache.
 */
import type { AstroIntegration } from 'astro';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, removeEmptyFolders } from '../lib/files-under.ts';
import { isShardFolder } from '../lib/search-shards.ts';
import { CARDS_FOLDER } from '../lib/urls.ts';

/** Where the id of the last finished build is kept: beside dist/, and in Astro's cache. */
export function stampFiles(outDir: string, cacheDir: string): { beside: string; cached: string } {
  return {
    beside: join(dirname(outDir), `.${basename(outDir)}-build-id`),
    cached: join(cacheDir, 'gigawatt-out-dir-id'),
  };
}

const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** Whether dist/ is what the last build with these caches left (so its pages can stay). */
export function outDirTrusted(outDir: string, cacheDir: string): boolean {
  const { beside, cached } = stampFiles(outDir, cacheDir);
  const id = read(beside);
  return existsSync(outDir) && id !== undefined && id === read(cached);
}

/**
 * Deletes every file in `outDir` that is not in `keep`, and the folders left empty.
 * `owned` tells the top-level entries another step replaces whole (the search index, .git).
 * Returns the paths deleted.
 */
export function removeStaleFiles(
  outDir: string,
  keep: Set<string>,
  owned: (path: string) => boolean,
): string[] {
  const skip = owned;
  const stale = filesUnder(outDir, skip).filter((path) => !keep.has(path));
  for (const path of stale) rmSync(join(outDir, path), { force: true });
  removeEmptyFolders(outDir, skip);
  return stale;
}

/**
 * Top-level entries of dist/ that are not the build's pages: they stay as they are. The
 * search index and the cards (src/integrations/cards.ts) are written whole by their own steps.
 */
const owned = (path: string) => path === '.git' || isShardFolder(path) || path === CARDS_FOLDER;

export function outDir(): AstroIntegration[] {
  let out = '';
  let cache = '';
  let publicDir = '';
  let assetsDir = '';
  let removing: Promise<unknown> = Promise.resolve();
  return [
    {
      name: 'gigawatt:out-dir',
      hooks: {
        'astro:config:setup': ({ updateConfig }) => {
          // This integration empties dist/ (or keeps it), not Astro.
          updateConfig({ vite: { build: { emptyOutDir: false } } });
        },
        'astro:config:done': ({ config }) => {
          out = fileURLToPath(config.outDir);
          cache = fileURLToPath(config.cacheDir);
          publicDir = fileURLToPath(config.publicDir);
          assetsDir = config.build.assets;
        },
        'astro:build:start': () => {
          const parent = dirname(out);
          const prefix = `.${basename(out)}-old-`;
          const aside = existsSync(parent)
            ? readdirSync(parent)
                .filter((name) => name.startsWith(prefix))
                .map((name) => join(parent, name))
            : [];
          const trusted = outDirTrusted(out, cache);
          // Until this build finishes, what is in dist/ is no build's whole output.
          rmSync(stampFiles(out, cache).beside, { force: true });
          if (trusted) {
            // Bundling writes every asset again; the old ones would only be stale.
            rmSync(join(out, assetsDir), { recursive: true, force: true });
          } else if (existsSync(join(out, '.git'))) {
            // Deployed as a repository: emptied in place, .git kept (as Astro does).
            for (const name of readdirSync(out))
              if (name !== '.git') rmSync(join(out, name), { recursive: true, force: true });
          } else if (existsSync(out)) {
            const to = join(parent, `${prefix}${process.pid}-${Date.now()}`);
            renameSync(out, to);
            aside.push(to);
          }
          removing = Promise.all(aside.map((dir) => rm(dir, { recursive: true, force: true })));
        },
        'astro:build:done': async ({ assets, logger }) => {
          // Runs before the sitemap and the output check (integrations run in order).
          const keep = new Set(filesUnder(publicDir));
          for (const urls of assets.values())
            for (const url of urls) keep.add(relative(out, fileURLToPath(url)).split('\\').join('/'));
          for (const path of filesUnder(join(out, assetsDir))) keep.add(`${assetsDir}/${path}`);
          const stale = removeStaleFiles(out, keep, owned);
          if (stale.length)
            logger.info(
              `${stale.length} file(s) of the last build not written again removed (sitemaps are written next)`,
            );
          await removing;
        },
      },
    },
    {
      // Last of all integrations: only a build that finished stamps its output.
      name: 'gigawatt:out-dir-stamp',
      hooks: {
        'astro:build:done': () => {
          const id = randomUUID();
          const { beside, cached } = stampFiles(out, cache);
          mkdirSync(dirname(cached), { recursive: true });
          writeFileSync(cached, id);
          writeFileSync(beside, id);
        },
      },
    },
  ];
}
