import { urls } from './lib/urls.ts';

/**
 * The one place for site-wide settings. Pages, feeds, cards and JSON-LD read from here.
 * `SITE_URL` overrides the production URL (for previews and tests).
 */
export const DEFAULT_SITE_URL = 'https://gigawatt.news';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  // One trailing slash, always: URL builders join paths onto it.
  return new URL(raw).href.replace(/\/*$/, '/');
}

export const site = {
  name: 'Gigawatt',
  tagline: 'Data centers, power, chips and the deals behind AI.',
  description:
    'Gigawatt reports on the infrastructure behind artificial intelligence: data centers, the power that feeds them, the chips inside them and the deals that pay for them.',
  lang: 'en',
  locale: 'en_US',
  /** Weeks (the weekly digest), months (the archive) and dates are counted in this zone. */
  timeZone: 'UTC',
  /**
   * A WebSub hub (e.g. https://pubsubhubbub.appspot.com/): when set, every feed names it
   * (atom:link rel="hub") so readers can be pushed new items. Ping the hub after deploying.
   * `WEBSUB_HUB` overrides it (previews, tests).
   */
  websubHub: process.env.WEBSUB_HUB?.trim() || undefined,
  /**
   * The site's account on X (twitter:site on every page), like "@gigawattnews", when it has
   * one. `TWITTER_SITE` overrides it.
   */
  twitterSite: process.env.TWITTER_SITE?.trim() || undefined,
  /** Stories per page on the front page, topic and author pages; older ones are on /2/, /3/ … */
  pageSize: 20,
  /**
   * The front page pages this many times (100 stories); older stories are in the dated
   * archive (/archive/<yyyy>/<mm>/). Short numbered paging also means no page number can
   * reach a fixed route (at 10,000 stories /404/ used to be a page of the front page).
   */
  frontPages: 5,
  /** The newest this many stories go in each feed (the site's, a topic's, an author's, a company's). */
  feedSize: 50,
  nav: [
    { href: urls.home(), label: 'Latest' },
    { href: urls.topics(), label: 'Topics' },
    { href: urls.comparisons(), label: 'Compare' },
    { href: urls.faqHub(), label: 'FAQ' },
    { href: urls.about(), label: 'About' },
  ],
} as const;
