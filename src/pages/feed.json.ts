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
    home_page_url: abs('/'),
    feed_url: abs(urls.jsonFeed()),
    description: site.description,
    icon: abs(urls.logo()),
    favicon: abs('/favicon.svg'),
    language: site.lang,
    items: entries.map(({ article, url, contentHtml, authors, topics, image }) => ({
      id: url,
      url,
      title: article.data.title,
      summary: article.data.description,
      content_html: contentHtml,
      image: image.url,
      date_published: article.data.publishedAt.toISOString(),
      ...(article.data.updatedAt ? { date_modified: article.data.updatedAt.toISOString() } : {}),
      authors: authors.map((author) => ({ name: author.data.name, url: abs(urls.author(author.id)) })),
      tags: topics.map((topic) => topic.data.name),
    })),
  };
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
