/** /news/<slug>.md: each story as Markdown (src/lib/markdown-twin.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKeyOf, getArticles, getComparisons, getFacts, type Article } from '../../lib/content.ts';
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

export const GET: APIRoute<{ article: Article }> = async ({ props, site }) => {
  const tables = new Map((await getComparisons()).map((table) => [table.id, table]));
  return new Response(storyMarkdown(await getStory(props.article), tables, await getFacts(), site!), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
