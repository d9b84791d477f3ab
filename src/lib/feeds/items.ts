/**
 * One feed entry per published article, rendered once per build and shared by the RSS
 * feeds and the JSON Feed. The feed owns its template (FeedArticle.astro, beside this file).
 */
import { getArticles, type Article } from '../content.ts';
import { cardPng } from '../og/cards.ts';
import { cardImage } from '../og/share-image.ts';
import { getStory, type Story } from '../story.ts';
import FeedArticle from './FeedArticle.astro';
import { feedHtml } from './html.ts';
import { site } from '../../site.config.ts';
import { renderFeedComponent } from './render.ts';

export interface FeedEntry {
  story: Story;
  url: string;
  contentHtml: string;
  image: { url: string; length: number; type: 'image/png'; width: number; height: number };
}

const entries = new Map<string, Promise<FeedEntry>>();

async function buildEntry(article: Article, origin: URL): Promise<FeedEntry> {
  const story = await getStory(article);
  const url = new URL(story.path, origin).href;
  const raw = await renderFeedComponent(FeedArticle, { story });
  const card = cardImage('article', story.id, story.title);
  const png = await cardPng('article', story.id);
  return {
    story,
    url,
    contentHtml: feedHtml(raw, url),
    image: { ...card, url: new URL(card.url, origin).href, length: png.length, type: 'image/png' },
  };
}

export async function feedEntries(origin: URL, articles?: Article[]): Promise<FeedEntry[]> {
  const list = (articles ?? (await getArticles())).slice(0, site.feedSize);
  return Promise.all(
    list.map((article) => {
      let entry = entries.get(article.id);
      if (!entry) entries.set(article.id, (entry = buildEntry(article, origin)));
      return entry;
    }),
  );
}
