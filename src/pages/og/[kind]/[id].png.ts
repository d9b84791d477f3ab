/** /og/<kind>/<id>.png: the social cards, written into dist/ by `astro build`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { viewMode } from '../../../lib/clock.ts';
import { cardKey } from '../../../lib/og/cache.ts';
import { allCards, cardPng, startCardRendering, type Card } from '../../../lib/og/cards.ts';

export const getStaticPaths = (async () => {
  // The cards the cache lacks start rendering now, beside the pages.
  startCardRendering().catch(() => {}); // its failure reaches the build through allCards below
  return (await allCards()).map(({ kind, id, input }) => ({
    params: { kind, id },
    props: { kind, id },
    // A card is what its input, template and fonts make (the card cache's own key): an
    // unchanged card is copied from the last build (experimental.incrementalBuild).
    cacheKey: `${viewMode()}:${cardKey(input)}`,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Pick<Card, 'kind' | 'id'>> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.kind, props.id)), {
    headers: { 'Content-Type': 'image/png' },
  });
