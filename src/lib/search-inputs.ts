/**
 * What a search index is built from: the searchable pages of a built site. Their digest lets
 * a build that changed none of them keep the index it has (pagefind takes 17 s to index
 * 11,000 pages again; this digest 0.2–1.6 s). A page's file is read and hashed only when
 * its size, time or inode differ from the last digest's record of it (as git's index
 * does); pages left in place by an incremental build are not read at all.
 */
import { Parser } from 'htmlparser2';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Per page: [size, mtimeMs, inode, sha-1 of the bytes its search record is made of
 * (`indexedParts`), whether it has a search body].
 */
export type PageRecords = Record<string, [number, number, number, string, boolean]>;

/**
 * An element that carries data-pagefind-body (pagefind indexes only such pages once a site
 * has one). Text that only mentions the attribute is escaped (`&lt;`), so it does not match.
 */
const SEARCH_BODY = /<[a-z][^<>]*\sdata-pagefind-body[\s=>]/i;

/**
 * How an element opts out of the index whole: pagefind reads neither its words nor its
 * filters, metadata or default title and image (data-pagefind-ignore's "all"). The related
 * stories box carries it, so a story published or retitled changes the page of every story
 * it is related to, but none of their search records. Written as Astro writes it: a `"`
 * inside an attribute's value is `&quot;` and a `<` in text is `&lt;`, so these bytes are
 * always the attribute itself (a JSON-LD string would hold `\"`).
 */
const IGNORED_WHOLE = 'data-pagefind-ignore="all"';

/**
 * The byte ranges [start, end) of the elements of a page marked IGNORED_WHOLE (outermost
 * only), each found with a real HTML tokenizer from the element's own tag, which reads only
 * as far as the element's end; undefined when one cannot be bounded for sure (then the
 * page's every byte counts).
 */
export function ignoredWhole(bytes: Buffer): [number, number][] | undefined {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let at = bytes.indexOf(IGNORED_WHOLE); at >= 0; at = bytes.indexOf(IGNORED_WHOLE, from)) {
    const start = bytes.lastIndexOf(TAG_OPEN, at);
    if (start < from) return undefined;
    const element = bytes.subarray(start).toString('utf8');
    const attributeEnd = bytes.toString('utf8', start, at).length + IGNORED_WHOLE.length;
    const end = elementEnd(element, attributeEnd);
    if (end === undefined) return undefined;
    from = start + Buffer.byteLength(element.slice(0, end));
    ranges.push([start, from]);
  }
  return ranges;
}

const TAG_OPEN = 0x3c; // <

/** A tag or attribute name as HTML writes them: anything else means the tag was not read right. */
const NAME = /^[a-z][a-z0-9-]*$/;
const ATTRIBUTE_NAME = /^[a-z_:][a-z0-9_:.-]*$/;

/**
 * Where the element that `html` starts with ends, when its first tag is a well-formed tag
 * that carries IGNORED_WHOLE and spans `attributeEnd`. A `<` in an attribute value before the
 * attribute (Astro writes `<` there as it is) would make the tag start elsewhere: its name or
 * an attribute's then holds a quote, and the page counts whole.
 */
function elementEnd(html: string, attributeEnd: number): number | undefined {
  let depth = 0;
  let end: number | undefined;
  let valid = true;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (depth === 0)
          valid =
            parser.startIndex === 0 &&
            parser.endIndex + 1 >= attributeEnd &&
            NAME.test(name) &&
            Object.keys(attributes).every((attribute) => ATTRIBUTE_NAME.test(attribute)) &&
            attributes['data-pagefind-ignore'] === 'all';
        depth++;
      },
      onclosetag() {
        depth--;
        if (depth === 0 && end === undefined) {
          end = parser.endIndex + 1;
          parser.pause();
        }
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return valid ? end : undefined;
}

/** The parts of a page its search record is made of: all but what pagefind ignores whole. */
export function indexedParts(bytes: Buffer): Buffer[] {
  const ranges = ignoredWhole(bytes);
  if (!ranges?.length) return [bytes];
  const parts: Buffer[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    parts.push(bytes.subarray(from, start));
    from = end;
  }
  parts.push(bytes.subarray(from));
  return parts;
}

/** The URL pagefind gives a page: its path, without a final index.html. */
export const pageUrl = (page: string) => `/${page.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * The URLs the next index should list: a page with the same bytes as at the last index
 * if that index listed it (pagefind also leaves out a search body without words), any
 * other page if it has a search body.
 */
export function expectedUrls(records: PageRecords, last: PageRecords = {}, listed = new Set<string>()) {
  const urls = new Set<string>();
  for (const [page, record] of Object.entries(records)) {
    const url = pageUrl(page);
    const same = last[page]?.[3] === record[3];
    if (same ? listed.has(url) : record[4]) urls.add(url);
  }
  return urls;
}

/**
 * The site paths of the pages under `folders` that end in .html, sorted: the files the
 * glob `{folders}/**\/*.html` matches (pagefind's glob; a walk, because node's globSync
 * took 0.7 s at 11,000 pages).
 */
export function pagesUnder(site: string, folders: readonly string[]): string[] {
  return folders
    .flatMap((folder) =>
      existsSync(join(site, folder))
        ? readdirSync(join(site, folder), { recursive: true, encoding: 'utf8' })
            .filter((path) => path.endsWith('.html'))
            .map((path) => `${folder}/${path.split('\\').join('/')}`)
        : [],
    )
    .sort();
}

/** The digest of the pages and `settings`, the records to pass next time, and how many files were read. */
export function pagesDigest(
  site: string,
  pages: string[],
  settings: string,
  last: PageRecords = {},
): { digest: string; records: PageRecords; read: number } {
  const records: PageRecords = {};
  let read = 0;
  const digest = createHash('sha256').update(settings);
  for (const page of pages) {
    const file = join(site, page);
    const stat = statSync(file);
    const known = last[page];
    const same =
      known &&
      known[0] === stat.size &&
      known[1] === stat.mtimeMs &&
      known[2] === stat.ino &&
      typeof known[4] === 'boolean';
    if (same) records[page] = [stat.size, stat.mtimeMs, stat.ino, known[3], known[4]];
    else {
      read++;
      const bytes = readFileSync(file);
      const sha = createHash('sha1');
      for (const part of indexedParts(bytes)) sha.update(part);
      records[page] = [
        stat.size,
        stat.mtimeMs,
        stat.ino,
        sha.digest('hex'),
        SEARCH_BODY.test(bytes.toString('utf8')),
      ];
    }
    digest.update(`${page}\0${records[page]![3]}\0`);
  }
  return { digest: digest.digest('hex'), records, read };
}
