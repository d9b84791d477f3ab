import { expect, it } from 'vitest';
import { comparisonIdsIn } from '../../src/lib/rules.ts';
import { FIXED_PAGES, matchRoute, urls } from '../../src/lib/urls.ts';

it('reads back every path the builders write', () => {
  expect(matchRoute(urls.article('a-story'))).toEqual({ kind: 'article', id: 'a-story' });
  expect(matchRoute(urls.topic('power', 3))).toEqual({ kind: 'topic', id: 'power', page: 3 });
  expect(matchRoute(urls.topic('power'))).toEqual({ kind: 'topic', id: 'power', page: 1 });
  expect(matchRoute(urls.author('ada', 2))).toEqual({ kind: 'author', id: 'ada', page: 2 });
  expect(matchRoute(urls.home(12))).toEqual({ kind: 'home', page: 12 });
  expect(matchRoute(urls.topicFeed('power'))).toEqual({ kind: 'topicFeed', id: 'power' });
  expect(matchRoute(urls.comparison('x'))).toEqual({ kind: 'comparison', id: 'x' });
  expect(matchRoute(urls.digestWeek('2026-w05'))).toEqual({ kind: 'digestWeek', key: '2026-w05' });
  for (const path of FIXED_PAGES.filter((p) => p !== '/'))
    expect(matchRoute(path)).toEqual({ kind: 'fixed', path });
});

it('matches no path the routes do not make', () => {
  for (const path of [
    '/news/a-story',
    '/news/',
    '/topics/power/1/',
    '/topics/power/0/',
    '/nope/',
    '/news/A-Story/',
    '/digest/2026-w5/',
  ]) {
    expect(matchRoute(path), path).toBeUndefined();
  }
});

it('finds embedded tables in either quote style, not across mismatched quotes', () => {
  expect(comparisonIdsIn(`<Comparison id="a" />\n<Comparison  id='b'/>\n<Comparison id="c' />`)).toEqual([
    'a',
    'b',
  ]);
});
