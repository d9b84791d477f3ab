/** URL builders: the one place a route's shape is written down. Paths end in '/'. */
export const urls = {
  home: () => '/',
  article: (id: string) => `/news/${id}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  author: (id: string) => `/authors/${id}/`,
  comparisons: () => '/compare/',
  comparison: (id: string) => `/compare/${id}/`,
  faqHub: () => '/faq/',
  about: () => '/about/',
  search: () => '/search/',
  rss: () => '/rss.xml',
  jsonFeed: () => '/feed.json',
  topicFeed: (id: string) => `/topics/${id}/rss.xml`,
  /** The social card image for a page: see src/lib/og/. */
  card: (kind: CardKind, id: string) => `/og/${kind}/${id}.png`,
  logo: () => '/logo.png',
};

export type CardKind = 'article' | 'comparison' | 'topic' | 'author' | 'page';

/** Absolute URL for a site path, against the configured site origin. */
export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
