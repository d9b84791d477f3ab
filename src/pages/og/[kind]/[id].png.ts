/** /og/<kind>/<id>.png: the social cards, written into dist/ by `astro build`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards, renderedCards } from '../../../lib/og/cards.ts';

export const getStaticPaths = (async () => {
  const names = [...(await allCards()).keys()];
  return names.map((name) => {
    const [kind, id] = name.split('/');
    return { params: { kind, id } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const png = (await renderedCards()).cards.get(`${params.kind}/${params.id}`);
  if (!png) throw new Error(`no social card ${params.kind}/${params.id}`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
