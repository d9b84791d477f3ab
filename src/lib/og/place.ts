/**
 * A build's cards into the built site. The cards are not pages of Astro's: rendered into
 * the card cache, they are linked from there into dist/og/ once the pages are written. As
 * routes, each card went through Astro's pipeline: read back from the cache into a
 * Response, written into dist/, and written again into Astro's incremental cache (three
 * copies of 1.3 GB at 10,000 stories, and 2 s of the page thread's time at 1,000), and a
 * rebuild looked each one up again.
 *
 * The card list and the rendering live in the code Astro bundles for its pages
 * (src/lib/og/cards.ts); the integration that places them (src/integrations/cards.ts) is
 * loaded with the config. Both run in the one build process, and meet here, through a
 * global under a registered symbol: the one thing two copies of a module share.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, removeEmptyFolders } from '../files-under.ts';
import { CARDS_FOLDER } from '../urls.ts';
import type { CardCounts, CardSet } from './batch.ts';

/**
 * What Astro's process tells `npm run build` (scripts/build.ts) as it starts its own cards:
 * the cards npm run build started early from the linter's plan stop there, and the
 * cache has the ones it finished.
 */
export const CARDS_STARTING = 'gigawatt:cards-starting';

/** A build's cards: each one's name in the set, and its path in the built site. */
export interface BuildCards {
  cards: { name: string; path: string }[];
  set: CardSet;
}

const OFFERED = Symbol.for('gigawatt.build-cards');
type WithCards = { [OFFERED]?: Promise<BuildCards> };

/** Called by the build's card route once it knows the cards and has started them. */
export function offerBuildCards(cards: Promise<BuildCards>): void {
  (globalThis as WithCards)[OFFERED] = cards;
}

/** This build's cards, if its card route has started them. */
export function offeredBuildCards(): Promise<BuildCards> | undefined {
  return (globalThis as WithCards)[OFFERED];
}

export interface PlacedCards extends CardCounts {
  /** Linked (or copied) into the site now. */
  placed: number;
  /** In the site already, as the cache's own file. */
  kept: number;
  /** Files of the cards folder no card of this build is (a story taken back, say). */
  removed: number;
}

/**
 * Waits for the cards, puts each into `outDir` at its path and removes whatever else the
 * cards folder holds, so it has what a build from nothing would write.
 */
export async function placeCards(outDir: string, { cards, set }: BuildCards): Promise<PlacedCards> {
  const counts = await set.done;
  let placed = 0;
  for (const { name, path } of cards) if (set.place(name, join(outDir, path)) === 'placed') placed++;
  const wanted = new Set(cards.map(({ path }) => path.replace(/^\//, '')));
  const folder = join(outDir, CARDS_FOLDER);
  const stale = filesUnder(folder)
    .map((path) => `${CARDS_FOLDER}/${path}`)
    .filter((path) => !wanted.has(path));
  for (const path of stale) rmSync(join(outDir, path), { force: true });
  removeEmptyFolders(folder);
  const again = set.renderedHere();
  return {
    ...counts,
    rendered: counts.rendered + again,
    fromCache: counts.fromCache - again,
    placed,
    kept: cards.length - placed,
    removed: stale.length,
  };
}
