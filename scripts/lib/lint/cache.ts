/**
 * Results of the linter's per-file work (parsing a story body as MDX is most of the time
 * on a large archive), kept between runs under node_modules/.cache/, keyed by a digest of
 * the text and of the code that checks it: an unchanged story is not parsed again, and any
 * change to the linter, the site code or the lockfile starts afresh.
 *
 * Each run writes back only the entries it used, so the file stays the size of the
 * archive; it is written to a temporary name and renamed, so two linters side by side
 * (the tests) can only cost each other cache hits, never a wrong result.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { codeVersion } from '../../../src/lib/code-version.ts';
import { ROOT } from '../root.ts';
import { writeFileAtomically } from '../../../src/lib/write-file.ts';

const DIR = process.env.GIGAWATT_LINT_CACHE ?? join(ROOT, 'node_modules', '.cache', 'gigawatt-lint');

/** The linter's own code (this folder) and the site code it imports, as one digest. */
function linterVersion(): string {
  const hash = createHash('sha256').update(codeVersion(ROOT));
  const here = join(ROOT, 'scripts', 'lib');
  for (const name of readdirSync(here, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(here, name);
    if (statSync(path).isFile()) hash.update(name).update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 16);
}

export interface LintCache<Value> {
  /** The value for this text: kept from an earlier run, or computed now. */
  get(text: string, compute: () => Value): Value;
  /** Writes the entries this run used. */
  save(): void;
}

let version: string | undefined;

export function lintCache<Value>(name: string): LintCache<Value> {
  version ??= linterVersion();
  const file = join(DIR, `${name}.json`);
  let stored: { version: string; entries: Record<string, Value> } | undefined;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // No cache yet, or an unreadable one: everything is computed.
  }
  const old = stored?.version === version ? stored.entries : {};
  const used: Record<string, Value> = {};
  return {
    get(text, compute) {
      const key = createHash('sha256').update(text).digest('base64url').slice(0, 22);
      if (!(key in used)) used[key] = key in old ? old[key]! : compute();
      return used[key]!;
    },
    save() {
      try {
        mkdirSync(DIR, { recursive: true });
        writeFileAtomically(file, JSON.stringify({ version, entries: used }));
      } catch {
        // A read-only checkout lints as well, only without the cache.
      }
    },
  };
}
