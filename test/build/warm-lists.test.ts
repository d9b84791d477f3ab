/**
 * Incremental builds of paged lists. Topic and author pages carry the site plan's digest
 * of what they show as their cacheKey: the stories on the page, the list's length (its
 * page links) and, on a topic's first page, what its Related topics box is chosen from.
 * On 100 synthetic stories (20 a topic, one page each; all by one author, five pages):
 * a new story opens a second page of its topic and a sixth of the author's list (and joins
 * a week's digest and a month's archive, pages keyed the same way); a story
 * given a second topic changes both topics' lists and what they are related to. After
 * each, the warm rebuild writes what a cold build writes, and the lists nothing touched
 * are copied from the last build, not rendered again.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { syntheticContent, writeStory } from '../../scripts/bench/synthetic.ts';
import { runAstro } from '../../scripts/lib/astro.ts';
import { distDifferences } from '../support/dist.ts';

const content = syntheticContent(100);
const base = dirname(content);
afterAll(() => rmSync(base, { recursive: true, force: true }));
const warm = join(base, 'warm');
const env = { GIGAWATT_CARD_CACHE: join(base, 'warm-cards') };
let step = 0;

/** The warm rebuild: it matches a cold build of the same content; returns its log. */
async function rebuildMatchesCold(what: string): Promise<string> {
  const rebuilt = await runAstro('build', content, warm, env);
  expect(rebuilt.ok, rebuilt.output).toBe(true);
  const cold = join(base, `cold-${++step}`);
  const fresh = await runAstro('build', content, cold, {
    GIGAWATT_CARD_CACHE: join(base, `cold-cards-${step}`),
  });
  expect(fresh.ok, fresh.output).toBe(true);
  expect(distDifferences(join(warm, 'root', 'dist'), join(cold, 'root', 'dist')), what).toEqual([]);
  rmSync(cold, { recursive: true, force: true });
  return rebuilt.output;
}

/** Not rendered again: left in the kept dist/ ("cached") or copied from Astro's cache ("restored"). */
const reused = (log: string, path: string) =>
  log.includes(`${path}index.html (cached)`) || log.includes(`${path}index.html (restored)`);

it('rebuilds the lists a new story or a new topic changes, copies the rest, and matches a cold build', async () => {
  const first = await runAstro('build', content, warm, env);
  expect(first.ok, first.output).toBe(true);

  // Story 100 is the newest, in the first topic ("data-centers"), by the one author.
  writeStory(content, 100, false);
  let log = await rebuildMatchesCold('after adding a story');
  expect(log).toMatch(/\/topics\/data-centers\/2\/index\.html/);
  expect(log).toMatch(/\/authors\/maya-okafor\/6\/index\.html/);
  expect(reused(log, '/topics/data-centers/')).toBe(false);
  expect(reused(log, '/authors/maya-okafor/5/')).toBe(false);
  expect(reused(log, '/topics/power/')).toBe(true);
  expect(reused(log, '/topics/talent/')).toBe(true);
  // Stories are seven hours apart from 2025-01-01: story 100 (January 30) joins the
  // digest of week 5 and the January archive; the weeks before it are copied.
  expect(reused(log, '/digest/2025-w05/')).toBe(false);
  expect(reused(log, '/archive/2025/01/')).toBe(false);
  expect(reused(log, '/digest/2025-w02/')).toBe(true);
  expect(reused(log, '/digest/2025-w03/')).toBe(true);

  // Story 51 ("power") gets a second topic: both lists change, and now power and
  // data-centers share a story, which reorders both pages' Related topics.
  const file = join(content, 'articles', 'synthetic-51.mdx');
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^topics: \[power\]$/m);
  writeFileSync(file, text.replace(/^topics: \[power\]$/m, 'topics: [power, data-centers]'));
  log = await rebuildMatchesCold('after giving a story a second topic');
  expect(reused(log, '/topics/power/')).toBe(false);
  expect(reused(log, '/topics/data-centers/')).toBe(false);
  expect(reused(log, '/topics/talent/')).toBe(true);
}, 900_000);
