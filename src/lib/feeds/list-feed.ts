/** A feed of one list of stories (a topic's, an author's): the shared route for both. */
import type { APIRoute } from 'astro';
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
