import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { missingOutput } from '../../src/integrations/verify-output.ts';
import { fileMemo } from '../../src/lib/file-memo.ts';

const dist = mkdtempSync(join(tmpdir(), 'gigawatt-dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

it('names every planned route, anchor and feed item that dist/ lacks, and every page the plan has not', () => {
  mkdirSync(join(dist, 'news', 'here'), { recursive: true });
  writeFileSync(join(dist, 'news', 'here', 'index.html'), '<!doctype html><h2 id="sources">Sources</h2>');
  mkdirSync(join(dist, 'news', 'secret-draft'), { recursive: true });
  writeFileSync(join(dist, 'news', 'secret-draft', 'index.html'), '<!doctype html>');
  mkdirSync(join(dist, 'og', 'article'), { recursive: true });
  writeFileSync(join(dist, 'og', 'article', 'here.png'), 'not a png');
  writeFileSync(join(dist, 'rss.xml'), '<rss><item><link>https://x.test/news/here/</link></item></rss>');
  const missing = missingOutput(dist, {
    routes: [
      { path: '/news/here/', anchors: ['sources', 'faq'] },
      { path: '/news/gone/' },
      { path: '/og/article/here.png' },
    ],
    feed: ['/news/here/', '/news/gone/'],
  });
  expect(missing).toEqual([
    '/news/here/: no element with id "faq"',
    '/news/gone/: not written',
    '/og/article/here.png: not a complete card',
    '/news/secret-draft/index.html: written, but the site plan has no such route (held back, or a stray page)',
    '/news/gone/: not in /rss.xml',
  ]);
});

it('reads a page again only when it was written since the last check', () => {
  const page = join(dist, 'memo', 'index.html');
  mkdirSync(join(dist, 'memo'), { recursive: true });
  const good = '<!doctype html><h2 id="sources">Sources</h2>';
  writeFileSync(page, good);
  const store = join(dist, '..', `${basename(dist)}-verified.json`);
  const manifest = { routes: [{ path: '/memo/', anchors: ['sources'] }], feed: [] };
  const check = () => {
    const memo = fileMemo<string[]>(store);
    const problems = missingOutput(dist, manifest, memo).filter((p) => p.startsWith('/memo/'));
    memo.save();
    return problems;
  };
  const mtime = new Date('2026-01-01T00:00:00Z'); // whole seconds: utimes keeps them exactly
  utimesSync(page, mtime, mtime);
  expect(check()).toEqual([]);
  // The same size and time: the last check's answer stands, the file is not read.
  writeFileSync(page, good.replace('sources', 'nothing'));
  utimesSync(page, mtime, mtime);
  expect(check()).toEqual([]);
  // Written again: read, and the lost anchor found.
  utimesSync(page, mtime, new Date(mtime.getTime() + 1000));
  expect(check()).toEqual(['/memo/: no element with id "sources"']);
  rmSync(store, { force: true });
});
