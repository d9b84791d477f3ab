/**
 * The site plan: from the parsed entries of every collection and the build's clock, what
 * the site publishes and what it holds back, the indexes, every reference problem and
 * every route (page, feed, card, download) with its title, description, card, anchors and
 * a digest of every input it renders. Pure: no `astro:*` import, so the build
 * (src/lib/content.ts) and the linter (scripts/lib/lint/) run the very same plan, and
 * plain Node can run it in unit tests.
 *
 * Nothing else decides which pages or anchors exist: pages' getStaticPaths, the cards,
 * the build manifest, the output check, the sitemap and the linter's link rules read it.
 */
import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import { yearMonth } from './archive.ts';
import { digestWeeks } from './digest.ts';
import { rankRelated } from './related.ts';
import { slugify } from './format.ts';
import { pushTo } from './multimap.ts';
import { comparisonIdsIn, factIdsIn, type Collection } from './rules.ts';
import { FIXED_PAGES, urls, type CardKind } from './urls.ts';

/** One parsed entry, as either adapter reads it: references as plain ids. */
export interface PlanEntry<Data> {
  id: string;
  data: Data;
  /** Where it came from, for messages (content/articles/x.mdx). */
  filePath?: string;
  /** A digest of the file as written: what the route digests are made of. */
  digest: string;
}

export interface StoryData {
  title: string;
  description: string;
  publishedAt: Date;
  draft: boolean;
  authors: string[];
  topics: string[];
  companies: string[];
  faq?: string;
  keyTakeaway?: string;
  corrections: { date: Date }[];
  updates: { date: Date }[];
  /** The MDX body: where its tables, facts and headings are. */
  body: string;
}

export interface PlanInput {
  now: Date;
  stories: PlanEntry<StoryData>[];
  authors: PlanEntry<{ name: string; bio: string }>[];
  topics: PlanEntry<{ name: string; description: string }>[];
  faqs: PlanEntry<{ title: string; items: { question: string; answer: string }[] }>[];
  comparisons: PlanEntry<{ title: string; caption: string; cells: string[] }>[];
  facts: PlanEntry<{ entity: string; label: string }>[];
  companies: PlanEntry<{ name: string; description: string }>[];
  deals: PlanEntry<{ company: string; amount?: string; capacity?: string; stories: string[] }>[];
  pages: PlanEntry<{ title: string; description: string }>[];
  /**
   * Ids of story files the adapter did not read (a production build never loads drafts or
   * scheduled stories): held back by definition, named so references to them resolve.
   */
  unreadStories?: UnreadStory[];
  settings: PlanSettings;
  /**
   * The preview build: drafts and scheduled stories are placed like published ones (lists,
   * pages, indexes); heldBackStories still names them, for their banners.
   */
  includeHeldBack?: boolean;
  /** Changes when the code that renders pages changes (the package version and lockfile). */
  codeVersion: string;
}

/** A story file the adapter did not parse: its id, and its time if it is scheduled. */
export interface UnreadStory {
  id: string;
  scheduledFor?: Date;
}

export interface PlanSettings {
  name: string;
  description: string;
  pageSize: number;
  frontPages: number;
  feedSize: number;
  timeZone: string;
}

export type HoldReason = 'draft' | 'scheduled' | 'unused';

export interface ReferenceProblem {
  collection: Collection;
  id: string;
  filePath?: string;
  /** The field as a path, for the linter's line lookup: ['authors', 0]. */
  path: (string | number)[];
  message: string;
  fix: string;
  /** A held-back story's problems do not stop the build. */
  severity: 'error' | 'warning';
}

export type RouteKind =
  | 'home'
  | 'article'
  | 'articleMarkdown'
  | 'topic'
  | 'topicFeed'
  | 'author'
  | 'authorFeed'
  | 'company'
  | 'companyFeed'
  | 'comparison'
  | 'archiveYear'
  | 'archiveMonth'
  | 'digestWeek'
  | 'fixed'
  | 'card';

export interface Route {
  kind: RouteKind;
  /** The entry it shows (a story, topic …), the page's name for a fixed page. */
  id: string;
  path: string;
  /** Page number, for paged lists. */
  page?: number;
  title: string;
  description: string;
  /** Path of its social card, for pages that have one. */
  card?: string;
  /** Ids a link may point at with #, where the plan knows them (stories, tables, the FAQ hub). */
  anchors?: string[];
  /**
   * Keys of every input it renders ("articles/x", "authors/y", "settings", "code"), and
   * in parentheses what a list works out from many stories ("(stories: 41)").
   */
  inputs: string[];
  digest: string;
}

export interface SitePlan {
  now: Date;
  /** Published stories, newest first. */
  stories: PlanEntry<StoryData>[];
  /** Drafts and scheduled stories, with why. */
  heldBackStories: { entry: PlanEntry<StoryData>; reason: 'draft' | 'scheduled' }[];
  /** Ids of what is published, per collection (stories included). */
  published: Record<'stories' | 'faqs' | 'comparisons' | 'facts' | 'deals', Set<string>>;
  /** What is not published though its file exists, and why. */
  heldBack: { collection: Collection; id: string; reason: HoldReason }[];
  /** The ids each story's page has (or will have, for a held-back story). */
  storyAnchors: Map<string, string[]>;
  /** The facts each published story shows (body, tables, FAQ answers), first use first. */
  storyFacts: Map<string, string[]>;
  /** Published story ids by what they show. */
  by: Record<'topic' | 'author' | 'company' | 'comparison' | 'fact', Map<string, string[]>>;
  problems: ReferenceProblem[];
  routes: Route[];
  /** Stories for the news sitemap: published in the last two days. */
  newsStories: PlanEntry<StoryData>[];
  /** A route by its path. */
  route(path: string): Route | undefined;
  /**
   * The next moment the site changes by itself, with no file edited: a scheduled story's
   * time, the end of a digest week that has stories, a story leaving the news sitemap.
   */
  nextChange?: { at: Date; what: string };
}

/** Fixed pages' names and descriptions: one home, read by the pages and their cards. */
export const PAGE_TEXTS = {
  faq: {
    path: urls.faqHub(),
    title: 'Frequently asked questions',
    description:
      'Answers to the questions readers ask about AI infrastructure, each linked to the story behind it.',
  },
  topics: {
    path: urls.topics(),
    title: 'Topics',
    description: 'Every subject Gigawatt covers, from data centers and power to deals and policy.',
  },
  compare: {
    path: urls.comparisons(),
    title: 'Comparisons',
    description:
      'Side-by-side tables on AI infrastructure: countries, commitments and companies, each with its sources.',
  },
  tracker: {
    path: urls.tracker(),
    title: 'AI infrastructure deals tracker',
    description:
      'Every AI infrastructure deal Gigawatt has reported: investments, leases, funding rounds and hiring, with amounts, capacity and sources.',
  },
  facts: {
    path: urls.facts(),
    title: 'The facts ledger',
    description:
      'Every figure Gigawatt publishes, with the outlet that reported it and the stories that use it.',
  },
} as const;
export type PageText = keyof typeof PAGE_TEXTS;

/** Google News takes the stories of the last two days in a news sitemap. */
export const NEWS_SITEMAP_MS = 2 * 24 * 60 * 60 * 1000;

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);

/** Heading text as the page shows it: link text kept, emphasis and code marks dropped. */
const headingText = (markdown: string) =>
  markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();

/** Ids of the headings in a story body, as the Markdown pipeline makes them (github-slugger). */
export function headingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  return [...body.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => slugger.slug(headingText(m[1]!)));
}

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));

export function isHeldBack(
  story: { draft: boolean; publishedAt: Date },
  now: Date,
): false | 'draft' | 'scheduled' {
  if (story.draft) return 'draft';
  return story.publishedAt.getTime() > now.getTime() ? 'scheduled' : false;
}

/** The facts a story shows: its body, its embedded tables, its FAQ answers; first use first. */
function factsOfStory(
  story: PlanEntry<StoryData>,
  faqs: Map<string, PlanInput['faqs'][number]>,
  tables: Map<string, PlanInput['comparisons'][number]>,
): string[] {
  const faq = story.data.faq ? faqs.get(story.data.faq) : undefined;
  return [
    ...new Set([
      ...factIdsIn(story.data.body),
      ...comparisonIdsIn(story.data.body).flatMap((id) =>
        factIdsIn(tables.get(id)?.data.cells.join('\n') ?? ''),
      ),
      ...(faq?.data.items.flatMap((item) => factIdsIn(item.answer)) ?? []),
    ]),
  ];
}

function group(stories: PlanEntry<StoryData>[], keys: (s: PlanEntry<StoryData>) => string[]) {
  const map = new Map<string, string[]>();
  for (const story of stories) for (const key of new Set(keys(story))) pushTo(map, key, story.id);
  return map;
}

/** Related stories: those sharing the most topics, newest first among equals; up to three. */
export function relatedIds(
  story: PlanEntry<StoryData>,
  published: PlanEntry<StoryData>[],
  limit = 3,
): string[] {
  return rankRelated(story.id, story.data.topics, published, (other) => other.data.topics, limit).map(
    (s) => s.id,
  );
}

function referenceProblems(input: PlanInput, heldBack: Set<string>): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const known = {
    authors: new Set(input.authors.map((e) => e.id)),
    topics: new Set(input.topics.map((e) => e.id)),
    faqs: new Set(input.faqs.map((e) => e.id)),
    comparisons: new Set(input.comparisons.map((e) => e.id)),
    facts: new Set(input.facts.map((e) => e.id)),
    companies: new Set(input.companies.map((e) => e.id)),
    articles: new Set([...input.stories.map((e) => e.id), ...(input.unreadStories ?? []).map((s) => s.id)]),
  };
  type Known = keyof typeof known;
  const check = (
    collection: Collection,
    entry: PlanEntry<unknown>,
    path: (string | number)[],
    target: Known,
    id: string,
    field = path.join('.').replace(/\.(\d+)/g, '[$1]'),
  ) => {
    if (known[target].has(id)) return;
    const choices = [...known[target]].sort().join(', ') || '(none yet)';
    problems.push({
      collection,
      id: entry.id,
      filePath: entry.filePath,
      path,
      message:
        target === 'facts' && field.includes('<Fact')
          ? `<Fact id="${id}" /> has no file content/facts/${id}.yaml`
          : target === 'comparisons' && field.includes('<Comparison')
            ? `<Comparison id="${id}" /> has no file content/comparisons/${id}.yaml`
            : target === 'articles'
              ? `${field}: "${id}" is not a story in content/articles/`
              : `${field}: "${id}" is not in content/${target}/`,
      fix: `Use one of: ${choices} (files in content/${target}/).`,
      severity: collection === 'articles' && heldBack.has(entry.id) ? 'warning' : 'error',
    });
  };
  for (const story of input.stories) {
    const { data } = story;
    data.authors.forEach((id, i) => check('articles', story, ['authors', i], 'authors', id));
    data.topics.forEach((id, i) => check('articles', story, ['topics', i], 'topics', id));
    data.companies.forEach((id, i) => check('articles', story, ['companies', i], 'companies', id));
    if (data.faq) check('articles', story, ['faq'], 'faqs', data.faq);
    for (const id of comparisonIdsIn(data.body))
      check('articles', story, ['<Comparison>'], 'comparisons', id, '<Comparison id>');
    for (const id of factIdsIn(data.body)) check('articles', story, ['<Fact>'], 'facts', id, '<Fact id>');
  }
  for (const faq of input.faqs)
    faq.data.items.forEach((item, i) => {
      for (const id of factIdsIn(item.answer))
        check('faqs', faq, ['items', i, 'answer'], 'facts', id, `items[${i}].answer <Fact id>`);
    });
  for (const table of input.comparisons)
    for (const id of factIdsIn(table.data.cells.join('\n')))
      check('comparisons', table, ['rows'], 'facts', id, 'rows <Fact id>');
  for (const fact of input.facts) check('facts', fact, ['entity'], 'companies', fact.data.entity);
  for (const deal of input.deals) {
    check('deals', deal, ['company'], 'companies', deal.data.company);
    if (deal.data.amount) check('deals', deal, ['amount'], 'facts', deal.data.amount);
    if (deal.data.capacity) check('deals', deal, ['capacity'], 'facts', deal.data.capacity);
    deal.data.stories.forEach((id, i) => check('deals', deal, ['stories', i], 'articles', id));
  }
  return problems;
}

/** The earliest moment after `now` at which a build would publish something new. */
function nextChange(
  now: Date,
  held: SitePlan['heldBackStories'],
  published: PlanEntry<StoryData>[],
  timeZone: string,
  unread: UnreadStory[],
): SitePlan['nextChange'] {
  const moments: { at: Date; what: string }[] = [
    ...unread.flatMap((s) =>
      s.scheduledFor ? [{ at: s.scheduledFor, what: `${s.id} is scheduled to publish` }] : [],
    ),
    ...held
      .filter((h) => h.reason === 'scheduled')
      .map((h) => ({ at: h.entry.data.publishedAt, what: `${h.entry.id} is scheduled to publish` })),
    ...published
      .filter((s) => s.data.publishedAt.getTime() + NEWS_SITEMAP_MS > now.getTime())
      .map((s) => ({
        at: new Date(s.data.publishedAt.getTime() + NEWS_SITEMAP_MS),
        what: `${s.id} leaves the news sitemap`,
      })),
  ];
  // A week's digest is published when the week ends, if it has a story or a correction
  // in it (a correction dated this week to a story of last year makes one too).
  const allWeeks = digestWeeks(
    published.map((s) => ({ publishedAt: s.data.publishedAt, corrections: s.data.corrections })),
    new Date(8.64e15),
    timeZone,
  );
  for (const { end } of allWeeks)
    if (end.getTime() > now.getTime())
      moments.push({
        at: end,
        what: `the weekly digest for the week ending ${end.toISOString()} is published`,
      });
  return moments
    .filter((m) => m.at.getTime() > now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
}

/** The site plan for one build. */
export function planSite(input: PlanInput): SitePlan {
  const { now, settings } = input;
  const faqs = byId(input.faqs);
  const tables = byId(input.comparisons);
  const stories = [...input.stories].sort(
    (a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id),
  );
  const heldBackStories = stories.flatMap((entry) => {
    const reason = isHeldBack(entry.data, now);
    return reason ? [{ entry, reason }] : [];
  });
  const held = new Set(input.includeHeldBack ? [] : heldBackStories.map((h) => h.entry.id));
  const published = stories.filter((s) => !held.has(s.id));

  // What published stories use is published; a table, FAQ set or fact only drafts (or
  // nobody) use stays back: an imported draft's TODO caption must not reach /compare/.
  const usedTables = new Set(published.flatMap((s) => comparisonIdsIn(s.data.body)));
  const usedFaqs = new Set(published.flatMap((s) => (s.data.faq ? [s.data.faq] : [])));
  const factsByStory = new Map(published.map((s) => [s.id, factsOfStory(s, faqs, tables)]));
  const publishedIds = new Set(published.map((s) => s.id));
  // A deal shows once a story on it runs (or when it names none): not ahead of its story.
  const publishedDeals = input.deals.filter(
    (d) => d.data.stories.length === 0 || d.data.stories.some((id) => publishedIds.has(id)),
  );
  const usedFacts = new Set([
    ...[...factsByStory.values()].flat(),
    ...publishedDeals.flatMap((d) => [d.data.amount, d.data.capacity].filter((f): f is string => !!f)),
  ]);
  const heldBack: SitePlan['heldBack'] = [
    ...heldBackStories.map(({ entry, reason }) => ({
      collection: 'articles' as const,
      id: entry.id,
      reason,
    })),
    ...input.comparisons
      .filter((t) => !usedTables.has(t.id))
      .map((t) => ({ collection: 'comparisons' as const, id: t.id, reason: 'unused' as const })),
    ...input.faqs
      .filter((f) => !usedFaqs.has(f.id))
      .map((f) => ({ collection: 'faqs' as const, id: f.id, reason: 'unused' as const })),
    ...input.facts
      .filter((f) => !usedFacts.has(f.id))
      .map((f) => ({ collection: 'facts' as const, id: f.id, reason: 'unused' as const })),
    ...input.deals
      .filter((d) => !publishedDeals.includes(d))
      .map((d) => ({ collection: 'deals' as const, id: d.id, reason: 'unused' as const })),
  ];

  const by = {
    topic: group(published, (s) => s.data.topics),
    author: group(published, (s) => s.data.authors),
    company: group(published, (s) => s.data.companies),
    comparison: group(published, (s) => comparisonIdsIn(s.data.body)),
    fact: group(published, (s) => factsByStory.get(s.id) ?? []),
  };

  // Digests: every input has a key and a digest; a route's digest is that of its inputs.
  const inputDigests = new Map<string, string>([
    ['settings', hash(JSON.stringify(settings))],
    ['code', input.codeVersion],
  ]);
  const collections = {
    articles: input.stories,
    authors: input.authors,
    topics: input.topics,
    faqs: input.faqs,
    comparisons: input.comparisons,
    facts: input.facts,
    companies: input.companies,
    deals: input.deals,
    pages: input.pages,
  } satisfies Record<Collection, PlanEntry<unknown>[]>;
  for (const [collection, entries] of Object.entries(collections))
    for (const entry of entries) inputDigests.set(`${collection}/${entry.id}`, entry.digest);
  const routes: Route[] = [];
  const add = (route: Omit<Route, 'digest' | 'inputs'>, inputs: string[]) => {
    const keys = [...new Set(['settings', 'code', ...inputs])].sort();
    routes.push({
      ...route,
      inputs: keys,
      digest: hash(...keys.map((k) => `${k}=${inputDigests.get(k) ?? ''}`)),
    });
  };
  const storyById = byId(stories);
  const topicById = byId(input.topics);
  /** What a story's line in a list shows: its own file, its byline, its topic and its lead figure. */
  const listed = (ids: string[]) =>
    ids.flatMap((id) => {
      const s = storyById.get(id)!;
      return [
        `articles/${id}`,
        ...s.data.authors.map((a) => `authors/${a}`),
        ...s.data.topics.map((t) => `topics/${t}`),
        ...(factsByStory.get(id) ?? []).map((f) => `facts/${f}`),
      ];
    });
  const pages = (count: number) => Math.max(1, Math.ceil(count / settings.pageSize));
  const pagesOf = (ids: string[]) =>
    Array.from({ length: pages(ids.length) }, (_, i) => ({
      page: i + 1,
      ids: ids.slice(i * settings.pageSize, (i + 1) * settings.pageSize),
    }));

  /** The ids a story's page will have, in page order (a held-back story's as if it ran). */
  const anchorsOf = (story: PlanEntry<StoryData>, related: string[], facts: string[]) => {
    const { data } = story;
    const faq = data.faq ? faqs.get(data.faq) : undefined;
    return [
      ...new Set([
        ...(data.keyTakeaway ? ['key-takeaway'] : []),
        ...(data.corrections.length ? ['corrections', 'corrections-title'] : []),
        ...(data.updates.length ? ['updates'] : []),
        ...headingIds(data.body),
        ...comparisonIdsIn(data.body).map((id) => `table-${id}`),
        ...(faq ? ['faq', ...faq.data.items.map((item) => slugify(item.question))] : []),
        'sources',
        ...(facts.length ? ['figures', ...facts.map((id) => `fact-${id}`)] : []),
        ...(related.length ? ['related-title'] : []),
      ]),
    ];
  };
  const storyAnchors = new Map(
    heldBackStories.map(({ entry }) => [entry.id, anchorsOf(entry, [], factsOfStory(entry, faqs, tables))]),
  );

  /** What a story shows in a feed: all of its page but the related stories. */
  const feedItemInputs = new Map<string, string[]>();
  for (const story of published) {
    const { data } = story;
    const related = relatedIds(story, published);
    const tablesShown = comparisonIdsIn(data.body);
    const facts = factsByStory.get(story.id) ?? [];
    const anchors = anchorsOf(story, related, facts);
    storyAnchors.set(story.id, anchors);
    const own = [
      `articles/${story.id}`,
      ...data.authors.map((a) => `authors/${a}`),
      ...data.topics.map((t) => `topics/${t}`),
      ...data.companies.map((c) => `companies/${c}`),
      ...(data.faq ? [`faqs/${data.faq}`] : []),
      ...tablesShown.map((t) => `comparisons/${t}`),
      ...facts.map((f) => `facts/${f}`),
    ];
    feedItemInputs.set(story.id, own);
    // A related story's line shows its byline and topic too.
    const inputs = [...own, ...listed(related)];
    const card = urls.card('article', story.id);
    add(
      {
        kind: 'article',
        id: story.id,
        path: urls.article(story.id),
        title: data.title,
        description: data.description,
        card,
        anchors: [...new Set(anchors)],
      },
      inputs,
    );
    add(
      {
        kind: 'articleMarkdown',
        id: story.id,
        path: urls.articleMarkdown(story.id),
        title: data.title,
        description: data.description,
      },
      inputs,
    );
    add(
      {
        kind: 'card',
        id: `article/${story.id}`,
        path: card,
        title: data.title,
        description: data.description,
      },
      [
        `articles/${story.id}`,
        ...data.authors.map((a) => `authors/${a}`),
        ...data.topics.slice(0, 1).map((t) => `topics/${t}`),
      ],
    );
  }

  const allIds = published.map((s) => s.id);
  for (const { page, ids } of pagesOf(allIds).slice(0, settings.frontPages))
    add(
      {
        kind: 'home',
        id: 'home',
        page,
        path: urls.home(page),
        title: page === 1 ? settings.name : `Latest stories, page ${page}`,
        description: settings.description,
        card: urls.card('page', 'default'),
      },
      listed(page === 1 ? allIds.slice(0, settings.pageSize + 40) : ids),
    );

  /**
   * What a topic's "Related topics" box shows: every topic can be one (names, descriptions
   * and order), chosen by how many stories share each with this topic.
   */
  const relatedTopicInputs = (topic: string) => {
    const shared = new Map<string, number>();
    for (const id of by.topic.get(topic) ?? [])
      for (const other of storyById.get(id)!.data.topics) shared.set(other, (shared.get(other) ?? 0) + 1);
    return [
      ...input.topics.map((t) => `topics/${t.id}`),
      `(topics shared: ${JSON.stringify([...shared].sort(([a], [b]) => a.localeCompare(b)))})`,
    ];
  };
  // A feed with no item yet dates itself by the site's newest change (src/lib/feeds/rss.ts):
  // any story's, or with none published, the build's own time.
  const siteChange = published.length
    ? published.map((s) => `articles/${s.id}`)
    : [`(now: ${now.toISOString()})`];
  const entityPages = (
    kind: 'topic' | 'author' | 'company',
    entries: { id: string; title: string; description: string }[],
    index: Map<string, string[]>,
    path: (id: string, page?: number) => string,
    feed: ((id: string) => string) | undefined,
    feedKind: 'topicFeed' | 'authorFeed' | 'companyFeed',
  ) => {
    const collection = `${kind === 'company' ? 'companies' : `${kind}s`}`;
    for (const entry of entries) {
      const ids = index.get(entry.id) ?? [];
      for (const { page, ids: onPage } of pagesOf(ids))
        add(
          {
            kind,
            id: entry.id,
            page,
            path: path(entry.id, page),
            title: page === 1 ? entry.title : `${entry.title}, page ${page}`,
            description: entry.description,
            card: urls.card(kind, entry.id),
          },
          [
            `${collection}/${entry.id}`,
            ...listed(onPage),
            // Not a file: the list's length, which its page links show.
            `(stories: ${ids.length})`,
            ...(kind === 'topic' && page === 1 ? relatedTopicInputs(entry.id) : []),
          ],
        );
      if (feed)
        add(
          {
            kind: feedKind,
            id: entry.id,
            path: feed(entry.id),
            title: entry.title,
            description: entry.description,
          },
          [
            `${collection}/${entry.id}`,
            ...(ids.length
              ? ids.slice(0, settings.feedSize).flatMap((id) => feedItemInputs.get(id)!)
              : siteChange),
          ],
        );
      add(
        {
          kind: 'card',
          id: `${kind}/${entry.id}`,
          path: urls.card(kind, entry.id),
          title: entry.title,
          description: entry.description,
        },
        [`${collection}/${entry.id}`, ...ids.map((id) => `articles/${id}`)],
      );
    }
  };
  entityPages(
    'topic',
    input.topics.map((t) => ({ id: t.id, title: t.data.name, description: t.data.description })),
    by.topic,
    urls.topic,
    urls.topicFeed,
    'topicFeed',
  );
  entityPages(
    'author',
    input.authors.map((a) => ({ id: a.id, title: a.data.name, description: a.data.bio })),
    by.author,
    urls.author,
    urls.authorFeed,
    'authorFeed',
  );
  entityPages(
    'company',
    input.companies.map((c) => ({ id: c.id, title: c.data.name, description: c.data.description })),
    by.company,
    urls.company,
    urls.companyFeed,
    'companyFeed',
  );

  for (const table of input.comparisons.filter((t) => usedTables.has(t.id))) {
    const card = urls.card('comparison', table.id);
    const users = by.comparison.get(table.id) ?? [];
    const inputs = [
      `comparisons/${table.id}`,
      ...factIdsIn(table.data.cells.join('\n')).map((f) => `facts/${f}`),
      ...listed(users),
    ];
    add(
      {
        kind: 'comparison',
        id: table.id,
        path: urls.comparison(table.id),
        title: table.data.title,
        description: table.data.caption,
        card,
        anchors: [`table-${table.id}`, ...(users.length ? ['used-in'] : [])],
      },
      inputs,
    );
    add(
      {
        kind: 'card',
        id: `comparison/${table.id}`,
        path: card,
        title: table.data.title,
        description: table.data.caption,
      },
      [`comparisons/${table.id}`],
    );
  }

  // The FAQ hub: each set under the first topic of the newest published story that uses it.
  const hubAnchors: string[] = [];
  const placed = new Set<string>();
  const hubInputs: string[] = [];
  const byTopic = new Map<string, string[]>();
  for (const story of published) {
    const [topic] = story.data.topics;
    const set = story.data.faq ? faqs.get(story.data.faq) : undefined;
    if (!set || !topic || placed.has(set.id)) continue;
    placed.add(set.id);
    pushTo(byTopic, topic, set.id);
    hubInputs.push(`faqs/${set.id}`, `articles/${story.id}`, `topics/${topic}`);
  }
  const seen = new Set<string>();
  for (const [topic, sets] of [...byTopic].sort(([a], [b]) =>
    (topicById.get(a)?.data.name ?? a).localeCompare(topicById.get(b)?.data.name ?? b),
  )) {
    hubAnchors.push(`topic-${topic}`);
    for (const id of sets) {
      hubAnchors.push(`set-${id}`);
      for (const item of faqs.get(id)!.data.items) {
        const key = item.question.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        hubAnchors.push(`${id}-${slugify(item.question)}`);
      }
    }
  }

  const archive = new Map<number, Map<number, string[]>>();
  for (const story of published) {
    const { year, month } = yearMonth(story.data.publishedAt);
    const months = archive.get(year) ?? new Map<number, string[]>();
    pushTo(months, month, story.id);
    archive.set(year, months);
  }
  for (const [year, months] of archive) {
    add(
      {
        kind: 'archiveYear',
        id: String(year),
        path: urls.archiveYear(year),
        title: `Stories from ${year}`,
        description: `Every story we published in ${year}.`,
      },
      [...[...months.values()].flat().map((id) => `articles/${id}`)],
    );
    for (const [month, ids] of months)
      add(
        {
          kind: 'archiveMonth',
          id: `${year}-${month}`,
          path: urls.archiveMonth(year, month),
          title: `Stories from ${year}-${String(month).padStart(2, '0')}`,
          description: `Every story we published that month.`,
        },
        listed(ids),
      );
  }

  const weeks = digestWeeks(
    published.map((s) => ({ id: s.id, publishedAt: s.data.publishedAt, corrections: s.data.corrections })),
    now,
    settings.timeZone,
  );
  for (const week of weeks)
    add(
      {
        kind: 'digestWeek',
        id: week.key,
        path: urls.digestWeek(week.key),
        title: `Weekly digest ${week.key}`,
        description: 'The week in AI infrastructure.',
      },
      [
        ...week.stories.map((s) => `articles/${s.id}`),
        ...week.corrections.map((c) => `articles/${c.story.id}`),
      ],
    );

  // A page with no narrower list (feeds, the feeds page, llms.txt, search) may show anything
  // of the published site: every input (a feed item renders its story's facts and tables,
  // the feeds page names every author, topic and company).
  const everything = [...inputDigests.keys()].filter(
    (key) => !key.startsWith('articles/') || publishedIds.has(key.slice('articles/'.length)),
  );
  // The news sitemap holds the last two days' stories; with none it would be an empty,
  // invalid <urlset>, so it is not written (and robots.txt does not name it).
  const news = published.filter((s) => s.data.publishedAt.getTime() >= now.getTime() - NEWS_SITEMAP_MS);
  const fixedText: Partial<
    Record<
      string,
      { title: string; description: string; card?: string; inputs: string[]; anchors?: string[] }
    >
  > = {
    [urls.newsSitemap()]: {
      title: 'News sitemap',
      description: '',
      inputs: news.map((s) => `articles/${s.id}`),
    },
    [PAGE_TEXTS.faq.path]: {
      ...PAGE_TEXTS.faq,
      card: urls.card('page', 'faq'),
      inputs: hubInputs,
      anchors: hubAnchors,
    },
    [PAGE_TEXTS.topics.path]: {
      ...PAGE_TEXTS.topics,
      card: urls.card('page', 'topics'),
      inputs: input.topics.map((t) => `topics/${t.id}`),
    },
    [PAGE_TEXTS.compare.path]: {
      ...PAGE_TEXTS.compare,
      card: urls.card('page', 'compare'),
      inputs: [...usedTables].map((t) => `comparisons/${t}`),
    },
    [PAGE_TEXTS.tracker.path]: {
      ...PAGE_TEXTS.tracker,
      card: urls.card('page', 'tracker'),
      inputs: [...publishedDeals.map((d) => `deals/${d.id}`), ...[...usedFacts].map((f) => `facts/${f}`)],
    },
    [PAGE_TEXTS.facts.path]: {
      ...PAGE_TEXTS.facts,
      card: urls.card('page', 'facts'),
      inputs: [...usedFacts].map((f) => `facts/${f}`),
    },
  };
  for (const path of FIXED_PAGES) {
    if (path === urls.home()) continue;
    if (path === urls.newsSitemap() && news.length === 0) continue;
    const text = fixedText[path];
    add(
      {
        kind: 'fixed',
        id: path,
        path,
        title: text?.title ?? settings.name,
        description: text?.description ?? settings.description,
        card: text?.card,
        anchors: text?.anchors,
      },
      text?.inputs ?? [...everything, ...input.pages.map((p) => `pages/${p.id}`)],
    );
  }
  for (const [id, text] of [
    ['default', { title: settings.name, description: settings.description }],
    ...Object.entries(PAGE_TEXTS),
  ] as const)
    add(
      {
        kind: 'card',
        id: `page/${id}`,
        path: urls.card('page' as CardKind, id),
        title: text.title,
        description: text.description,
      },
      [...(fixedText[(text as { path?: string }).path ?? '']?.inputs ?? [])],
    );

  const byPath = new Map(routes.map((r) => [r.path, r]));
  return {
    now,
    stories: published,
    heldBackStories,
    published: {
      stories: publishedIds,
      faqs: usedFaqs,
      comparisons: usedTables,
      facts: usedFacts,
      deals: new Set(publishedDeals.map((d) => d.id)),
    },
    heldBack,
    by,
    storyFacts: factsByStory,
    storyAnchors,
    problems: referenceProblems(input, held),
    routes,
    route: (path) => byPath.get(path),
    newsStories: news,
    nextChange: nextChange(now, heldBackStories, published, settings.timeZone, input.unreadStories ?? []),
  };
}
