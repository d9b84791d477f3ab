/** Walking a folder of the built site. */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir`, as paths relative to it ('/' separated), leaving out the entries
 * `skip` names (and all below them). A folder that cannot be read holds nothing.
 */
export function filesUnder(
  dir: string,
  skip: (path: string) => boolean = () => false,
  prefix = '',
): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (skip(path)) return [];
    return entry.isDirectory() ? filesUnder(dir, skip, path) : [path];
  });
}

/** Removes the folders under `dir` that hold nothing (deepest first); whether `dir` is empty. */
export function removeEmptyFolders(
  dir: string,
  skip: (path: string) => boolean = () => false,
  prefix = '',
): boolean {
  let empty = true;
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return true;
  }
  for (const entry of entries) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (skip(path) || !entry.isDirectory() || !removeEmptyFolders(dir, skip, path)) empty = false;
  }
  if (empty && prefix) rmSync(join(dir, prefix), { recursive: true });
  return empty;
}
