/**
 * Caching must never change what is published: after edits to a story, an author, a topic,
 * an FAQ set and a table, and a story taken back to draft, a warm rebuild (Astro's data store, Vite's cache and the card
 * cache all kept) writes exactly the bytes a cold build of the same content writes.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { runAstro } from '../../scripts/lib/astro.ts';
import { allFiles, distDifferences } from '../support/dist.ts';
import { fixtureCopy } from '../support/fixture.ts';

const site = fixtureCopy();
afterAll(() => site.cleanup());

function edit(path: string, from: string | RegExp, to: string) {
  const file = join(site.dir, path);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${path} changed`).not.toBe(text);
  writeFileSync(file, next);
}

/** The text of every page in a build's search index (fragments are gzipped JSON). */
const searchText = (dist: string) =>
  allFiles(join(dist, 'pagefind'))
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => gunzipSync(readFileSync(file)).toString())
    .join('\n');

it('a warm rebuild after edits is byte-identical to a cold build', async () => {
  const warm = join(site.work, 'warm');
  const warmCards = { GIGAWATT_CARD_CACHE: join(site.work, 'warm-cards') };
  const first = await runAstro('build', site.dir, warm, warmCards);
  expect(first.ok, first.output).toBe(true);
  expect(searchText(join(warm, 'root', 'dist'))).toContain('straight quotes');

  edit('articles/grid-story.mdx', /\n*$/, '\n\nA sentence added after the first build.\n');
  edit(
    'authors/ada.yaml',
    /^bio: .*$/m,
    'bio: A bio rewritten after the first build, to move every byline card.',
  );
  edit('topics/grid.yaml', /^name: .*$/m, 'name: The Grid');
  edit('faqs/grid-faq.yaml', /answer: .*$/m, 'answer: An answer rewritten after the first build.');
  edit('comparisons/two-sites.yaml', 'site: North', 'site: Far North');
  // A published story taken back: its page, and its text in the kept search index, go.
  edit('articles/escaping-story.mdx', /^publishedAt: .*$/m, '$&\ndraft: true');

  // dist/ is kept between builds (src/integrations/out-dir.ts): what the rebuild does not
  // write again must still go, a stray page and an old asset as much as the story taken back.
  const warmDist = join(warm, 'root', 'dist');
  const frontPage = statSync(join(warmDist, 'index.html')).ino;
  mkdirSync(join(warmDist, 'news', 'stray'), { recursive: true });
  writeFileSync(join(warmDist, 'news', 'stray', 'index.html'), '<!doctype html><title>stray</title>');
  writeFileSync(join(warmDist, '_astro', 'old.css'), 'body{}');

  const rebuilt = await runAstro('build', site.dir, warm, warmCards);
  expect(rebuilt.ok, rebuilt.output).toBe(true);
  expect(statSync(join(warmDist, 'index.html')).ino, 'dist/ kept, not moved aside').toBe(frontPage);
  expect(rebuilt.output).toMatch(/social cards: [1-9]\d* rendered/); // the edits reached the cards
  const cold = join(site.work, 'cold');
  const fresh = await runAstro('build', site.dir, cold, {
    GIGAWATT_CARD_CACHE: join(site.work, 'cold-cards'),
  });
  expect(fresh.ok, fresh.output).toBe(true);

  expect(readFileSync(join(warmDist, 'topics', 'grid', 'index.html'), 'utf8')).toContain('The Grid');
  expect(distDifferences(warmDist, join(cold, 'root', 'dist'))).toEqual([]);
  expect(searchText(warmDist)).not.toContain('straight quotes');

  // Another build into the same folder with other caches (its own stamp): the next build
  // cannot trust what is in dist/, so it starts from nothing and restores from its cache.
  writeFileSync(join(warmDist, 'about', 'index.html'), '<!doctype html><title>another build</title>');
  writeFileSync(join(warm, 'root', '.dist-build-id'), 'another build');
  const again = await runAstro('build', site.dir, warm, warmCards);
  expect(again.ok, again.output).toBe(true);
  expect(statSync(join(warmDist, 'index.html')).ino, 'dist/ started again').not.toBe(frontPage);
  expect(distDifferences(warmDist, join(cold, 'root', 'dist'))).toEqual([]);
});
