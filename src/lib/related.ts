/** Related stories: pure, so it is unit-tested without a build. */
import { pushTo } from './multimap.ts';

interface Tagged {
  id: string;
  data: { topics: { id: string }[] };
}

/**
 * Other stories that share a topic with `story`: most shared topics first, then in the
 * order given (newest first, as the content layer sorts). Stories with nothing in common
 * are left out rather than padded in.
 */
export function relatedStories<Story extends Tagged>(story: Tagged, candidates: Story[], limit = 3): Story[] {
  return rankRelated(
    story.id,
    story.data.topics.map((t) => t.id),
    candidates,
    (other) => other.data.topics.map((t) => t.id),
    limit,
  );
}

interface TopicIndex {
  /** Each topic's candidates, as positions in the list (once per time a story lists it). */
  byTopic: Map<string, number[]>;
  /** The ranked positions for one set of topics and limit: stories with one set share it. */
  ranked: Map<string, number[]>;
}

/** One index per candidate list, so ranking every story of an archive is not n² work. */
const indexes = new WeakMap<object, TopicIndex>();

/**
 * The ranking behind related stories, for any shape of story: `topicsOf` reads a
 * candidate's topic ids. The same `candidates` array must always come with the same
 * `topicsOf` (its index is kept for the list).
 */
export function rankRelated<Story extends { id: string }>(
  id: string,
  topics: string[],
  candidates: Story[],
  topicsOf: (story: Story) => string[],
  limit = 3,
): Story[] {
  let index = indexes.get(candidates);
  if (!index) {
    index = { byTopic: new Map(), ranked: new Map() };
    for (const [position, candidate] of candidates.entries())
      for (const topic of topicsOf(candidate)) pushTo(index.byTopic, topic, position);
    indexes.set(candidates, index);
  }
  const wanted = [...new Set(topics)].sort();
  const key = `${limit}\n${wanted.join('\n')}`;
  let ranked = index.ranked.get(key);
  if (!ranked) {
    const shared = new Map<number, number>();
    for (const topic of wanted)
      for (const position of index.byTopic.get(topic) ?? [])
        shared.set(position, (shared.get(position) ?? 0) + 1);
    // One more than the limit: the story itself may be among them.
    ranked = [...shared]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit + 1)
      .map(([position]) => position);
    index.ranked.set(key, ranked);
  }
  return ranked
    .map((position) => candidates[position]!)
    .filter((other) => other.id !== id)
    .slice(0, limit);
}

/**
 * Topics related to one topic: those its stories also carry, most shared first; then the
 * rest in the order given, so even a topic with one story points somewhere.
 */
export function relatedTopics<Topic extends { id: string }>(
  topicId: string,
  stories: Tagged[],
  topics: Topic[],
  limit = 4,
): Topic[] {
  const shared = new Map<string, number>();
  for (const story of stories) {
    if (!story.data.topics.some((t) => t.id === topicId)) continue;
    for (const t of story.data.topics) if (t.id !== topicId) shared.set(t.id, (shared.get(t.id) ?? 0) + 1);
  }
  return topics
    .filter((topic) => topic.id !== topicId)
    .sort((a, b) => (shared.get(b.id) ?? 0) - (shared.get(a.id) ?? 0))
    .slice(0, limit);
}
