/**
 * @astrojs/sitemap, with <lastmod> for each story. The date comes from the built page
 * itself (its article:modified_time, which the story model sets), so the sitemap never
 * reads content files on its own; only built pages are listed, so drafts and future
 * stories never appear.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileMemo, type FileMemo } from '../lib/file-memo.ts';
import { urls } from '../lib/urls.ts';

const MODIFIED = Buffer.from('<meta property="article:modified_time" content="');
const HEAD_BYTES = 8192;

/** A file's first HEAD_BYTES bytes, without its last (possibly cut) tag. */
function headOf(file: string): Buffer {
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(file, 'r');
  try {
    const read = readSync(fd, head, 0, HEAD_BYTES, 0);
    return head.subarray(0, head.lastIndexOf('>', read - 1) + 1);
  } finally {
    closeSync(fd);
  }
}

/** A built page's article:modified_time, as an ISO date, or null when it has none. */
function modifiedTime(file: string): string | null {
  // Found in the bytes: decoding every page to text cost 0.5 s at 12,000 pages. A story
  // page has it in its first kilobytes; only a page without it is read whole.
  let html = headOf(file);
  if (html.indexOf(MODIFIED) < 0) html = readFileSync(file);
  const at = html.indexOf(MODIFIED);
  if (at < 0) return null;
  const start = at + MODIFIED.length;
  const found = html.toString('latin1', start, html.indexOf('"', start)); // an ISO date: ASCII
  return found ? new Date(found).toISOString() : null;
}

export function gigawattSitemap(): AstroIntegration[] {
  let dist: string | undefined;
  let dates: FileMemo<string | null> | undefined;
  // Runs before @astrojs/sitemap's own build:done (integrations run in order), which
  // calls serialize() below for each page.
  const readDist: AstroIntegration = {
    name: 'gigawatt:sitemap-lastmod',
    hooks: {
      'astro:config:done': ({ config }) => {
        // A page the last build read, not written since, is not read again (src/lib/file-memo.ts).
        dates = fileMemo(join(fileURLToPath(config.cacheDir), 'gigawatt-lastmod.json'));
      },
      'astro:build:done': ({ dir }) => void (dist = fileURLToPath(dir)),
    },
  };
  // After @astrojs/sitemap's build:done: the dates it asked for are kept for the next build.
  const keepDates: AstroIntegration = {
    name: 'gigawatt:sitemap-lastmod-kept',
    hooks: { 'astro:build:done': () => dates?.save() },
  };
  const lastmod = (path: string): string | undefined => {
    const file = dist && join(dist, path, 'index.html');
    if (!file || !existsSync(file)) return undefined;
    return (
      (dates ? dates.get(path, file, 'lastmod', () => modifiedTime(file)) : modifiedTime(file)) ?? undefined
    );
  };
  return [
    readDist,
    sitemap({
      filter: (page) => new URL(page).pathname !== urls.notFound().replace(/\.html$/, '/'),
      serialize(item) {
        const date = lastmod(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
    keepDates,
  ];
}
