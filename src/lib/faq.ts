import { getFacts, type Faq, type Topic } from './content.ts';
import { expandFacts } from './facts.ts';
import { slugify } from './format.ts';
import { renderMarkdownText } from './markdown.ts';
import type { Story } from './story.ts';

export interface FaqItem {
  /** Stable anchor: the question, slugified. Search and structured data link to it. */
  id: string;
  question: string;
  answerHtml: string;
}

const rendered = new Map<string, Promise<FaqItem[]>>();

/** A set's questions with their answers rendered, once per build. */
export function faqItems(faq: Faq): Promise<FaqItem[]> {
  let items = rendered.get(faq.id);
  if (!items) {
    items = Promise.all(
      faq.data.items.map(async ({ question, answer }) => ({
        id: slugify(question),
        question,
        answerHtml: await renderMarkdownText(expandFacts(answer, await getFacts())),
      })),
    );
    rendered.set(faq.id, items);
  }
  return items;
}

export interface FaqHubItem extends FaqItem {
  /** Anchor on the hub page, unique across sets. */
  hubId: string;
  /** The question on its story's page. */
  url: string;
}

export interface FaqHubGroup {
  topic: Topic;
  sets: { faq: Faq; story: Story; items: FaqHubItem[] }[];
}

/**
 * The FAQ hub: each set under the first topic of the newest story that uses it, topics by
 * name. A set no published story uses has nowhere to link back to, so it is left out; a
 * question text appears once on the hub, even if two sets share it.
 */
export function faqHub(stories: Story[]): FaqHubGroup[] {
  const groups = new Map<string, FaqHubGroup>();
  const placed = new Set<string>();
  const seen = new Set<string>();
  for (const story of stories) {
    const [topic] = story.topics;
    if (!story.faq || placed.has(story.faq.set.id) || !topic) continue;
    const { set, items } = story.faq;
    placed.add(set.id);
    const group = groups.get(topic.id) ?? { topic, sets: [] };
    group.sets.push({
      faq: set,
      story,
      items: items
        .filter((item) => !seen.has(item.question.toLowerCase()) && seen.add(item.question.toLowerCase()))
        .map((item) => ({ ...item, hubId: `${set.id}-${item.id}`, url: `${story.path}#${item.id}` })),
    });
    groups.set(topic.id, group);
  }
  return [...groups.values()].sort((a, b) => a.topic.data.name.localeCompare(b.topic.data.name));
}
