/**
 * /news-sitemap.xml: Google News sitemap of the stories published in the last two days
 * (Google's rule, the site plan's newsStories), with the `news:` namespace. Element names
 * and order as in Google's schema (https://www.google.com/schemas/sitemap-news/0.9): url >
 * loc, news:news > news:publication (news:name, news:language), news:publication_date,
 * news:title. Written only when it has a story: an empty <urlset> is invalid, so with no
 * recent story the plan has no such route and this page writes nothing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlan } from '../lib/content.ts';
import { escapeXml } from '../lib/xml.ts';
import { urls } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const getStaticPaths = (async () => {
  const plan = await getPlan();
  return plan.route(urls.newsSitemap())
    ? [{ params: { newsSitemap: urls.newsSitemap().slice(1, -'.xml'.length) } }]
    : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const urlset = (await getPlan()).newsStories
    .map(
      ({ data, id }) =>
        `<url><loc>${escapeXml(new URL(urls.article(id), context.site).href)}</loc><news:news><news:publication><news:name>${escapeXml(site.name)}</news:name><news:language>${site.lang}</news:language></news:publication><news:publication_date>${data.publishedAt.toISOString()}</news:publication_date><news:title>${escapeXml(data.title)}</news:title></news:news></url>`,
    )
    .join('');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urlset}</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
