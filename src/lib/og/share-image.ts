/** The image a page is shared with: its social card, or an article's own image cropped. */
import { getImage } from 'astro:assets';
import { site } from '../../site.config.ts';
import type { Article } from '../content.ts';
import { urls, type CardKind } from '../urls.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './template.ts';

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
 * shape would be another card layout and render per story, where a crop is one resize.
 */
export async function articleCrops(article: Article): Promise<string[]> {
  const { image } = article.data;
  if (!image) return [];
  return [(await crop(image.src, 4 / 3)).url, (await crop(image.src, 1)).url];
}
