/** /topics/<id>/rss.xml: the topic's stories (src/lib/feeds/catalog.ts). */
import type { GetStaticPaths } from 'astro';
import { siteFeeds } from '../../../lib/feeds/catalog.ts';
import { listFeed, listFeedPaths } from '../../../lib/feeds/list-feed.ts';

export const getStaticPaths = (async () =>
  listFeedPaths((await siteFeeds()).topics)) satisfies GetStaticPaths;

export const GET = listFeed;
