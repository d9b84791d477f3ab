import { expect, it } from 'vitest';
import { relatedStories, relatedTopics } from '../../src/lib/related.ts';

const story = (id: string, ...topics: string[]) => ({ id, data: { topics: topics.map((t) => ({ id: t })) } });

it('orders related stories by topics shared, then as given (newest first), and leaves out strangers', () => {
  const self = story('self', 'power', 'deals');
  const candidates = [
    story('newest-one-topic', 'power'),
    story('self', 'power', 'deals'),
    story('unrelated', 'talent'),
    story('older-two-topics', 'deals', 'power'),
    story('oldest-one-topic', 'deals'),
  ];
  expect(relatedStories(self, candidates).map((s) => s.id)).toEqual([
    'older-two-topics',
    'newest-one-topic',
    'oldest-one-topic',
  ]);
  expect(relatedStories(self, candidates, 1).map((s) => s.id)).toEqual(['older-two-topics']);
  expect(relatedStories(story('x', 'chips'), candidates)).toEqual([]);
});

it('relates topics by the stories they share, then fills with the rest', () => {
  const stories = [story('a', 'power', 'deals'), story('b', 'power', 'deals'), story('c', 'power', 'chips')];
  const topics = ['chips', 'deals', 'policy', 'power', 'talent'].map((id) => ({ id }));
  expect(relatedTopics('power', stories, topics).map((t) => t.id)).toEqual([
    'deals',
    'chips',
    'policy',
    'talent',
  ]);
  // A topic no story shares with another still points at the others.
  expect(relatedTopics('talent', stories, topics, 2).map((t) => t.id)).toEqual(['chips', 'deals']);
});

it('ranks an archive as the plain rule does: most topics shared, then newest, never itself', () => {
  // The rule written out, n² and obviously right, against the indexed ranking.
  const plain = (self: ReturnType<typeof story>, all: ReturnType<typeof story>[], limit: number) => {
    const mine = new Set(self.data.topics.map((t) => t.id));
    const shared = (o: ReturnType<typeof story>) => o.data.topics.filter((t) => mine.has(t.id)).length;
    return all
      .filter((o) => o.id !== self.id && shared(o) > 0)
      .sort((a, b) => shared(b) - shared(a))
      .slice(0, limit)
      .map((s) => s.id);
  };
  const topics = ['power', 'chips', 'deals', 'policy', 'talent', 'cooling'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const archive = Array.from({ length: 400 }, (_, i) => story(`s${i}`, ...topics.filter(() => next() < 0.3)));
  for (const self of archive)
    for (const limit of [1, 3, 5])
      expect(relatedStories(self, archive, limit).map((s) => s.id)).toEqual(plain(self, archive, limit));
});
