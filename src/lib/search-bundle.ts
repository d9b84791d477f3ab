/**
 * Pagefind's page fragments kept from one build for the next. Pagefind names a fragment
 * by a digest of its contents, and does not write a file that is already there under that
 * name (pagefind/src/output/mod.rs, "immutable" files); writing them is most of its time
 * (each is gzipped at the best level: 8 of 14 s at 10,000 pages). So the last build's
 * fragments are linked into the new bundle's folder first, and only pages that changed
 * cost a write. The word index and filter files (under 100 at 10,000 pages, 0.9 s) are
 * always written afresh.
 *
 * A name is short (7 hex digits): when every page changes (a template edit), about 0.45
 * of the new 11,000 fragments are expected to take the name of an old one, and pagefind
 * then keeps the old file, another page's fragment, without a word. Checking the kept
 * file's digest cannot see that (the old file does hold what its name says). So each kept
 * fragment is remembered with its page's URL, and the new bundle is checked page by page:
 * every page with a search body must have exactly one fragment, and it must be its own.
 *
 * Written here: pagefind has no API for reusing a bundle; the meta file is read with cbor2
 * (pagefind writes it with minicbor), the rest is file system work.
 */
import { decode } from 'cbor2';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { linkOrCopy } from './write-file.ts';

const FRAGMENTS = 'fragment';
const EXTENSION = '.pf_fragment';

/** What pagefind puts before the CBOR or JSON in every gzipped file. */
const PREFIX = 'pagefind_dcd';

/** Per kept fragment (by name, without extension): [its page's URL, size, mtimeMs, inode]. */
export type FragmentRecords = Record<string, [string, number, number, number]>;

const filesIn = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);
const nameOf = (file: string) => file.slice(0, -EXTENSION.length);

/** Whether a file is still the one a record was taken of (nothing wrote over it since). */
function unchanged(file: string, record: FragmentRecords[string] | undefined): boolean {
  if (!record) return false;
  try {
    const stat = statSync(file);
    return stat.size === record[1] && stat.mtimeMs === record[2] && stat.ino === record[3];
  } catch {
    return false;
  }
}

/** Links (or copies) `files` of one folder into another; returns those linked. */
function linkInto(from: string, to: string, files: string[]): string[] {
  if (files.length) mkdirSync(to, { recursive: true });
  return files.filter((file) => linkOrCopy(join(from, file), join(to, file)));
}

/**
 * Links the fragments of `from` that are as `known` recorded them into `<to>/fragment`;
 * returns their names. Any other file is left out: pagefind writes it if the new index
 * needs it.
 */
export function linkFragments(from: string, to: string, known: FragmentRecords): Set<string> {
  const files = filesIn(join(from, FRAGMENTS)).filter((file) =>
    unchanged(join(from, FRAGMENTS, file), known[nameOf(file)]),
  );
  return new Set(linkInto(join(from, FRAGMENTS), join(to, FRAGMENTS), files).map(nameOf));
}

/** The fragments the bundle's index lists, by name (without extension). */
function referencedFragments(bundle: string): Set<string> {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const referenced = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    const meta = decode(contentsOf(join(bundle, `pagefind.${hash}.pf_meta`))) as unknown[];
    // MetaIndex (pagefind/src/index/index_metadata.rs): version, pages [hash, words], ...
    const pages = meta[1] as [string][];
    if (!Array.isArray(pages) || !pages.every((page) => typeof page[0] === 'string'))
      throw new Error(
        `pagefind.${hash}.pf_meta is not the index this code reads (pagefind's format changed?)`,
      );
    for (const page of pages) referenced.add(page[0]);
  }
  return referenced;
}

/** A bundle file's contents, ungzipped, after pagefind's prefix. */
function contentsOf(file: string): Buffer {
  const raw = gunzipSync(readFileSync(file));
  if (raw.subarray(0, PREFIX.length).toString() !== PREFIX) throw new Error(`${file} has no pagefind prefix`);
  return raw.subarray(PREFIX.length);
}

/** The URL of the page a fragment file is of. */
function urlOf(file: string): string {
  const { url } = JSON.parse(contentsOf(file).toString('utf8')) as { url?: unknown };
  if (typeof url !== 'string') throw new Error(`${file} names no page`);
  return url;
}

/**
 * Removes the linked fragments the bundle's index does not list, and records every
 * fragment it does list: a linked one with the URL `known` has for it, one pagefind wrote
 * now with the URL it holds.
 */
export function pruneFragments(bundle: string, linked: Set<string>, known: FragmentRecords): FragmentRecords {
  const referenced = referencedFragments(bundle);
  for (const name of linked) if (!referenced.has(name)) rmSync(join(bundle, FRAGMENTS, name + EXTENSION));
  const records: FragmentRecords = {};
  for (const name of referenced) {
    const file = join(bundle, FRAGMENTS, name + EXTENSION);
    const stat = statSync(file);
    const url = linked.has(name) ? known[name]![0] : urlOf(file);
    records[name] = [url, stat.size, stat.mtimeMs, stat.ino];
  }
  return records;
}

/**
 * The pages the fragments are of that should not be, and the pages without one that should
 * have one: both empty when every page in `expected` has exactly its own fragment.
 */
export function fragmentMismatches(
  fragments: FragmentRecords,
  expected: Set<string>,
): { unexpected: string[]; missing: string[] } {
  const seen = new Set<string>();
  const unexpected: string[] = [];
  for (const [url] of Object.values(fragments)) {
    if (!expected.has(url) || seen.has(url)) unexpected.push(url);
    seen.add(url);
  }
  return { unexpected, missing: [...expected].filter((url) => !seen.has(url)) };
}

/** Replaces the fragments kept in `cache` with those of `bundle` (linked, not copied). */
export function keepFragments(bundle: string, cache: string): void {
  const next = `${cache}.${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  linkInto(join(bundle, FRAGMENTS), join(next, FRAGMENTS), filesIn(join(bundle, FRAGMENTS)));
  rmSync(cache, { recursive: true, force: true });
  renameSync(next, cache);
}
