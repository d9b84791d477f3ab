/**
 * The article cards of the site the linter has planned: what the build's card list
 * (src/lib/og/cards.ts) will ask for, worked out from the plan's published stories, so
 * `npm run build` can start rendering them while Astro is still syncing the content
 * (scripts/build.ts). Only ever a head start: the build looks each card up by the hash of
 * what it shows, so a card worked out differently here is rendered again, never shown.
 */
import { articleCardInput } from '../../../src/lib/og/article-card.ts';
import type { CardInput } from '../../../src/lib/og/template.ts';
import type { ContentIndex } from './types.ts';

// The schemas trim every text field (src/schemas/fields.ts); the plan holds them as written.
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Each published story's card, newest first, as the build's card list has them. */
export function articleCardInputs({ plan, yaml }: ContentIndex): { id: string; input: CardInput }[] {
  const nameOf = (files: ContentIndex['yaml']['authors']) =>
    new Map(files.map((file) => [file.id, text(file.data.name)]));
  const authors = nameOf(yaml.authors);
  const topics = nameOf(yaml.topics);
  const named = (ids: string[], names: Map<string, string>) => ids.map((id) => names.get(id) ?? '');
  return plan.stories.map(({ id, data }) => ({
    id,
    input: articleCardInput(
      {
        title: text(data.title),
        description: text(data.description),
        keyTakeaway: data.keyTakeaway === undefined ? undefined : text(data.keyTakeaway),
        publishedAt: data.publishedAt,
      },
      named(data.authors, authors),
      named(data.topics, topics),
    ),
  }));
}
