/**
 * Internal links and anchors: every site path must be a route of the site plan (the very
 * plan the build runs), and every #anchor one of the ids the plan says that page has.
 */
import { urls } from '../../../../src/lib/urls.ts';
import { siteUrl } from '../../../../src/site.config.ts';
import type { ArticleFile } from '../../content-files.ts';
import type { ContentIndex, LintRule } from '../types.ts';

/** "Did you mean …": the slash a route needs, or the nearest story id one or two edits away. */
function suggestion(path: string, index: ContentIndex): string | undefined {
  if (!path.endsWith('/') && !/\.\w+$/.test(path) && index.plan.route(`${path}/`)) return `${path}/`;
  const id = path.match(/^\/news\/([^/]+)/)?.[1];
  if (!id) return undefined;
  const near = [...index.plan.published.stories]
    .map((other) => ({ other, distance: editDistance(id, other) }))
    .filter(({ distance }) => distance <= 2)
    .sort((a, b) => a.distance - b.distance)[0];
  return near ? urls.article(near.other) : undefined;
}

/** Levenshtein distance; a dozen lines, so no dependency for it. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

function nearest(anchor: string, ids: Set<string>): string {
  const near = [...ids].map((id) => ({ id, d: editDistance(anchor, id) })).sort((a, b) => a.d - b.d)[0];
  return near && near.d <= Math.max(3, anchor.length / 3)
    ? `Did you mean #${near.id}?`
    : `Link to one of: ${[...ids].slice(0, 8).join(', ')}.`;
}

/** Links in a body line: Markdown links (not images: those are files beside the story) and hrefs. */
function linksIn(text: string): string[] {
  return [
    ...[...text.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].filter((m) => !m[1]).map((m) => m[2]!),
    ...[...text.matchAll(/href=["']([^"']+)["']/g)].map((m) => m[1]!),
  ];
}

/** Why a path the routes do not have is missing, when a file explains it. */
function why(path: string, index: ContentIndex): string | undefined {
  const id = path.match(/^\/news\/([^/]+)\/$/)?.[1];
  const held = index.plan.heldBackStories.find((h) => h.entry.id === id);
  if (!held) return undefined;
  return held.reason === 'draft'
    ? `${id} is a draft: link to it once it is published`
    : `${id} is scheduled for ${held.entry.data.publishedAt.toISOString()}: the link is dead until then`;
}

export const links: LintRule = {
  names: ['internal-link'],
  check(index, report) {
    const add = report('internal-link');
    const origin = new URL(siteUrl()).origin;
    const check = (article: ArticleFile, line: number, written: string) => {
      // An absolute link to this site is an internal link like any other.
      const link = written.startsWith(`${origin}/`) ? written.slice(origin.length) : written;
      // A relative link resolves against the page it is on: ./other.mdx or news/x/ is dead there.
      if (!/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(link)) {
        const id = link.match(/^(?:\.{1,2}\/)*(?:news\/)?([a-z0-9-]+)(?:\.mdx?)?\/?(?:#.*)?$/)?.[1];
        add(
          article,
          line,
          'error',
          `${link} is a relative link: on the page it points somewhere else, or nowhere`,
          id && (index.plan.published.stories.has(id) || index.plan.storyAnchors.has(id))
            ? `Write the site path: ${urls.article(id)}`
            : 'Write a site path starting with / (stories are /news/<file name>/) or a full https:// link.',
        );
        return;
      }
      if (!link.startsWith('/') && !link.startsWith('#')) return;
      const [path = '', anchor] = link.split('#');
      const route = path === '' ? undefined : index.plan.route(path);
      if (path !== '' && !route) {
        const hint = suggestion(path, index);
        add(
          article,
          line,
          'error',
          `${link} points to no page${why(path, index) ? ` (${why(path, index)})` : ''}`,
          hint
            ? `Did you mean ${hint}${anchor ? `#${anchor}` : ''}?`
            : 'Check the address: stories are /news/<file name>/, topics /topics/<id>/.',
        );
        return;
      }
      if (!anchor) return;
      const anchors = route ? route.anchors : index.plan.storyAnchors.get(article.id);
      // Pages whose ids the plan does not list (lists, feeds) are not checked for anchors.
      if (!anchors) return;
      const ids = new Set(anchors);
      if (ids.has(anchor)) return;
      add(
        article,
        line,
        'error',
        route?.path === urls.faqHub()
          ? `${written}: the FAQ page has no question with id "${anchor}"`
          : `${link}: no heading or question with id "${anchor}"`,
        nearest(anchor, ids),
      );
    };
    for (const article of index.articles) {
      for (const { text, line } of index.bodyLines(article)) {
        for (const link of linksIn(text)) check(article, line, link);
      }
    }
  },
};
