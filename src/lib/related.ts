/** Related stories: pure, so it is unit-tested without a build. */

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
  const topics = new Set(story.data.topics.map((t) => t.id));
  const shared = (other: Tagged) => other.data.topics.filter((t) => topics.has(t.id)).length;
  // sort() is stable, so ties keep the candidates' order.
  return candidates
    .filter((other) => other.id !== story.id && shared(other) > 0)
    .sort((a, b) => shared(b) - shared(a))
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
