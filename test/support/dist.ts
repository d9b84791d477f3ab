/** Reading a built site: every HTML page, parsed, keyed by its URL path. */
import { load, type CheerioAPI } from 'cheerio';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dist, file));
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
