/** /companies/<id>/rss.xml: the stories about one company (src/lib/feeds/catalog.ts). */
import type { GetStaticPaths } from 'astro';
import { siteFeeds } from '../../../lib/feeds/catalog.ts';
import { listFeed, listFeedPaths } from '../../../lib/feeds/list-feed.ts';

export const getStaticPaths = (async () =>
  listFeedPaths((await siteFeeds()).companies)) satisfies GetStaticPaths;

export const GET = listFeed;
