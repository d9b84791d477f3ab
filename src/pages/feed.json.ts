/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), full content like the RSS feed. */
import type { APIRoute } from 'astro';
import { feedEntries } from '../lib/feeds/items.ts';
import { urls } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async (context) => {
  const abs = (path: string) => new URL(path, context.site).href;
  const entries = await feedEntries(context.site!);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.name,
    home_page_url: abs(urls.home()),
    feed_url: abs(urls.jsonFeed()),
    // WebSub, when the site names a hub (JSON Feed 1.1 "hubs").
    ...(site.websubHub ? { hubs: [{ type: 'WebSub', url: site.websubHub }] } : {}),
    description: site.description,
    icon: abs(urls.logo()),
    favicon: abs(urls.favicon()),
    language: site.lang,
    items: entries.map(
      ({
        story: { title, description, publishedAt, modifiedAt, authors, topics },
        url,
        contentHtml,
        image,
      }) => ({
        id: url,
        url,
        title,
        summary: description,
        content_html: contentHtml,
        image: image.url,
        date_published: publishedAt.toISOString(),
        ...(modifiedAt > publishedAt ? { date_modified: modifiedAt.toISOString() } : {}),
        authors: authors.map((author) => ({ name: author.data.name, url: abs(urls.author(author.id)) })),
        tags: topics.map((topic) => topic.data.name),
      }),
    ),
  };
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
