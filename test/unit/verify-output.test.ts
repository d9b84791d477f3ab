import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { missingOutput } from '../../src/integrations/verify-output.ts';

const dist = mkdtempSync(join(tmpdir(), 'gigawatt-dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

it('names every promised page, card and feed item that dist/ lacks', () => {
  mkdirSync(join(dist, 'news', 'here'), { recursive: true });
  writeFileSync(join(dist, 'news', 'here', 'index.html'), '<!doctype html>');
  mkdirSync(join(dist, 'og', 'article'), { recursive: true });
  writeFileSync(join(dist, 'og', 'article', 'here.png'), 'not a png');
  writeFileSync(join(dist, 'rss.xml'), '<rss><item><link>https://x.test/news/here/</link></item></rss>');
  const missing = missingOutput(dist, {
    pages: ['/news/here/', '/news/gone/'],
    cards: ['/og/article/here.png'],
    feed: ['/news/here/', '/news/gone/'],
  });
  expect(missing).toEqual([
    '/news/gone/: no page',
    '/og/article/here.png: no card',
    '/news/gone/: not in /rss.xml',
  ]);
});
