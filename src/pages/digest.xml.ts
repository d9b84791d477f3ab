/**
 * /digest.xml: one item per ended week, its content the week's digest as an email. An
 * RSS-to-email service pointed here sends a weekly newsletter, with no other tool.
 */
import { escapeXml } from '../lib/xml.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { weekLabel } from '../lib/digest.ts';
import DigestEmail from '../lib/feeds/DigestEmail.astro';
import { renderFeedComponent } from '../lib/feeds/render.ts';
import { rssChannel } from '../lib/feeds/rss.ts';
import { formatDays } from '../lib/format.ts';
import { getDigests, siteChangedAt } from '../lib/story.ts';
import { urls } from '../lib/urls.ts';
import { site } from '../site.config.ts';

/** The newest this many weeks are in the feed; all of them are on /digest/. */
const DIGEST_FEED_WEEKS = 12;

export const GET: APIRoute = async (context) => {
  const abs = (path: string) => new URL(path, context.site).href;
  const digests = (await getDigests()).slice(0, DIGEST_FEED_WEEKS);
  const items = await Promise.all(
    digests.map(async (digest) => ({
      title: `${site.name} weekly digest: ${weekLabel(digest.week)} (${formatDays(digest.start, digest.end)})`,
      link: abs(urls.digestWeek(digest.key)),
      // The week is published when it ends.
      pubDate: digest.end,
      // Headlines are text; a reader parses <description> as HTML, so escape them as HTML too.
      description: escapeXml(
        digest.stories.map((story) => story.title).join('; ') || 'Corrections made this week.',
      ),
      content: await renderFeedComponent(DigestEmail, { digest, site: context.site! }),
    })),
  );
  return rss({
    ...rssChannel({
      site: context.site!,
      title: `${site.name} weekly digest`,
      description: `One email a week: every ${site.name} story of the week with its key takeaway, and the week's corrections.`,
      selfPath: urls.digestFeed(),
      linkPath: urls.digest(),
      lastBuildDate: digests[0]?.end ?? (await siteChangedAt()),
    }),
    items,
  });
};
