/** /feeds.opml (OPML 2.0): every RSS feed, so a reader can subscribe to all at once. */
import type { APIRoute } from 'astro';
import { feedGroups, type Feed } from '../lib/feeds/catalog.ts';
import { urls } from '../lib/urls.ts';
import { site } from '../site.config.ts';
import { escapeXml } from '../lib/xml.ts';

export const GET: APIRoute = async (context) => {
  const abs = (path: string) => new URL(path, context.site).href;
  const body = await feedGroups();
  const outline = (feeds: Feed[]) =>
    feeds
      .filter((feed) => feed.type === 'rss')
      .map(
        (feed) =>
          `      <outline type="rss" text="${escapeXml(feed.title)}" title="${escapeXml(feed.title)}" xmlUrl="${escapeXml(abs(feed.path))}" htmlUrl="${escapeXml(abs(feed.page))}"/>`,
      )
      .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>${escapeXml(site.name)}: all feeds</title>
    <docs>http://opml.org/spec2.opml</docs>
    <ownerId>${escapeXml(abs(urls.feeds()))}</ownerId>
  </head>
  <body>
${body.map(([text, feeds]) => `    <outline text="${escapeXml(text)}">\n${outline(feeds)}\n    </outline>`).join('\n')}
  </body>
</opml>
`;
  return new Response(xml, { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
};
