import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllTopics, getArticlesByTopic, type Topic } from '../../../lib/content.ts';
import { feedEntries } from '../../../lib/feeds/items.ts';
import { rssResponse } from '../../../lib/feeds/rss.ts';
import { urls } from '../../../lib/urls.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () =>
  (await getAllTopics()).map((topic) => ({
    params: { id: topic.id },
    props: { topic },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const { topic } = context.props as { topic: Topic };
  return rssResponse({
    site: context.site!,
    title: `${site.name}: ${topic.data.name}`,
    description: topic.data.description,
    selfPath: urls.topicFeed(topic.id),
    linkPath: urls.topic(topic.id),
    entries: await feedEntries(context.site!, await getArticlesByTopic(topic.id)),
  });
};
