/** A feed of one list of stories (a topic's, an author's): the shared route for both. */
import type { APIRoute } from 'astro';
import { cacheKeyOf } from '../content.ts';
import { feedEntries } from './items.ts';
import { rssResponse } from './rss.ts';
import type { Feed } from './catalog.ts';

export const listFeed: APIRoute = async (context) => {
  const { feed } = context.props as { feed: Feed };
  return rssResponse({
    site: context.site!,
    title: feed.title,
    description: feed.description,
    selfPath: feed.path,
    linkPath: feed.page,
    entries: await feedEntries(context.site!, await feed.stories!()),
  });
};

/**
 * The routes of a set of list feeds, each keyed for the incremental build by the site plan's
 * digest of what it carries (its newest stories as their feed items show them), so a feed
 * none of whose stories changed is not rendered again.
 */
export const listFeedPaths = (feeds: Feed[]) =>
  Promise.all(
    feeds.map(async (feed) => ({
      params: { id: feed.id! },
      props: { feed },
      cacheKey: await cacheKeyOf(feed.path),
    })),
  );
