/**
 * What an article's social card shows: one home, read by the build (src/lib/og/cards.ts,
 * from Astro's entries) and by the linter (scripts/lib/lint/card-inputs.ts, from the site
 * plan), so `npm run build` can start the article cards from the linter's plan while Astro
 * is still syncing (scripts/build.ts). The same text makes the same cache key.
 */
import { formatDate } from '../format.ts';
import type { CardInput } from './template.ts';

/** The fields of a story its card reads. */
export interface ArticleCardStory {
  title: string;
  description: string;
  keyTakeaway?: string;
  publishedAt: Date;
}

/** "A", "A and B", "A, B and C". */
const names = (list: string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;

/** `authors` and `topics` by name, in the story's own order (its first topic is the kicker). */
export function articleCardInput(story: ArticleCardStory, authors: string[], topics: string[]): CardInput {
  return {
    kind: 'article',
    title: story.title,
    topic: topics[0] ?? '',
    date: formatDate(story.publishedAt),
    authors: names(authors),
    summary: story.keyTakeaway ?? story.description,
  };
}
