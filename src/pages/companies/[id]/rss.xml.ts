/** /companies/<id>/rss.xml: the stories about one company (src/lib/feeds/catalog.ts). */
import type { GetStaticPaths } from 'astro';
import { siteFeeds } from '../../../lib/feeds/catalog.ts';
import { listFeed } from '../../../lib/feeds/list-feed.ts';

export const getStaticPaths = (async () =>
  (await siteFeeds()).companies.map((feed) => ({
    params: { id: feed.id! },
    props: { feed },
  }))) satisfies GetStaticPaths;

export const GET = listFeed;
