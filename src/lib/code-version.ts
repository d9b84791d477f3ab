/**
 * A digest of the code that renders the site (src/ and the lockfile): part of every
 * route's input digest in the site plan, so a component change marks every page changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

let cached: string | undefined;

/** A short digest of some files under `root`: their paths and contents, in order. */
export function digestOfFiles(paths: string[], root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of paths) {
    hash.update(file.slice(root.length));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

export function codeVersion(root = process.cwd()): string {
  const extra = ['package-lock.json', 'package.json', 'astro.config.mjs'].map((name) => join(root, name));
  // A test build's root is a copy of src/ and the config, without the lockfile.
  cached ??= digestOfFiles([...files(join(root, 'src')), ...extra.filter((path) => existsSync(path))], root);
  return cached;
}
