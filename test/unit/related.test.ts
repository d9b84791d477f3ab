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
