/**
 * The story model: everything a page, card, feed, JSON-LD graph, sitemap or search record
 * needs about one published story, worked out once per build and shared (like Starlight's
 * per-page route data). Consumers read a Story; none looks an author or topic up again.
 */
import { buildTime } from './clock.ts';
import {
  factsOf,
  getCompany,
  type Company,
  type Fact,
  getArticles,
  referencesOf,
  type Article,
  type Author,
  type Faq,
  type Topic,
} from './content.ts';
import { faqItems, type FaqItem } from './faq.ts';
import { readingMinutes } from './format.ts';
import { renderMarkdownText } from './markdown.ts';
import { articleCrops, articleImage, type SocialImage } from './og/share-image.ts';
import { relatedStories } from './related.ts';
import { comparisonIdsIn, REGION_NAMES } from './rules.ts';
import { urls } from './urls.ts';
import { digestWeeks, type DigestWeek } from './digest.ts';
import { site } from '../site.config.ts';

/** A correction or update as readers see it: dated, Markdown rendered. */
export interface StoryNote {
  date: Date;
  /** As written (Markdown), for JSON-LD and feeds' plain text. */
  text: string;
  html: string;
}

export interface Story {
  article: Article;
  id: string;
  /** Site path of the story page. */
  path: string;
  title: string;
  description: string;
  keyTakeaway?: string;
  publishedAt: Date;
  updatedAt?: Date;
  /** The latest of publishedAt, updatedAt and every correction and update. */
  modifiedAt: Date;
  /** Newest first. */
  corrections: StoryNote[];
  /** Newest first. */
  updates: StoryNote[];
  authors: Author[];
  topics: Topic[];
  /** Region names as readers see them. */
  regions: string[];
  companies: Company[];
  sources: Article['data']['sources'];
  /** The FAQ set and its answers rendered to HTML. */
  faq?: { set: Faq; items: FaqItem[] };
  comparisonIds: string[];
  readingMinutes: number;
  /** og:image: the story's own image cropped, or its social card. */
  shareImage: SocialImage;
  /** Extra crops of the story's own image (4:3, 1:1) for NewsArticle. */
  crops: string[];
  /** The ledger facts the story shows, in order of first use: its numbered figure notes. */
  facts: Fact[];
  /** Up to three published stories that share a topic, most shared first. */
  related: Article[];
}

async function notes(list: { date: Date; text: string }[]): Promise<StoryNote[]> {
  const sorted = [...list].sort((a, b) => b.date.getTime() - a.date.getTime());
  return Promise.all(sorted.map(async (note) => ({ ...note, html: await renderMarkdownText(note.text) })));
}

async function buildStory(article: Article): Promise<Story> {
  const { authors, topics, faq } = await referencesOf(article);
  const { data } = article;
  const [corrections, updates] = await Promise.all([notes(data.corrections), notes(data.updates)]);
  const modifiedAt = new Date(
    Math.max(
      ...[data.publishedAt, data.updatedAt, ...corrections.map((n) => n.date), ...updates.map((n) => n.date)]
        .filter((d): d is Date => d !== undefined)
        .map((d) => d.getTime()),
    ),
  );
  const [shareImage, crops, items, published] = await Promise.all([
    articleImage(article),
    articleCrops(article),
    faq ? faqItems(faq) : undefined,
    getArticles(),
  ]);
  return {
    article,
    id: article.id,
    path: urls.article(article.id),
    title: data.title,
    description: data.description,
    keyTakeaway: data.keyTakeaway,
    publishedAt: data.publishedAt,
    updatedAt: data.updatedAt,
    modifiedAt,
    corrections,
    updates,
    authors,
    topics,
    regions: data.regions.map((region) => REGION_NAMES[region]),
    companies: await Promise.all(data.companies.map(getCompany)),
    facts: await factsOf(article),
    sources: data.sources,
    faq: faq && items ? { set: faq, items } : undefined,
    comparisonIds: comparisonIdsIn(article.body ?? ''),
    // Counted when a byline shows it, not for each of 10,000 stories every build (0.6 s).
    get readingMinutes() {
      return readingMinutes(article.body ?? '');
    },
    shareImage,
    crops,
    related: relatedStories(article, published),
  };
}

const stories = new Map<string, Promise<Story>>();

/** The story model for one article, built once per build. */
export function getStory(article: Article): Promise<Story> {
  let story = stories.get(article.id);
  if (!story) stories.set(article.id, (story = buildStory(article)));
  return story;
}

/** Every published story, newest first. */
export async function getStories(): Promise<Story[]> {
  return Promise.all((await getArticles()).map(getStory));
}

/**
 * When the site last changed: its newest story, correction or update. A feed with no item
 * gives this as its lastBuildDate: not the build's clock, so an unchanged site builds the
 * same bytes (the time the build ran is kept only where there is nothing at all).
 */
export async function siteChangedAt(): Promise<Date> {
  // A loop, not Math.max(...times): a large archive would overflow the argument list.
  let newest: number | undefined;
  for (const story of await getStories()) newest = Math.max(newest ?? 0, story.modifiedAt.getTime());
  return newest === undefined ? buildTime : new Date(newest);
}

export type Digest = DigestWeek<Story>;

/** The weekly digests: every ended week with stories or corrections, newest first. */
export async function getDigests(): Promise<Digest[]> {
  return digestWeeks(await getStories(), buildTime, site.timeZone);
}
