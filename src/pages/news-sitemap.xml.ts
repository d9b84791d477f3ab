/**
 * /news-sitemap.xml: Google News sitemap of the stories published in the last two days
 * (Google's rule), with the `news:` namespace. Element names and order as in Google's
 * schema (https://www.google.com/schemas/sitemap-news/0.9): url > loc, news:news >
 * news:publication (news:name, news:language), news:publication_date, news:title.
 */
import type { APIRoute } from 'astro';
import { getStories } from '../lib/story.ts';
import { site } from '../site.config.ts';
import { escapeXml } from '../lib/xml.ts';

const TWO_DAYS_MS = 2 * 24 * 60 * 60 * 1000;
export const GET: APIRoute = async (context) => {
  const since = Date.now() - TWO_DAYS_MS;
  const recent = (await getStories()).filter((story) => story.publishedAt.getTime() >= since);
  const urlset = recent
    .map(
      (story) =>
        `<url><loc>${escapeXml(new URL(story.path, context.site).href)}</loc><news:news><news:publication><news:name>${escapeXml(site.name)}</news:name><news:language>${site.lang}</news:language></news:publication><news:publication_date>${story.publishedAt.toISOString()}</news:publication_date><news:title>${escapeXml(story.title)}</news:title></news:news></url>`,
    )
    .join('');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urlset}</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
