/**
 * URL builders: the one place a route's shape is written down. Pages, components, feeds,
 * the sitemap and the linter all build paths here. Page paths end in '/'.
 */
/** RSS 2.0 caps a channel image at 144 px wide. */
export const FEED_LOGO_SIZE = 144;

export type CardKind = 'article' | 'comparison' | 'topic' | 'author' | 'company' | 'page';

/** The folder of the built site that holds the social cards (src/integrations/cards.ts puts them there). */
export const CARDS_FOLDER = 'og';

/** Page N of a paged list under `base` ('/', '/topics/x/'): page 1 is the base itself. */
const paged = (base: string, page = 1) => (page <= 1 ? base : `${base}${page}/`);

export const urls = {
  home: (page = 1) => paged('/', page),
  article: (id: string) => `/news/${id}/`,
  /** The story as Markdown, for machines (src/lib/markdown-twin.ts). */
  articleMarkdown: (id: string) => `/news/${id}.md`,
  llms: () => '/llms.txt',
  topics: () => '/topics/',
  topic: (id: string, page = 1) => paged(`/topics/${id}/`, page),
  author: (id: string, page = 1) => paged(`/authors/${id}/`, page),
  comparisons: () => '/compare/',
  comparison: (id: string) => `/compare/${id}/`,
  faqHub: () => '/faq/',
  archive: () => '/archive/',
  archiveYear: (year: number) => `/archive/${year}/`,
  archiveMonth: (year: number, month: number) => `/archive/${year}/${String(month).padStart(2, '0')}/`,
  about: () => '/about/',
  /** Writers' list of drafts and scheduled stories: a page under `astro dev` only. */
  drafts: () => '/drafts/',
  search: () => '/search/',
  notFound: () => '/404.html',
  corrections: () => '/corrections/',
  correctionsFeed: () => '/corrections.xml',
  newsSitemap: () => '/news-sitemap.xml',
  /** The weekly digest: the list of weeks, one week ("2026-w05", src/lib/digest.ts), its feed. */
  digest: () => '/digest/',
  digestWeek: (key: string) => `/digest/${key}/`,
  digestFeed: () => '/digest.xml',
  /** Figures as data: the facts ledger, the deals tracker, companies, and the downloads. */
  facts: () => '/facts/',
  tracker: () => '/tracker/',
  companies: () => '/companies/',
  company: (id: string, page = 1) => paged(`/companies/${id}/`, page),
  companyFeed: (id: string) => `/companies/${id}/rss.xml`,
  data: (file: 'deals.csv' | 'deals.json' | 'facts.csv' | 'facts.json') => `/data/${file}`,
  rss: () => '/rss.xml',
  jsonFeed: () => '/feed.json',
  topicFeed: (id: string) => `/topics/${id}/rss.xml`,
  authorFeed: (id: string) => `/authors/${id}/rss.xml`,
  feeds: () => '/feeds/',
  opml: () => '/feeds.opml',
  robots: () => '/robots.txt',
  sitemap: () => '/sitemap-index.xml',
  /** The social card image for a page: see src/lib/og/. */
  card: (kind: CardKind, id: string) => `/${CARDS_FOLDER}/${kind}/${id}.png`,
  logo: () => '/logo.png',
  /** The logo at the size RSS channels take (at most 144 px wide): pages/logo-144.png.ts. */
  feedLogo: () => `/logo-${FEED_LOGO_SIZE}.png`,
  favicon: () => '/favicon.svg',
  /** The build's own checklist: written by pages/build-manifest.json.ts, removed after the check. */
  buildManifest: () => '/build-manifest.json',
  /** Pagefind's files, written by the search integration. */
  pagefind: (file: string) => `/pagefind/${file}`,
};

/**
 * Pages that exist whatever the content (the linter checks links against these, the
 * sitemap leaves the 404 page out).
 */
export const FIXED_PAGES = [
  urls.home(),
  urls.topics(),
  urls.comparisons(),
  urls.faqHub(),
  urls.archive(),
  urls.corrections(),
  urls.correctionsFeed(),
  urls.newsSitemap(),
  urls.digest(),
  urls.digestFeed(),
  urls.facts(),
  urls.tracker(),
  urls.companies(),
  urls.data('deals.csv'),
  urls.data('deals.json'),
  urls.data('facts.csv'),
  urls.data('facts.json'),
  urls.llms(),
  urls.feeds(),
  urls.opml(),
  urls.about(),
  urls.search(),
  urls.rss(),
  urls.jsonFeed(),
  urls.robots(),
  urls.sitemap(),
  urls.feedLogo(),
];

/**
 * What a site path points at, read back with the same shapes the builders write: the
 * linter uses it to check links. Returns undefined for a path no route makes.
 */
export type RouteMatch =
  | { kind: 'fixed'; path: string }
  | { kind: 'home'; page: number }
  | { kind: 'article'; id: string }
  | { kind: 'topic' | 'author' | 'company'; id: string; page: number }
  | { kind: 'topicFeed' | 'authorFeed' | 'comparison' | 'companyFeed'; id: string }
  | { kind: 'digestWeek'; key: string }
  | { kind: 'archiveYear'; year: number }
  | { kind: 'archiveMonth'; year: number; month: number };

const ID = '([a-z0-9][a-z0-9-]*)';
const PAGE = '(?:([2-9]|[1-9]\\d+)/)?';
const ROUTES: [RegExp, (m: RegExpMatchArray) => RouteMatch][] = [
  [new RegExp(`^/${PAGE}$`), (m) => ({ kind: 'home', page: Number(m[1] ?? 1) })],
  [new RegExp(`^/news/${ID}/$`), (m) => ({ kind: 'article', id: m[1]! })],
  [new RegExp(`^/news/${ID}\\.md$`), (m) => ({ kind: 'article', id: m[1]! })],
  [new RegExp(`^/topics/${ID}/${PAGE}$`), (m) => ({ kind: 'topic', id: m[1]!, page: Number(m[2] ?? 1) })],
  [new RegExp(`^/authors/${ID}/${PAGE}$`), (m) => ({ kind: 'author', id: m[1]!, page: Number(m[2] ?? 1) })],
  [new RegExp(`^/topics/${ID}/rss\\.xml$`), (m) => ({ kind: 'topicFeed', id: m[1]! })],
  [new RegExp(`^/authors/${ID}/rss\\.xml$`), (m) => ({ kind: 'authorFeed', id: m[1]! })],
  [new RegExp(`^/compare/${ID}/$`), (m) => ({ kind: 'comparison', id: m[1]! })],
  [
    new RegExp(`^/companies/${ID}/${PAGE}$`),
    (m) => ({ kind: 'company', id: m[1]!, page: Number(m[2] ?? 1) }),
  ],
  [new RegExp(`^/companies/${ID}/rss\\.xml$`), (m) => ({ kind: 'companyFeed', id: m[1]! })],
  [/^\/digest\/(\d{4}-w\d{2})\/$/, (m) => ({ kind: 'digestWeek', key: m[1]! })],
  [/^\/archive\/(\d{4})\/$/, (m) => ({ kind: 'archiveYear', year: Number(m[1]) })],
  [
    /^\/archive\/(\d{4})\/(0[1-9]|1[0-2])\/$/,
    (m) => ({ kind: 'archiveMonth', year: Number(m[1]), month: Number(m[2]) }),
  ],
];

export function matchRoute(path: string): RouteMatch | undefined {
  if (FIXED_PAGES.includes(path) && path !== urls.home()) return { kind: 'fixed', path };
  for (const [pattern, read] of ROUTES) {
    const m = path.match(pattern);
    if (m) return read(m);
  }
  return undefined;
}

/** Absolute URL for a site path, against the configured site origin. */
export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
