/**
 * Whether `npm run build` has anything to do. A build is a function of its inputs (the
 * content, the code, the dependencies, the settings it reads from the environment) and of
 * the clock, which matters only at the moments the site plan names as its next change (a
 * scheduled story's time, a weekly digest's end, a story leaving the news sitemap). So when
 * the inputs are byte for byte those of the last finished build into the same folder, the
 * clock has not reached that build's next change, and the folder is as that build left it
 * (every file's path, size and mtime), a build would write the same bytes: it is skipped.
 *
 * The record is removed when a build starts and written only once it has finished, search
 * index and all; a build that stopped half way leaves none, and the next one runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../../src/lib/files-under.ts';
import { ROOT } from './root.ts';

/**
 * The environment a build reads (test/unit/up-to-date.test.ts checks every name the code
 * reads matches): settings, the clock, content and cache folders, Astro's and Node's own.
 */
export const BUILD_ENV =
  /^(GIGAWATT_\w+|CONTENT_DIR|SITE_URL|TWITTER_SITE|WEBSUB_HUB|PUBLIC_\w+|ASTRO_\w+|NODE_ENV|NODE_OPTIONS)$/;

/** Set to 1, the build runs whatever the record says (the benchmark's "rebuilt anyway"). */
export const ALWAYS_BUILD = 'GIGAWATT_ALWAYS_BUILD';

/** Project files a build runs (the rest of scripts/ and test/ never reach dist/). */
const CODE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
const CODE_FOLDERS = ['public', 'scripts/lib', 'scripts/build.ts', 'scripts/lint-content.ts'];

/** A path as a message shows it: relative to the project when inside it. */
export function shownPath(path: string): string {
  const inside = relative(ROOT, path);
  return inside && !inside.startsWith('..') ? inside : path;
}

export interface BuildInputs {
  contentDir: string;
  /** The src/ this build compiles (GIGAWATT_SRC in tests). */
  srcDir: string;
  env: NodeJS.ProcessEnv;
  argv: string[];
}

/** Hashes a file or every file under a folder, each with its path, in a stable order. */
function hashTree(hash: ReturnType<typeof createHash>, label: string, path: string): void {
  if (!existsSync(path)) return void hash.update(`${label}: absent\0`);
  const files = statSync(path).isDirectory() ? filesUnder(path).sort() : [''];
  for (const file of files) {
    hash.update(`${label}/${file}\0`);
    try {
      hash.update(readFileSync(file ? join(path, file) : path));
    } catch (error) {
      // A link to nothing or to a folder: the linter names it; here it is only an input.
      hash.update(`unreadable: ${(error as NodeJS.ErrnoException).code}`);
    }
    hash.update('\0');
  }
}

/** One digest of everything a build reads but the clock. */
export function inputsDigest({ contentDir, srcDir, env, argv }: BuildInputs): string {
  const hash = createHash('sha256');
  // Asking for a build (`--force`, ALWAYS_BUILD) changes nothing the build writes.
  const args = argv.filter((arg) => arg !== '--force');
  hash.update(`node ${process.version}\0argv ${JSON.stringify(args)}\0`);
  const settings = Object.keys(env)
    .filter((name) => BUILD_ENV.test(name) && name !== ALWAYS_BUILD)
    .sort()
    .map((name) => [name, env[name]]);
  hash.update(`env ${JSON.stringify(settings)}\0`);
  hashTree(hash, 'content', contentDir);
  hashTree(hash, 'src', srcDir);
  for (const name of [...CODE_FILES, ...CODE_FOLDERS]) hashTree(hash, name, join(ROOT, name));
  return hash.digest('hex');
}

/** Every file of a built site, with its size and mtime: what a later build checks it against. */
export function outputDigest(outDir: string): string {
  const hash = createHash('sha256');
  // A dist/ deployed as a repository (src/integrations/out-dir.ts keeps its .git): a commit
  // there changes nothing the build wrote.
  for (const file of filesUnder(outDir, (path) => path === '.git').sort()) {
    const { size, mtimeMs } = statSync(join(outDir, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\0`);
  }
  return hash.digest('hex');
}

export interface BuildRecord {
  outDir: string;
  inputs: string;
  output: string;
  /** The site plan's next change after the build's clock (ISO), if any. */
  nextChange?: string;
}

/** Why a build must run, or undefined when the last one's output stands. */
export function whyBuild(recordFile: string, outDir: string, inputs: string, now: Date): string | undefined {
  let record: BuildRecord;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8')) as BuildRecord;
  } catch {
    return 'no finished build on record';
  }
  if (record.outDir !== outDir) return 'the last build wrote another folder';
  if (record.inputs !== inputs) return 'the content, code or settings changed';
  if (record.nextChange && now.getTime() >= new Date(record.nextChange).getTime())
    return `the time of the next change (${record.nextChange}) has come`;
  if (!existsSync(outDir) || outputDigest(outDir) !== record.output)
    return `${shownPath(outDir)} is not as the last build left it`;
  return undefined;
}

export function forgetBuild(recordFile: string): void {
  rmSync(recordFile, { force: true });
}

export function recordBuild(recordFile: string, record: BuildRecord): void {
  writeFileSync(recordFile, `${JSON.stringify(record, null, 2)}\n`);
}
