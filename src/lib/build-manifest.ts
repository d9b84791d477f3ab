/**
 * What the content says the build must produce: a page for every published story, topic,
 * author, comparison, company and ended digest week, the tracker and facts ledger, a social card for each, and the newest stories in the main feed.
 * Written to dist/ by pages/build-manifest.json.ts and checked (then removed) by the
 * verify-output integration, so a story can never vanish from the site without an error.
 */
import { getAllAuthors, getAllTopics, getArticles, getCompanies, getComparisons } from './content.ts';
import { FEED_SIZE } from './feeds/items.ts';
import { getDigests } from './story.ts';
import { urls, type CardKind } from './urls.ts';

export interface BuildManifest {
  pages: string[];
  cards: string[];
  /** Paths of the stories the main feed must carry. */
  feed: string[];
}

export async function buildManifest(): Promise<BuildManifest> {
  const [articles, topics, authors, comparisons, digests, companies] = await Promise.all([
    getArticles(),
    getAllTopics(),
    getAllAuthors(),
    getComparisons(),
    getDigests(),
    getCompanies(),
  ]);
  const entries: [CardKind, string, string][] = [
    ...articles.map((a) => ['article', a.id, urls.article(a.id)] as [CardKind, string, string]),
    ...topics.map((t) => ['topic', t.id, urls.topic(t.id)] as [CardKind, string, string]),
    ...authors.map((a) => ['author', a.id, urls.author(a.id)] as [CardKind, string, string]),
    ...comparisons.map((c) => ['comparison', c.id, urls.comparison(c.id)] as [CardKind, string, string]),
    ...companies.map((c) => ['company', c.id, urls.company(c.id)] as [CardKind, string, string]),
    ['page', 'tracker', urls.tracker()],
    ['page', 'facts', urls.facts()],
  ];
  return {
    pages: [...entries.map(([, , path]) => path), ...digests.map((digest) => urls.digestWeek(digest.key))],
    cards: entries.map(([kind, id]) => urls.card(kind, id)),
    feed: articles.slice(0, FEED_SIZE).map((a) => urls.article(a.id)),
  };
}
