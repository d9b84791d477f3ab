/** /og/<kind>/<id>.png: the social cards, written into dist/ by `astro build`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards, cardPng, type Card } from '../../../lib/og/cards.ts';

export const getStaticPaths = (async () =>
  (await allCards()).map(({ kind, id }) => ({
    params: { kind, id },
    props: { kind, id },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<Pick<Card, 'kind' | 'id'>> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.kind, props.id)), {
    headers: { 'Content-Type': 'image/png' },
  });
