/**
 * Which social cards the site has, and what each one shows. One card per article,
 * comparison, topic and author, plus the section pages and the site default.
 */
import { getImage } from 'astro:assets';
import { getCollection } from 'astro:content';
import {
  getArticles,
  getArticlesByAuthor,
  getArticlesByTopic,
  getAuthors,
  getComparisons,
  getTopics,
  type Article,
} from '../content.ts';
import { formatDate } from '../format.ts';
import { urls, type CardKind } from '../urls.ts';
import { site } from '../../site.config.ts';
import { renderBatch, type BatchResult } from './batch.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardInput } from './template.ts';

export const PAGE_CARDS = {
  default: { title: site.name, description: site.description },
  faq: {
    title: 'Frequently asked questions',
    description: 'Answers to the questions readers ask about AI infrastructure, each linked to its story.',
  },
  topics: {
    title: 'Topics',
    description: 'Data centers, power, chips, deals and policy: everything we cover.',
  },
  compare: {
    title: 'Comparisons',
    description: 'Side-by-side tables on AI infrastructure, each with its sources.',
  },
} as const;
export type PageCard = keyof typeof PAGE_CARDS;

const stories = (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`;
const names = (list: string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;

async function articleCard(article: Article): Promise<CardInput> {
  const [topic] = await getTopics(article);
  const authors = await getAuthors(article);
  return {
    kind: 'article',
    title: article.data.title,
    topic: topic?.data.name ?? '',
    date: formatDate(article.data.publishedAt),
    authors: names(authors.map((a) => a.data.name)),
    summary: article.data.keyTakeaway ?? article.data.description,
  };
}

/** Every card the site needs, keyed "<kind>/<id>". */
export async function allCards(): Promise<Map<string, CardInput>> {
  const cards = new Map<string, CardInput>();
  for (const article of await getArticles()) {
    // Rendered even when the article has its own image: feeds attach the card.
    cards.set(`article/${article.id}`, await articleCard(article));
  }
  for (const comparison of await getComparisons()) {
    const { title, columns, rows } = comparison.data;
    cards.set(`comparison/${comparison.id}`, {
      kind: 'comparison',
      title,
      columns: columns.map((c) => c.label),
      rows: rows.map((row) => columns.map((c) => String(row[c.key] ?? ''))),
    });
  }
  for (const topic of await getTopics()) {
    cards.set(`topic/${topic.id}`, {
      kind: 'topic',
      title: topic.data.name,
      description: topic.data.description,
      count: stories((await getArticlesByTopic(topic.id)).length),
    });
  }
  for (const author of await getCollection('authors')) {
    cards.set(`author/${author.id}`, {
      kind: 'author',
      title: author.data.name,
      description: author.data.bio,
      role: author.data.role,
      count: stories((await getArticlesByAuthor(author.id)).length),
    });
  }
  for (const [id, card] of Object.entries(PAGE_CARDS)) cards.set(`page/${id}`, { kind: 'page', ...card });
  return cards;
}

let batch: Promise<BatchResult> | undefined;

/** All cards, rendered once per build (cache first, the rest on both cores). */
export function renderedCards(): Promise<BatchResult> {
  batch ??= allCards().then(async (inputs) => {
    const result = await renderBatch(inputs);
    console.log(`\nsocial cards: ${result.rendered} rendered, ${result.fromCache} from cache`);
    return result;
  });
  return batch;
}

export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export function cardImage(kind: CardKind, id: string, alt: string): SocialImage {
  return { url: urls.card(kind, id), width: CARD_WIDTH, height: CARD_HEIGHT, alt };
}

/**
 * A cover crop of an article's own image to the aspect `ratio` (width / height), at most
 * 1200 wide. Astro's image service never enlarges, so the crop is sized to what the source
 * can fill: asking a 1600x1000 photo for 1200x1200 would give 1200x1000, not a square.
 */
async function crop(
  src: ImageMetadata,
  ratio: number,
): Promise<{ url: string; width: number; height: number }> {
  const width = Math.floor(Math.min(CARD_WIDTH, src.width, src.height * ratio));
  const height = Math.round(width / ratio);
  const image = await getImage({ src, width, height, fit: 'cover', format: 'jpeg' });
  return { url: image.src, width, height };
}

/** An article's share image: its own lead image cropped to 1200x630 (or as near as it fills), or its card. */
export async function articleImage(article: Article): Promise<SocialImage> {
  const { image, title } = article.data;
  if (!image) return cardImage('article', article.id, `${title}: ${site.name}`);
  return { ...(await crop(image.src, CARD_WIDTH / CARD_HEIGHT)), alt: image.alt };
}

/**
 * 4:3 and 1:1 crops of an article's own image, for NewsArticle next to the share image
 * (Google asks for several aspect ratios). None for a story without one: a card in another
 * shape would be another satori layout and render per story, where a crop is one resize.
 */
export async function articleCrops(article: Article): Promise<string[]> {
  const { image } = article.data;
  if (!image) return [];
  return [(await crop(image.src, 4 / 3)).url, (await crop(image.src, 1)).url];
}
