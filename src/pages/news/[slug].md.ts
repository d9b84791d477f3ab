/** /news/<slug>.md: each story as Markdown (src/lib/markdown-twin.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  cacheKeyOf,
  getArticles,
  getComparisons,
  getFacts,
  type Article,
  type Comparison,
} from '../../lib/content.ts';
import { storyMarkdown } from '../../lib/markdown-twin.ts';
import { getStory } from '../../lib/story.ts';
import { urls } from '../../lib/urls.ts';

export const getStaticPaths = (async () =>
  Promise.all(
    (await getArticles()).map(async (article) => ({
      params: { slug: article.id },
      props: { article },
      cacheKey: await cacheKeyOf(urls.articleMarkdown(article.id)),
    })),
  )) satisfies GetStaticPaths;

// Made once: every twin's request reads it.
let tablesById: Promise<Map<string, Comparison>> | undefined;

export const GET: APIRoute<{ article: Article }> = async ({ props, site }) => {
  tablesById ??= getComparisons().then((tables) => new Map(tables.map((table) => [table.id, table])));
  const tables = await tablesById;
  return new Response(storyMarkdown(await getStory(props.article), tables, await getFacts(), site!), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
