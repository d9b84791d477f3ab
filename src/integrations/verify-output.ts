/**
 * The build checks its own output against what the content says it should have made
 * (src/lib/build-manifest.ts): every published story, topic, author and comparison has its
 * page and social card, and the newest stories are in the RSS feed. Anything missing fails
 * the build with the list. The manifest itself is then removed from dist/.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildManifest } from '../lib/build-manifest.ts';
import { fileMemo, type FileMemo } from '../lib/file-memo.ts';
import { filesUnder } from '../lib/files-under.ts';
import { isSearchFolder } from '../lib/search-shards.ts';
import { isCompletePngFile } from '../lib/og/png.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/og/template.ts';
import { urls } from '../lib/urls.ts';

/** The file a route writes: a page path ends in '/', its file is index.html there. */
const fileOf = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);

/** Files the plan must account for: pages, story twins and cards (the rest is assets). */
const PLANNED = /(?:\/index\.html|^\/news\/[^/]+\.md|^\/og\/.+\.png)$/;

/** What is wrong with one written file: a card cut short, or ids its page should have and lacks. */
function routeProblems(path: string, file: string, isCard: boolean, anchors: string[]): string[] {
  if (isCard) return isCompletePngFile(file, CARD_WIDTH, CARD_HEIGHT) ? [] : [`${path}: not a complete card`];
  const html = readFileSync(file, 'utf8');
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const lost = anchors.filter((anchor) => !ids.has(anchor));
  return lost.length ? [`${path}: no element with id ${lost.map((a) => `"${a}"`).join(', ')}`] : [];
}

/**
 * What the manifest promises and dist/ lacks, and what dist/ has that the plan does not
 * (a held-back story's page, card or twin): one line each.
 */
export function missingOutput(dist: string, manifest: BuildManifest, memo?: FileMemo<string[]>): string[] {
  const problems: string[] = [];
  const planned = new Set(manifest.routes.map((r) => fileOf(r.path)));
  // One walk of dist/ instead of a look-up per route (33,000 at 10,000 stories), past the
  // search index (thousands of files, none a page, written meanwhile by npm run build).
  const written = filesUnder(dist, isSearchFolder).map((path) => `/${path}`);
  const present = new Set(written);
  for (const { path, anchors } of manifest.routes) {
    const file = join(dist, fileOf(path));
    if (!present.has(fileOf(path))) {
      problems.push(`${path}: not written`);
      continue;
    }
    const isCard = path.startsWith('/og/');
    if (!isCard && !anchors?.length) continue;
    // A file the last build checked, not written since, is not read again (src/lib/file-memo.ts).
    const check = () => routeProblems(path, file, isCard, anchors ?? []);
    problems.push(...(memo ? memo.get(path, file, isCard ? 'card' : anchors!.join(' '), check) : check()));
  }
  for (const path of written) {
    if (PLANNED.test(path) && !planned.has(path) && path !== fileOf(urls.notFound()))
      problems.push(`${path}: written, but the site plan has no such route (held back, or a stray page)`);
  }
  const rss = existsSync(join(dist, urls.rss())) ? readFileSync(join(dist, urls.rss()), 'utf8') : '';
  for (const path of manifest.feed) {
    if (!rss.includes(`${path}</link>`)) problems.push(`${path}: not in ${urls.rss()}`);
  }
  return problems;
}

/**
 * Where a finished build leaves the site plan's next change (or null), in Astro's cache
 * folder: npm run build reads it to know until when its output stands (scripts/lib/up-to-date.ts).
 */
export const nextChangeFile = (cacheDir: string) => join(cacheDir, 'gigawatt-next-change.json');

export function verifyOutput(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'gigawatt:verify-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const manifestFile = join(dist, urls.buildManifest());
        if (!existsSync(manifestFile))
          throw new Error(`The build wrote no ${urls.buildManifest()}: cannot check its output.`);
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BuildManifest;
        rmSync(manifestFile);
        const memo = fileMemo<string[]>(join(cacheDir, 'gigawatt-verified.json'));
        const missing = missingOutput(dist, manifest, memo);
        if (missing.length) {
          throw new Error(`The build's output does not match the site plan:\n  ${missing.join('\n  ')}`);
        }
        mkdirSync(cacheDir, { recursive: true });
        memo.save();
        const pages = manifest.routes.filter((r) => r.path.endsWith('/')).length;
        const cards = manifest.routes.filter((r) => r.path.endsWith('.png')).length;
        logger.info(
          `output checked: ${manifest.routes.length} routes (${pages} pages, ${cards} cards), ${manifest.feed.length} feed items`,
        );
        writeFileSync(nextChangeFile(cacheDir), JSON.stringify(manifest.nextChange?.at ?? null));
        // A scheduled build (README, "Previewing and scheduling") must run by then.
        logger.info(
          manifest.nextChange
            ? `next change: ${manifest.nextChange.at} (${manifest.nextChange.what}); build again after it`
            : 'next change: none scheduled',
        );
      },
    },
  };
}
