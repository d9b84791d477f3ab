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
