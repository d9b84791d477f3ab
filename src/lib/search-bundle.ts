/**
 * Pagefind's bundle files kept from one build for the next. Pagefind names its fragment,
 * word-index and filter files by a digest of their contents, and does not write a file that
 * is already there under that name (pagefind/src/output/mod.rs, "immutable" files); writing
 * them is most of its time (each is gzipped at the best level: 13 s of 23 s at 10,000
 * pages). So the last build's files are linked into the new bundle's folder first, and only
 * pages that changed cost a write. Pagefind itself never removes a file, so this module
 * then removes what the new index does not reference, and checks that every referenced file
 * holds what its name says (a short name can in principle collide with an older file's).
 *
 * Written here: pagefind has no API for reusing a bundle; the index file is read with
 * cbor2 (pagefind writes it with minicbor), the rest is file system work.
 */
import { decode } from 'cbor2';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The folders of a bundle whose files are named by their contents. */
const HASHED_FOLDERS = { fragment: '.pf_fragment', index: '.pf_index', filter: '.pf_filter' } as const;
type HashedFolder = keyof typeof HASHED_FOLDERS;

/** What pagefind puts before the CBOR or JSON in every gzipped file. */
const PREFIX = 'pagefind_dcd';

const filesIn = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

/**
 * Links (or, across file systems, copies) the hashed files of `from` into the same folders
 * of `to`; returns how many. A file that cannot be linked is left out: pagefind writes it.
 */
export function linkHashedFiles(from: string, to: string): number {
  let linked = 0;
  for (const folder of Object.keys(HASHED_FOLDERS)) {
    const names = filesIn(join(from, folder));
    if (names.length === 0) continue;
    mkdirSync(join(to, folder), { recursive: true });
    for (const name of names) {
      const source = join(from, folder, name);
      const target = join(to, folder, name);
      try {
        linkSync(source, target);
        linked++;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') continue;
        copyFileSync(source, target);
        linked++;
      }
    }
  }
  return linked;
}

/** The hashed files the bundle's index refers to, by folder (names without extension). */
function referencedFiles(bundle: string): Record<HashedFolder, Set<string>> {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const referenced = { fragment: new Set<string>(), index: new Set<string>(), filter: new Set<string>() };
  for (const { hash } of Object.values(entry.languages)) {
    const meta = decode(contentsOf(join(bundle, `pagefind.${hash}.pf_meta`))) as unknown[];
    // MetaIndex (pagefind/src/index/index_metadata.rs): version, pages [hash, words],
    // index chunks [from, to, hash], filters [name, hash], sorts, ...
    const [, pages, chunks, filters] = meta as [
      string,
      [string][],
      [string, string, string][],
      [string, string][],
    ];
    if (![pages, chunks, filters].every(Array.isArray))
      throw new Error(
        `pagefind.${hash}.pf_meta is not the index this code reads (pagefind's format changed?)`,
      );
    for (const page of pages) referenced.fragment.add(page[0]);
    for (const chunk of chunks) referenced.index.add(chunk[2]);
    for (const filter of filters) referenced.filter.add(filter[1]);
  }
  return referenced;
}

/** A bundle file's contents, ungzipped, after pagefind's prefix. */
function contentsOf(file: string): Buffer {
  const raw = gunzipSync(readFileSync(file));
  if (raw.subarray(0, PREFIX.length).toString() !== PREFIX) throw new Error(`${file} has no pagefind prefix`);
  return raw.subarray(PREFIX.length);
}

/** Pagefind's digest: SHA-1, each byte in hex without a leading zero (`{:x?}`). */
function pagefindDigest(contents: Buffer): string {
  return [...createHash('sha1').update(contents).digest()].map((byte) => byte.toString(16)).join('');
}

/** Whether a hashed file holds what its name (`en_3fa9c1e`) says. */
function holdsItsName(file: string, name: string): boolean {
  const underscore = name.lastIndexOf('_');
  try {
    return pagefindDigest(contentsOf(file)).startsWith(name.slice(underscore + 1));
  } catch {
    return false;
  }
}

/**
 * Removes the hashed files the bundle's index does not refer to, and checks every file it
 * does refer to. Returns the names of referenced files that are missing or hold something
 * else (then the bundle must be written again without kept files).
 */
export function pruneBundle(bundle: string): string[] {
  const referenced = referencedFiles(bundle);
  const wrong: string[] = [];
  for (const [folder, extension] of Object.entries(HASHED_FOLDERS) as [HashedFolder, string][]) {
    const present = new Set(filesIn(join(bundle, folder)));
    for (const name of present) {
      const hash = name.slice(0, -extension.length);
      if (!name.endsWith(extension) || !referenced[folder].has(hash)) rmSync(join(bundle, folder, name));
    }
    for (const hash of referenced[folder]) {
      const name = `${hash}${extension}`;
      if (!present.has(name) || !holdsItsName(join(bundle, folder, name), hash))
        wrong.push(`${folder}/${name}`);
    }
  }
  return wrong;
}

/** Replaces the kept files in `cache` with the hashed files of `bundle` (linked, not copied). */
export function keepHashedFiles(bundle: string, cache: string): void {
  const next = `${cache}.${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  linkHashedFiles(bundle, next);
  rmSync(cache, { recursive: true, force: true });
  renameSync(next, cache);
}
