import type { APIRoute } from 'astro';
import { viewMode } from '../lib/clock.ts';
import { getPlan } from '../lib/content.ts';
import { urls } from '../lib/urls.ts';

/** Names the sitemaps the build wrote: the news sitemap only when it has a story. */
export const GET: APIRoute = async ({ site }) => {
  // The preview build is for editors, never for search engines.
  if (viewMode() === 'preview')
    return new Response('User-agent: *\nDisallow: /\n', {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const plan = await getPlan();
  const sitemaps = [urls.sitemap(), ...(plan.route(urls.newsSitemap()) ? [urls.newsSitemap()] : [])];
  return new Response(
    `User-agent: *\nAllow: /\n\n${sitemaps.map((path) => `Sitemap: ${new URL(path, site).href}\n`).join('')}`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
};
