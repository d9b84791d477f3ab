/** Reading a built site: every HTML page, parsed, keyed by its URL path. */
import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dist, file));
}

/** Every file under a folder (a built site, a content tree), as absolute paths. */
export function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile());
}

/** Every file of a built site as a site path: '/news/x/index.html'. */
export function sitePaths(dist: string): string[] {
  return allFiles(dist).map((file) => `/${relative(dist, file).split(sep).join('/')}`);
}

/** '/news/x/index.html' -> '/news/x/', '/404.html' -> '/404.html' */
export function urlPathOf(dist: string, file: string): string {
  const path = '/' + relative(dist, file).split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function loadPages(dist: string): Map<string, CheerioAPI> {
  return new Map(htmlFiles(dist).map((file) => [urlPathOf(dist, file), load(readFileSync(file, 'utf8'))]));
}

export function page(pages: Map<string, CheerioAPI>, path: string): CheerioAPI {
  const $ = pages.get(path);
  if (!$) throw new Error(`no page ${path} in the build; pages: ${[...pages.keys()].sort().join(', ')}`);
  return $;
}

/** Pages in the pagefind index, and the built pages that mark a search body: the two should match. */
export function searchCoverage(dist: string): { indexed: number; withSearchBody: number } {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const withSearchBody = htmlFiles(dist).filter((file) =>
    readFileSync(file, 'utf8').includes('data-pagefind-body'),
  ).length;
  return { indexed: entry.languages.en.page_count, withSearchBody };
}

/**
 * Files that differ between two builds, or exist in one only. Pagefind writes its filter
 * and meta indexes (in each shard's bundle) from hash maps in arbitrary order (upstream: Pagefind/pagefind#638), so
 * those are left out; everything else must match to the byte.
 */
export function distDifferences(a: string, b: string): string[] {
  const unstable = /^pagefind(?:-\d+)?\/(filter\/|pagefind\.[^/]+\.pf_meta$|pagefind-entry\.json$)/;
  const files = (dir: string) =>
    new Set(
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .map((f) => f.split(sep).join('/'))
        .filter((f) => !unstable.test(f) && statSync(join(dir, f)).isFile()),
    );
  const left = files(a);
  const right = files(b);
  return [...new Set([...left, ...right])]
    .sort()
    .filter(
      (f) => !left.has(f) || !right.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))),
    );
}

function fileFor(dist: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [join(dist, decoded, 'index.html')] : [join(dist, decoded)];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * Every internal href and src of every page that resolves to no file in dist/ (or #anchor
 * to no id on its page), and every external link that is not https.
 */
export function brokenLinks(
  dist: string,
  pages: Map<string, CheerioAPI>,
): { broken: string[]; checked: number } {
  const broken: string[] = [];
  let checked = 0;
  for (const [path, $] of pages) {
    $('[href], [src]').each((_, el) => {
      const attr = $(el).attr('href') !== undefined ? 'href' : 'src';
      const value = $(el).attr(attr)!;
      checked++;
      if (/^(mailto|tel):/.test(value)) return;
      const url = new URL(value, `http://site.test${path}`);
      if (url.host !== 'site.test') {
        if (url.protocol !== 'https:') broken.push(`${path}: external ${attr} is not https: ${value}`);
        return;
      }
      const target = url.pathname === new URL(`http://site.test${path}`).pathname ? path : url.pathname;
      const file = fileFor(dist, target);
      if (!file) {
        broken.push(`${path}: ${attr}="${value}" points nowhere`);
        return;
      }
      if (url.hash && file.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const $target = pages.get(target);
        if ($target && $target(`[id="${id}"]`).length === 0)
          broken.push(`${path}: ${value}: no element with id "${id}"`);
      }
    });
  }
  return { broken, checked };
}
