/**
 * The only way in to the content collections: each collection is read once per build
 * (one loop over one collection list), handed to the site plan (site-plan.ts, the same
 * plan the linter runs), and the plan decides what is published, what is held back and
 * which pages exist. Everything else asks this module (or the story model in story.ts,
 * built on it) and never looks an entry up again. (Astro only logs unknown references; a
 * news site must not ship a broken byline, so the plan's problems fail the build here.)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime, viewMode } from './clock.ts';
import { codeVersion } from './code-version.ts';
import { COLLECTION_NAMES, COLLECTIONS, contentDir, type Collection } from './rules.ts';
import { planSite, type PlanEntry, type SitePlan, type UnreadStory } from './site-plan.ts';
import { storyBodyText } from './story-body.ts';
import { site } from '../site.config.ts';

export type Article = CollectionEntry<'articles'>;
export type Author = CollectionEntry<'authors'>;
export type Topic = CollectionEntry<'topics'>;
export type Faq = CollectionEntry<'faqs'>;
export type Comparison = CollectionEntry<'comparisons'>;
export type SitePage = CollectionEntry<'pages'>;
export type Fact = CollectionEntry<'facts'>;
export type Company = CollectionEntry<'companies'>;
export type Deal = CollectionEntry<'deals'>;

type Entries = { [C in Collection]: CollectionEntry<C>[] };

interface ContentIndex {
  plan: SitePlan;
  /** Published articles, newest first. */
  articles: Article[];
  all: Entries;
  authors: Map<string, Author>;
  topics: Map<string, Topic>;
  faqs: Map<string, Faq>;
  comparisons: Map<string, Comparison>;
  facts: Map<string, Fact>;
  companies: Map<string, Company>;
  articleById: Map<string, Article>;
}

const byId = <Entry extends { id: string }>(entries: Entry[]) =>
  new Map(entries.map((entry) => [entry.id, entry]));

const digestOf = (entry: { data: unknown; body?: string }) =>
  createHash('sha256')
    .update(JSON.stringify(entry.data) ?? '')
    .update(entry.body ?? '')
    .digest('hex')
    .slice(0, 16);

/** An entry as the site plan reads it. */
const planned = <Data>(entry: { id: string; filePath?: string; data: unknown; body?: string }, data: Data) =>
  ({ id: entry.id, filePath: entry.filePath, digest: digestOf(entry), data }) satisfies PlanEntry<Data>;

/**
 * Story files the content layer did not load (a production build skips the held back):
 * their ids, so references to them resolve, and a scheduled one's time, for the next change.
 */
function unreadStories(loaded: Article[]): UnreadStory[] {
  const folder = join(contentDir(), COLLECTIONS.articles.folder);
  if (!existsSync(folder)) return [];
  const ids = new Set(loaded.map((a) => a.id));
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx') && !ids.has(name.slice(0, -'.mdx'.length)))
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8').replace(/^\uFEFF/, '');
      const frontmatter = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
      // js-yaml, as Astro reads frontmatter; a file it cannot read is the linter's to report.
      let data: { draft?: unknown; publishedAt?: unknown } = {};
      try {
        data = (loadYaml(frontmatter) as typeof data) ?? {};
      } catch {}
      const at = data.publishedAt instanceof Date ? data.publishedAt : new Date(String(data.publishedAt));
      return {
        id: name.slice(0, -'.mdx'.length),
        scheduledFor: data.draft !== true && !Number.isNaN(at.getTime()) ? at : undefined,
      };
    });
}

/** The collections, read into the plan's shapes (references as plain ids). */
function planOf(all: Entries): SitePlan {
  return planSite({
    includeHeldBack: viewMode() === 'preview',
    unreadStories: unreadStories(all.articles),
    now: buildTime,
    settings: site,
    codeVersion: codeVersion(),
    stories: all.articles.map((a) =>
      planned(a, {
        ...a.data,
        authors: a.data.authors.map((r) => r.id),
        topics: a.data.topics.map((r) => r.id),
        faq: a.data.faq?.id,
        body: a.body ?? '',
      }),
    ),
    authors: all.authors.map((e) => planned(e, e.data)),
    topics: all.topics.map((e) => planned(e, e.data)),
    faqs: all.faqs.map((e) => planned(e, e.data)),
    comparisons: all.comparisons.map((e) =>
      planned(e, { ...e.data, cells: e.data.rows.flatMap((row) => Object.values(row).map(String)) }),
    ),
    facts: all.facts.map((e) => planned(e, e.data)),
    companies: all.companies.map((e) => planned(e, e.data)),
    deals: all.deals.map((e) => planned(e, e.data)),
    pages: all.pages.map((e) => planned(e, e.data)),
  });
}

let loaded: Promise<ContentIndex> | undefined;

function content(): Promise<ContentIndex> {
  loaded ??= (async () => {
    const lists = await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name)));
    const all = Object.fromEntries(COLLECTION_NAMES.map((name, i) => [name, lists[i]])) as Entries;
    // The content store does not keep story bodies (src/content.config.ts): read from the files.
    all.articles = all.articles.map((article) => ({ ...article, body: storyBodyText(article) }));
    const plan = planOf(all);
    const errors = plan.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      const error = new Error(
        `Content references that point nowhere (npm run lint:content names each at its line):\n  ${errors
          .map((p) => `${p.filePath ?? `${p.collection}/${p.id}`}: ${p.message}. ${p.fix}`)
          .join('\n  ')}`,
      );
      // The writer's mistake, not the code's: Astro prints no stack trace for an error without one.
      error.stack = '';
      throw error;
    }
    const articleById = byId(all.articles);
    return {
      plan,
      all,
      articles: plan.stories.map((s) => articleById.get(s.id)!),
      articleById,
      authors: byId(all.authors),
      topics: byId(all.topics),
      faqs: byId(all.faqs),
      comparisons: byId(all.comparisons),
      facts: byId(all.facts),
      companies: byId(all.companies),
    };
  })();
  return loaded;
}

/** The site plan: what is published, the routes with their titles, anchors and digests. */
export async function getPlan(): Promise<SitePlan> {
  return (await content()).plan;
}

/**
 * Stories that get a page: the published ones, and under `astro dev` the drafts and
 * scheduled stories too (each with its banner), so a writer can see one before it runs.
 */
export async function getArticlePages(): Promise<Article[]> {
  const articles = await getArticles();
  return viewMode() === 'dev' ? [...articles, ...(await getHeldBackArticles())] : articles;
}

/**
 * A page's key for Astro's incremental build (experimental.incrementalBuild): the site
 * plan's digest of everything the page shows, and the view it is built for (a preview page
 * carries a banner the published one does not). Astro adds the page's code and the
 * config; a page whose key and code are unchanged is copied from the last build.
 */
export async function cacheKeyOf(
  path: string,
  ...shownToo: (string | undefined)[]
): Promise<string | undefined> {
  const route = (await content()).plan.route(path);
  // shownToo: what else the page shows that is not one of its inputs (the paths of the
  // months or weeks its links go to).
  return route && [`${viewMode()}:${route.digest}`, ...shownToo.map((shown) => shown ?? '-')].join(' ');
}

/** Drafts and scheduled stories the content layer loaded (only `astro dev` and the preview load them). */
export async function getHeldBackArticles(): Promise<Article[]> {
  const { plan, articleById } = await content();
  return plan.heldBackStories.flatMap((h) => articleById.get(h.entry.id) ?? []);
}

/** Why a story is not published yet, if it is not: for its banner. */
export async function heldBackReason(
  id: string,
): Promise<{ reason: 'draft' | 'scheduled'; at: Date } | undefined> {
  const held = (await content()).plan.heldBackStories.find((h) => h.entry.id === id);
  return held && { reason: held.reason, at: held.entry.data.publishedAt };
}

/** Published stories by an index of the plan, newest first. */
async function storiesBy(index: keyof SitePlan['by'], key: string): Promise<Article[]> {
  const { plan, articleById } = await content();
  return (plan.by[index].get(key) ?? []).map((id) => articleById.get(id)!);
}

/** Published articles, newest first. Drafts and future-dated stories never reach a page. */
export async function getArticles(): Promise<Article[]> {
  return (await content()).articles;
}

export function getArticlesByTopic(topicId: string): Promise<Article[]> {
  return storiesBy('topic', topicId);
}

export function getArticlesByAuthor(authorId: string): Promise<Article[]> {
  return storiesBy('author', authorId);
}

export function getArticlesUsingComparison(comparisonId: string): Promise<Article[]> {
  return storiesBy('comparison', comparisonId);
}

/** Every author, in file order. */
export async function getAllAuthors(): Promise<Author[]> {
  return [...(await content()).authors.values()];
}

/** Every topic, by name. */
export async function getAllTopics(): Promise<Topic[]> {
  return [...(await content()).topics.values()].sort((a, b) => a.data.name.localeCompare(b.data.name));
}

let publishedTables: Promise<Comparison[]> | undefined;

/** Every published comparison table (one a published story embeds), by title; sorted once. */
export function getComparisons(): Promise<Comparison[]> {
  publishedTables ??= content().then(({ comparisons, plan }) =>
    [...comparisons.values()]
      .filter((table) => plan.published.comparisons.has(table.id))
      .sort((a, b) => a.data.title.localeCompare(b.data.title)),
  );
  return publishedTables;
}

export async function getComparison(id: string): Promise<Comparison> {
  const entry = (await content()).comparisons.get(id);
  if (!entry) {
    throw new Error(`<Comparison id="${id}" />: no file content/comparisons/${id}.yaml`);
  }
  return entry;
}

/**
 * The entries a story points at. References were checked when the content was read, so
 * a miss here is a bug, not a writer's mistake.
 */
export async function referencesOf(
  article: Article,
): Promise<{ authors: Author[]; topics: Topic[]; faq?: Faq }> {
  const index = await content();
  const get = <Entry>(map: Map<string, Entry>, id: string): Entry => {
    const entry = map.get(id);
    if (!entry) throw new Error(`${article.id}: reference "${id}" was not checked`);
    return entry;
  };
  return {
    authors: article.data.authors.map((ref) => get(index.authors, ref.id)),
    topics: article.data.topics.map((ref) => get(index.topics, ref.id)),
    faq: article.data.faq ? get(index.faqs, article.data.faq.id) : undefined,
  };
}

/**
 * A site text from content/pages/, or undefined with a build warning: the page that shows it
 * then falls back to a short default (a content tree from before site texts still builds).
 */
export async function getSitePage(id: string): Promise<SitePage | undefined> {
  const page = (await content()).all.pages.find((entry) => entry.id === id);
  if (!page) {
    console.warn(
      `[content] warning: content/pages/${id}.md is missing, so the site shows a default text in its place. Add the file, with a title and description in its frontmatter (README, "Corrections and updates").`,
    );
  }
  return page;
}

/** Every fact in the ledger, by id: what <Fact> tags expand from. */
export async function getFacts(): Promise<Map<string, Fact>> {
  return (await content()).facts;
}

/** The facts the site publishes (a published story or deal shows them), by id. */
export async function getPublishedFacts(): Promise<Map<string, Fact>> {
  const { facts, plan } = await content();
  return new Map([...facts].filter(([id]) => plan.published.facts.has(id)));
}

export async function getFact(id: string): Promise<Fact> {
  const fact = (await content()).facts.get(id);
  if (!fact) throw new Error(`<Fact id="${id}" />: no file content/facts/${id}.yaml`);
  return fact;
}

/** Published stories showing a fact. */
export function getArticlesUsingFact(id: string): Promise<Article[]> {
  return storiesBy('fact', id);
}

/** Every company, by name. */
export async function getCompanies(): Promise<Company[]> {
  return [...(await content()).companies.values()].sort((a, b) => a.data.name.localeCompare(b.data.name));
}

export async function getCompany(id: string): Promise<Company> {
  const company = (await content()).companies.get(id);
  if (!company) throw new Error(`unknown company "${id}": no file content/companies/${id}.yaml`);
  return company;
}

export function getArticlesByCompany(id: string): Promise<Article[]> {
  return storiesBy('company', id);
}

/** Every published deal, newest announcement first. */
export async function getDeals(): Promise<Deal[]> {
  const { all, plan } = await content();
  return all.deals
    .filter((deal) => plan.published.deals.has(deal.id))
    .sort((a, b) => b.data.announced.localeCompare(a.data.announced) || a.id.localeCompare(b.id));
}

/** The facts a story shows (body, FAQ answers, embedded tables), in order of first use. */
export async function factsOf(article: Article): Promise<Fact[]> {
  const { plan, facts } = await content();
  return (plan.storyFacts.get(article.id) ?? []).map((id) => facts.get(id)!);
}
