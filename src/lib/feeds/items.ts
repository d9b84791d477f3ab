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
import { renderFeedComponent } from './render.ts';

/** The newest this many articles go in a feed. */
export const FEED_SIZE = 50;

export interface FeedEntry {
  story: Story;
  url: string;
  contentHtml: string;
  image: { url: string; length: number; type: 'image/png'; width: number; height: number };
}

const entries = new Map<string, Promise<FeedEntry>>();

async function buildEntry(article: Article, site: URL): Promise<FeedEntry> {
  const story = await getStory(article);
  const url = new URL(story.path, site).href;
  const raw = await renderFeedComponent(FeedArticle, { story });
  const card = cardImage('article', story.id, story.title);
  const png = await cardPng('article', story.id);
  return {
    story,
    url,
    contentHtml: feedHtml(raw, url),
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
