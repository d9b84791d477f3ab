/** The site logo at the size RSS readers are told (urls.feedLogo), made from public/logo.png. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { FEED_LOGO_SIZE } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const png = await sharp(readFileSync('public/logo.png'))
    .resize(FEED_LOGO_SIZE, FEED_LOGO_SIZE)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
