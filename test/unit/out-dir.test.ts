import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { outDirTrusted, removeStaleFiles, stampFiles } from '../../src/integrations/out-dir.ts';

const root = mkdtempSync(join(tmpdir(), 'gigawatt-out-dir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text = 'x') {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

it('deletes every file the build did not write or keep, and the folders left empty, but not what another step owns', () => {
  const dist = join(root, 'dist');
  for (const path of [
    'index.html',
    'news/kept/index.html',
    'news/taken-back/index.html',
    'news/taken-back.md',
    'archive/9/index.html',
    'sitemap-3.xml',
    'pagefind/pagefind-entry.json',
    'pagefind-2/pagefind-entry.json',
    '.git/HEAD',
  ])
    write(join(dist, path));
  const stale = removeStaleFiles(dist, new Set(['index.html', 'news/kept/index.html']), (path) =>
    ['pagefind', 'pagefind-2', '.git'].includes(path),
  );
  expect(stale.sort()).toEqual([
    'archive/9/index.html',
    'news/taken-back.md',
    'news/taken-back/index.html',
    'sitemap-3.xml',
  ]);
  expect(readdirSync(dist).sort()).toEqual(['.git', 'index.html', 'news', 'pagefind', 'pagefind-2']);
  expect(readdirSync(join(dist, 'news'))).toEqual(['kept']);
});

it('trusts dist/ only when the id beside it is the id in the cache, both written by a finished build', () => {
  const dist = join(root, 'site', 'dist');
  const cache = join(root, 'site', 'cache');
  mkdirSync(dist, { recursive: true });
  mkdirSync(cache, { recursive: true });
  const { beside, cached } = stampFiles(dist, cache);
  expect(outDirTrusted(dist, cache)).toBe(false); // no build finished yet
  writeFileSync(beside, 'a');
  writeFileSync(cached, 'a');
  expect(outDirTrusted(dist, cache)).toBe(true);
  writeFileSync(beside, 'b'); // another build (other caches) wrote dist/ since
  expect(outDirTrusted(dist, cache)).toBe(false);
  rmSync(beside); // a build started and did not finish
  expect(outDirTrusted(dist, cache)).toBe(false);
  writeFileSync(beside, 'a');
  rmSync(dist, { recursive: true }); // nothing to keep
  expect(outDirTrusted(dist, cache)).toBe(false);
});
