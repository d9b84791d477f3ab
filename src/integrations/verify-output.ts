/**
 * The build checks its own output against what the content says it should have made
 * (src/lib/build-manifest.ts): every published story, topic, author and comparison has its
 * page and social card, and the newest stories are in the RSS feed. Anything missing fails
 * the build with the list. The manifest itself is then removed from dist/.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildManifest } from '../lib/build-manifest.ts';
import { isCompletePng } from '../lib/og/png.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/og/template.ts';
import { urls } from '../lib/urls.ts';

/** What the manifest promises and dist/ lacks, one line each. */
export function missingOutput(dist: string, manifest: BuildManifest): string[] {
  const missing: string[] = [];
  for (const path of manifest.pages) {
    if (!existsSync(join(dist, path, 'index.html'))) missing.push(`${path}: no page`);
  }
  for (const card of manifest.cards) {
    const file = join(dist, card);
    if (!existsSync(file) || !isCompletePng(readFileSync(file), CARD_WIDTH, CARD_HEIGHT))
      missing.push(`${card}: no card`);
  }
  const rss = existsSync(join(dist, urls.rss())) ? readFileSync(join(dist, urls.rss()), 'utf8') : '';
  for (const path of manifest.feed) {
    if (!rss.includes(`${path}</link>`)) missing.push(`${path}: not in ${urls.rss()}`);
  }
  return missing;
}

export function verifyOutput(): AstroIntegration {
  return {
    name: 'gigawatt:verify-output',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const manifestFile = join(dist, urls.buildManifest());
        if (!existsSync(manifestFile))
          throw new Error(`The build wrote no ${urls.buildManifest()}: cannot check its output.`);
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BuildManifest;
        rmSync(manifestFile);
        const missing = missingOutput(dist, manifest);
        if (missing.length) {
          throw new Error(
            `The build is missing what the content says it must publish:\n  ${missing.join('\n  ')}`,
          );
        }
        logger.info(
          `output checked: ${manifest.pages.length} pages, ${manifest.cards.length} cards, ${manifest.feed.length} feed items`,
        );
      },
    },
  };
}
