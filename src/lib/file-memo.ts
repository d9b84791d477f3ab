/**
 * What a build step read from a file of the built site, remembered for the next build while
 * the file is as it was (same size and modification time) and the question asked of it is
 * the same. An incremental build leaves an unchanged page's file untouched
 * (src/integrations/out-dir.ts), so the checks after the build read only the pages it wrote:
 * at 10,000 stories, 11,000 pages read for their anchors and dates cost 2-3 s of a one-story
 * rebuild. Written by hand: a few lines of stat and JSON, no library needed.
 */
import { readFileSync, statSync } from 'node:fs';
import { writeFileAtomically } from './write-file.ts';

/** Per path: [size, mtimeMs, the question's key, the answer]. */
type Entries<Value> = Record<string, [number, number, string, Value]>;

export interface FileMemo<Value> {
  /** The answer for `file` (known as `path`) to the question `key`: remembered, or computed now. */
  get(path: string, file: string, key: string, compute: () => Value): Value;
  /** Keeps the answers this build used (and only those) for the next. */
  save(): void;
}

export function fileMemo<Value>(store: string): FileMemo<Value> {
  let old: Entries<Value> = {};
  try {
    old = JSON.parse(readFileSync(store, 'utf8')) as Entries<Value>;
  } catch {
    // None yet, or unreadable: every file is read.
  }
  const used: Entries<Value> = {};
  return {
    get(path, file, key, compute) {
      const { size, mtimeMs } = statSync(file);
      const known = old[path];
      const value =
        known && known[0] === size && known[1] === mtimeMs && known[2] === key ? known[3] : compute();
      used[path] = [size, mtimeMs, key, value];
      return value;
    },
    save() {
      try {
        writeFileAtomically(store, JSON.stringify(used));
      } catch {
        // Only a cache: the next build reads every file again.
      }
    },
  };
}
