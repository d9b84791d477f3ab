/**
 * Internal links and anchors: every site path must be one the routes make (read back
 * with the route builder's own shapes) for content that exists, and every #anchor must
 * be a heading or question on that page.
 */
import { matchRoute, urls, type RouteMatch } from '../../../../src/lib/urls.ts';
import { site, siteUrl } from '../../../../src/site.config.ts';
import { slugify } from '../../../../src/lib/format.ts';
import { yearMonth } from '../../../../src/lib/archive.ts';
import { digestWeeks } from '../../../../src/lib/digest.ts';
import type { ArticleFile } from '../../content-files.ts';
import { asArray, type ContentIndex, type LintRule } from '../types.ts';

const counts = new WeakMap<ContentIndex, Map<string, Map<string, number>>>();

/** Published stories per topic or author id, counted once per index. */
function countsOf(index: ContentIndex, field: 'topics' | 'authors' | 'companies'): Map<string, number> {
  const byField = counts.get(index) ?? new Map<string, Map<string, number>>();
  counts.set(index, byField);
  let count = byField.get(field);
  if (!count) {
    count = new Map();
    for (const article of index.published) {
      for (const id of new Set(asArray(article.data[field]).map(String)))
        count.set(id, (count.get(id) ?? 0) + 1);
    }
    byField.set(field, count);
  }
  return count;
}

/** A digest week is built once it has ended and has a story or correction in it. */
function digestWeekExists(key: string, index: ContentIndex): boolean {
  const stories = index.published.map((a) => ({
    publishedAt: new Date(String(a.data.publishedAt)),
    corrections: asArray(a.data.corrections).map((c) => ({
      date: new Date(String((c as { date?: unknown }).date)),
    })),
  }));
  return digestWeeks(stories, index.now, site.timeZone).some((week) => week.key === key);
}

/** Does a matched route point at content that exists (and a page number that is built)? */
function exists(route: RouteMatch, index: ContentIndex): boolean {
  const pages = (count: number) => Math.max(1, Math.ceil(count / site.pageSize));
  const storiesWith = (field: 'topics' | 'authors' | 'companies', id: string) =>
    countsOf(index, field).get(id) ?? 0;
  switch (route.kind) {
    case 'fixed':
      return true;
    case 'home':
      return route.page <= Math.min(site.frontPages, pages(index.published.length));
    case 'archiveYear':
    case 'archiveMonth':
      return index.published.some((a) => {
        const date = new Date(String(a.data.publishedAt));
        const { year, month } = yearMonth(date);
        return year === route.year && (route.kind === 'archiveYear' || month === route.month);
      });
    case 'digestWeek':
      return digestWeekExists(route.key, index);
    case 'article':
      return index.anchors.has(route.id);
    case 'topic':
      return index.known.topics.has(route.id) && route.page <= pages(storiesWith('topics', route.id));
    case 'author':
      return index.known.authors.has(route.id) && route.page <= pages(storiesWith('authors', route.id));
    case 'topicFeed':
      return index.known.topics.has(route.id);
    case 'authorFeed':
      return index.known.authors.has(route.id);
    case 'comparison':
      return index.known.comparisons.has(route.id);
    case 'company':
      return index.known.companies.has(route.id) && route.page <= pages(storiesWith('companies', route.id));
    case 'companyFeed':
      return index.known.companies.has(route.id);
  }
}

/** "Did you mean …": the slash a route needs, or the nearest story id one or two edits away. */
function suggestion(path: string, index: ContentIndex): string | undefined {
  if (!path.endsWith('/') && !/\.\w+$/.test(path)) {
    const route = matchRoute(`${path}/`);
    if (route && exists(route, index)) return `${path}/`;
  }
  const id = path.match(/^\/news\/([^/]+)/)?.[1];
  if (!id) return undefined;
  const near = [...index.anchors.keys()]
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

/** Anchors on the FAQ hub: each set, each question (as src/lib/faq.ts names them), each topic. */
function faqHubAnchors(index: ContentIndex): Set<string> {
  const ids = new Set<string>(['main']);
  for (const article of index.published) {
    const id = String(article.data.faq ?? '');
    const faq = index.faqs.get(id);
    if (!faq) continue;
    ids.add(`set-${id}`);
    for (const topic of asArray(article.data.topics)) ids.add(`topic-${String(topic)}`);
    for (const item of asArray(faq.items))
      ids.add(`${id}-${slugify(String((item as { question?: unknown }).question ?? ''))}`);
  }
  return ids;
}

function nearest(anchor: string, ids: Set<string>): string {
  const near = [...ids].map((id) => ({ id, d: editDistance(anchor, id) })).sort((a, b) => a.d - b.d)[0];
  return near && near.d <= Math.max(3, anchor.length / 3)
    ? `Did you mean #${near.id}?`
    : `Link to one of: ${[...ids].slice(0, 8).join(', ')}.`;
}

function linksIn(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)[^)]*\)/g), ...text.matchAll(/href=["']([^"']+)["']/g)].map(
    (m) => m[1]!,
  );
}

export const links: LintRule = {
  names: ['internal-link'],
  check(index, report) {
    const add = report('internal-link');
    const origin = new URL(siteUrl()).origin;
    const check = (article: ArticleFile, line: number, written: string) => {
      // An absolute link to this site is an internal link like any other.
      const link = written.startsWith(`${origin}/`) ? written.slice(origin.length) : written;
      if (!link.startsWith('/') && !link.startsWith('#')) return;
      const [path = '', anchor] = link.split('#');
      const route = path === '' ? ({ kind: 'article', id: article.id } as const) : matchRoute(path);
      if (!route || (path !== '' && !exists(route, index))) {
        const hint = suggestion(path, index);
        add(
          article,
          line,
          'error',
          `${link} points to no page`,
          hint
            ? `Did you mean ${hint}${anchor ? `#${anchor}` : ''}?`
            : 'Check the address: stories are /news/<file name>/, topics /topics/<id>/.',
        );
        return;
      }
      if (!anchor) return;
      if (route.kind === 'fixed' && path === urls.faqHub()) {
        const ids = faqHubAnchors(index);
        if (!ids.has(anchor))
          add(
            article,
            line,
            'error',
            `${written}: the FAQ page has no question with id "${anchor}"`,
            nearest(anchor, ids),
          );
        return;
      }
      if (route.kind !== 'article') return;
      const ids = route.id === article.id ? index.anchorsOf(article) : index.anchors.get(route.id);
      if (ids && !ids.has(anchor)) {
        add(
          article,
          line,
          'error',
          `${link}: no heading or question with id "${anchor}"`,
          `Link to one of: ${[...ids].join(', ')}.`,
        );
      }
    };
    for (const article of index.articles) {
      for (const { text, line } of index.bodyLines(article)) {
        for (const link of linksIn(text)) check(article, line, link);
      }
    }
  },
};
