/** /corrections.xml: one RSS item per correction, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteCorrections } from '../lib/corrections.ts';
import { feedHtml } from '../lib/feeds/html.ts';
import { rssChannel } from '../lib/feeds/rss.ts';
import { getStories, siteChangedAt } from '../lib/story.ts';
import { urls } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async (context) => {
  const abs = (path: string) => new URL(path, context.site).href;
  const corrections = siteCorrections(await getStories());
  return rss({
    ...rssChannel({
      site: context.site!,
      title: `${site.name}: corrections`,
      description: `Every correction ${site.name} has made, newest first.`,
      selfPath: urls.correctionsFeed(),
      linkPath: urls.corrections(),
      lastBuildDate: corrections[0]?.note.date ?? (await siteChangedAt()),
    }),
    items: corrections.map(({ story, note }) => ({
      title: `Correction: ${story.title}`,
      link: abs(`${story.path}#corrections`),
      // One guid per correction: the story's own guid stays the story's.
      customData: `<guid isPermaLink="false">${abs(story.path)}#correction-${note.date.toISOString()}</guid>`,
      pubDate: note.date,
      content: feedHtml(note.html, abs(story.path)),
    })),
  });
};
