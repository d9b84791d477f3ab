/**
 * One feed entry per published article, rendered once per build and shared by the RSS
 * feeds and the JSON Feed.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import FeedArticle from '../../components/feed/FeedArticle.astro';
import { getArticles, getAuthors, getTopics, type Article, type Author, type Topic } from '../content.ts';
import { cardImage, renderedCards } from '../og/cards.ts';
import { urls } from '../urls.ts';
import { feedHtml } from './html.ts';

/** The newest this many articles go in a feed. */
export const FEED_SIZE = 50;

export interface FeedEntry {
  article: Article;
  url: string;
  contentHtml: string;
  authors: Author[];
  topics: Topic[];
  image: { url: string; length: number; type: 'image/png'; width: number; height: number };
}

let container: Promise<AstroContainer> | undefined;
const entries = new Map<string, Promise<FeedEntry>>();

async function buildEntry(article: Article, site: URL): Promise<FeedEntry> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers }),
  );
  const url = new URL(urls.article(article.id), site).href;
  const raw = await (await container).renderToString(FeedArticle, { props: { article } });
  const card = cardImage('article', article.id, article.data.title);
  const png = (await renderedCards()).cards.get(`article/${article.id}`);
  if (!png) throw new Error(`feed: no social card rendered for article ${article.id}`);
  return {
    article,
    url,
    contentHtml: feedHtml(raw, url),
    authors: await getAuthors(article),
    topics: await getTopics(article),
    image: { ...card, url: new URL(card.url, site).href, length: png.length, type: 'image/png' },
  };
}

export async function feedEntries(site: URL, articles?: Article[]): Promise<FeedEntry[]> {
  const list = (articles ?? (await getArticles())).slice(0, FEED_SIZE);
  return Promise.all(
    list.map((article) => {
      let entry = entries.get(article.id);
      if (!entry) entries.set(article.id, (entry = buildEntry(article, site)));
      return entry;
    }),
  );
}
