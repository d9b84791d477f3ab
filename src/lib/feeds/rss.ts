/** RSS 2.0 with @astrojs/rss: full content, Dublin Core authors, Media RSS images. */
import rss from '@astrojs/rss';
import { site as siteConfig } from '../../site.config.ts';
import { FEED_LOGO_SIZE, urls } from '../urls.ts';
import type { FeedEntry } from './items.ts';
import { escapeXml } from '../xml.ts';
import { siteChangedAt } from '../story.ts';

export interface RssOptions {
  site: URL;
  title: string;
  description: string;
  /** The feed's own path, for atom:link rel="self". */
  selfPath: string;
  /** The page the feed belongs to. */
  linkPath: string;
  entries: FeedEntry[];
}

/**
 * What every Gigawatt feed's channel carries: language, build date, its own address
 * (atom:link rel="self"), the WebSub hub when the site has one, and the logo. Spread into
 * an @astrojs/rss call.
 */
export function rssChannel({
  site,
  title,
  description,
  selfPath,
  linkPath,
  lastBuildDate,
}: Omit<RssOptions, 'entries'> & { lastBuildDate: Date }) {
  const abs = (path: string) => new URL(path, site).href;
  return {
    title,
    // Readers show a channel's description as HTML: a bio or a topic's text is escaped as
    // HTML here (and as XML by @astrojs/rss), so its words show and never its markup.
    description: escapeXml(description),
    site: abs(linkPath),
    trailingSlash: true,
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
      media: 'http://search.yahoo.com/mrss/',
    },
    customData: [
      `<language>${siteConfig.lang}</language>`,
      `<lastBuildDate>${lastBuildDate.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${abs(selfPath)}" rel="self" type="application/rss+xml"/>`,
      // WebSub: subscribers' readers are told of new items by the hub instead of polling.
      ...(siteConfig.websubHub ? [`<atom:link href="${escapeXml(siteConfig.websubHub)}" rel="hub"/>`] : []),
      `<ttl>60</ttl>`,
      `<image><url>${abs(urls.feedLogo())}</url><title>${escapeXml(title)}</title><link>${abs(linkPath)}</link><width>${FEED_LOGO_SIZE}</width><height>${FEED_LOGO_SIZE}</height></image>`,
    ].join(''),
  };
}

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

function mediaContent(url: string, width: number, height: number): string {
  const type = IMAGE_TYPES[url.split('.').pop()!.toLowerCase()] ?? 'image/png';
  return `<media:content url="${escapeXml(url)}" medium="image" type="${type}" width="${width}" height="${height}"/>`;
}

export async function rssResponse({ entries, ...channel }: RssOptions) {
  // The newest change it carries; a feed with no item yet, the site's newest change.
  const lastBuildDate = entries.length
    ? new Date(Math.max(...entries.map((e) => e.story.modifiedAt.getTime())))
    : await siteChangedAt();
  return rss({
    ...rssChannel({ ...channel, lastBuildDate }),
    items: entries.map(
      ({
        story: { title, publishedAt, modifiedAt, description, authors, topics, shareImage },
        url,
        contentHtml,
        image,
      }) => ({
        title,
        link: url,
        pubDate: publishedAt,
        // RSS readers parse <description> as HTML: the plain-text dek is escaped as HTML here
        // (and as XML by @astrojs/rss), so "DeepSeek's <think> blocks" keeps its word.
        description: escapeXml(description),
        content: contentHtml,
        categories: topics.map((topic) => topic.data.name),
        enclosure: { url: image.url, length: image.length, type: image.type },
        customData: [
          ...authors.map((author) => `<dc:creator>${escapeXml(author.data.name)}</dc:creator>`),
          // The page's own og:image (the story's image, or its card): one share image everywhere.
          mediaContent(new URL(shareImage.url, url).href, shareImage.width, shareImage.height),
          // A corrected or updated story keeps its guid (readers must not see it twice);
          // the date it last changed goes here.
          ...(modifiedAt > publishedAt ? [`<atom:updated>${modifiedAt.toISOString()}</atom:updated>`] : []),
        ].join(''),
      }),
    ),
  });
}
