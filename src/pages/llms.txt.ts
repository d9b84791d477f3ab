/**
 * /llms.txt (the llms.txt proposal: https://llmstxt.org/): what the site is, its sections,
 * and its newest stories with links to their Markdown twins.
 */
import type { APIRoute } from 'astro';
import { plain } from '../lib/markdown-twin.ts';
import { getStories } from '../lib/story.ts';
import { urls } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async (context) => {
  const abs = (path: string) => new URL(path, context.site).href;
  const stories = (await getStories()).slice(0, site.feedSize);
  const text = [
    `# ${site.name}`,
    `> ${site.description}`,
    `Every figure names the outlet that reported it. Each story has a Markdown version at its URL with .md in place of the final slash.`,
    '## Sections',
    [
      `- [Latest stories](${abs(urls.home())})`,
      `- [Topics](${abs(urls.topics())})`,
      `- [Comparison tables](${abs(urls.comparisons())})`,
      `- [Frequently asked questions](${abs(urls.faqHub())})`,
      `- [Archive](${abs(urls.archive())}): every story by month`,
      `- [Corrections](${abs(urls.corrections())})`,
      `- [RSS feed](${abs(urls.rss())})`,
    ].join('\n'),
    '## Latest stories',
    stories
      .map(
        (story) =>
          `- [${plain(story.title)}](${abs(urls.articleMarkdown(story.id))}): ${plain(story.description)}`,
      )
      .join('\n'),
  ];
  return new Response(`${text.join('\n\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
