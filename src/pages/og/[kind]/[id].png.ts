/**
 * /og/<kind>/<id>.png: the social cards. A build starts them here and writes no page: the
 * cards integration (src/integrations/cards.ts) links each one from the card cache into
 * dist/og/ (src/lib/og/place.ts says why). `astro dev` serves each card from this route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { viewMode } from '../../../lib/clock.ts';
import { allCards, cardPng, startCardRendering, type Card } from '../../../lib/og/cards.ts';

export const getStaticPaths = (async () => {
  // The cards the cache lacks start rendering now, beside the pages.
  startCardRendering().catch(() => {}); // its failure reaches the build where the cards are placed
  if (viewMode() !== 'dev') return [];
  return (await allCards()).map(({ kind, id }) => ({ params: { kind, id }, props: { kind, id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Pick<Card, 'kind' | 'id'>> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.kind, props.id)), {
    headers: { 'Content-Type': 'image/png' },
  });
