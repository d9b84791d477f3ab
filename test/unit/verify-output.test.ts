import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { missingOutput } from '../../src/integrations/verify-output.ts';

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
