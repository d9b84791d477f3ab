/**
 * The only way in to the content collections: each collection is read once per build,
 * references are checked, drafts and future-dated stories are dropped, and stories are
 * sorted newest first. Everything else asks this module (or the story model in story.ts,
 * built on it) and never looks an entry up again. (Astro only logs unknown references; a
 * news site must not ship a broken byline, so they fail the build here.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { comparisonIdsIn, factIdsIn } from './rules.ts';

export type Article = CollectionEntry<'articles'>;
export type Author = CollectionEntry<'authors'>;
export type Topic = CollectionEntry<'topics'>;
export type Faq = CollectionEntry<'faqs'>;
export type Comparison = CollectionEntry<'comparisons'>;
export type SitePage = CollectionEntry<'pages'>;
export type Fact = CollectionEntry<'facts'>;
export type Company = CollectionEntry<'companies'>;
export type Deal = CollectionEntry<'deals'>;

/**
 * The moment this build counts as "now", the same for every page: what is published yet,
 * and which digest weeks have ended.
 */
export const buildTime = new Date();

export function isPublished(article: Article, now = buildTime): boolean {
  return !article.data.draft && article.data.publishedAt.getTime() <= now.getTime();
}

interface ContentIndex {
  /** Published stories, newest first. */
  articles: Article[];
  authors: Map<string, Author>;
  topics: Map<string, Topic>;
  faqs: Map<string, Faq>;
  comparisons: Map<string, Comparison>;
  byTopic: Map<string, Article[]>;
  byAuthor: Map<string, Article[]>;
  byComparison: Map<string, Article[]>;
  facts: Map<string, Fact>;
  companies: Map<string, Company>;
  deals: Deal[];
  byCompany: Map<string, Article[]>;
  /** Published stories that show a fact, by fact id. */
  byFact: Map<string, Article[]>;
}

const byId = <Entry extends { id: string }>(entries: Entry[]) =>
  new Map(entries.map((entry) => [entry.id, entry]));

/** Every cell of a table, one a line: where its <Fact> tags are. */
const cellsText = (table: Comparison) =>
  table.data.rows.flatMap((row) => Object.values(row).map(String)).join('\n');

type Referable = 'authors' | 'topics' | 'faqs' | 'comparisons' | 'facts' | 'companies';

function checkReferences(
  all: Article[],
  index: Record<Referable, Map<string, unknown>>,
  deals: Deal[],
): void {
  const problems: string[] = [];
  const check = (
    entry: { id: string; filePath?: string },
    field: string,
    collection: Referable,
    id: string,
  ) => {
    if (!index[collection].has(id)) {
      const choices = [...index[collection].keys()].sort().join(', ') || '(none yet)';
      problems.push(
        `${entry.filePath ?? entry.id}: ${field}: unknown ${collection} id "${id}"; use one of: ${choices} (files in content/${collection}/)`,
      );
    }
  };
  const faqs = index.faqs as Map<string, Faq>;
  const comparisons = index.comparisons as Map<string, Comparison>;
  for (const article of all) {
    article.data.authors.forEach((ref, i) => check(article, `authors[${i}]`, 'authors', ref.id));
    article.data.topics.forEach((ref, i) => check(article, `topics[${i}]`, 'topics', ref.id));
    article.data.companies.forEach((id, i) => check(article, `companies[${i}]`, 'companies', id));
    if (article.data.faq) check(article, 'faq', 'faqs', article.data.faq.id);
    for (const id of comparisonIdsIn(article.body ?? '')) {
      check(article, '<Comparison id>', 'comparisons', id);
    }
    for (const id of factIdsIn(article.body ?? '')) check(article, '<Fact id>', 'facts', id);
  }
  for (const faq of faqs.values()) {
    faq.data.items.forEach((item, i) => {
      for (const id of factIdsIn(item.answer)) check(faq, `items[${i}].answer <Fact id>`, 'facts', id);
    });
  }
  for (const table of comparisons.values()) {
    for (const id of factIdsIn(cellsText(table))) check(table, 'rows <Fact id>', 'facts', id);
  }
  for (const fact of (index.facts as Map<string, Fact>).values())
    check(fact, 'entity', 'companies', fact.data.entity);
  for (const deal of deals) {
    check(deal, 'company', 'companies', deal.data.company);
    if (deal.data.amount) check(deal, 'amount', 'facts', deal.data.amount);
    if (deal.data.capacity) check(deal, 'capacity', 'facts', deal.data.capacity);
    deal.data.stories.forEach((id, i) => {
      if (!all.some((a) => a.id === id))
        problems.push(`${deal.filePath ?? deal.id}: stories[${i}]: no story "${id}" in content/articles/`);
    });
  }
  if (problems.length > 0) {
    throw new Error(`Content references that point nowhere:\n  ${problems.join('\n  ')}`);
  }
}

function groupBy(articles: Article[], keysOf: (article: Article) => string[]): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    for (const key of new Set(keysOf(article))) groups.set(key, [...(groups.get(key) ?? []), article]);
  }
  return groups;
}

let loaded: Promise<ContentIndex> | undefined;

function content(): Promise<ContentIndex> {
  loaded ??= (async () => {
    const [all, authors, topics, faqs, comparisons, facts, companies, deals] = await Promise.all([
      getCollection('articles'),
      getCollection('authors'),
      getCollection('topics'),
      getCollection('faqs'),
      getCollection('comparisons'),
      getCollection('facts'),
      getCollection('companies'),
      getCollection('deals'),
    ]);
    const entries = {
      authors: byId(authors),
      topics: byId(topics),
      faqs: byId(faqs),
      comparisons: byId(comparisons),
      facts: byId(facts),
      companies: byId(companies),
    };
    checkReferences(all, entries, deals);
    const articles = all
      .filter((article) => isPublished(article))
      .sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime());
    return {
      articles,
      ...entries,
      byTopic: groupBy(articles, (a) => a.data.topics.map((t) => t.id)),
      byAuthor: groupBy(articles, (a) => a.data.authors.map((t) => t.id)),
      byComparison: groupBy(articles, (a) => comparisonIdsIn(a.body ?? '')),
      deals: deals.sort(
        (a, b) => b.data.announced.localeCompare(a.data.announced) || a.id.localeCompare(b.id),
      ),
      byCompany: groupBy(articles, (a) => a.data.companies),
      byFact: groupBy(articles, (a) => factIdsOfStory(a, entries.faqs, entries.comparisons)),
    };
  })();
  return loaded;
}

/** Facts a story shows: in its body, its FAQ answers and the tables it embeds, first use first. */
function factIdsOfStory(
  article: Article,
  faqs: Map<string, Faq>,
  comparisons: Map<string, Comparison>,
): string[] {
  const faq = article.data.faq ? faqs.get(article.data.faq.id) : undefined;
  const tables = comparisonIdsIn(article.body ?? '').map((id) => comparisons.get(id));
  return [
    ...new Set([
      ...factIdsIn(article.body ?? ''),
      ...tables.flatMap((table) => (table ? factIdsIn(cellsText(table)) : [])),
      ...(faq?.data.items.flatMap((item) => factIdsIn(item.answer)) ?? []),
    ]),
  ];
}

/** Published articles, newest first. Drafts and future-dated stories never reach a page. */
export async function getArticles(): Promise<Article[]> {
  return (await content()).articles;
}

export async function getArticlesByTopic(topicId: string): Promise<Article[]> {
  return (await content()).byTopic.get(topicId) ?? [];
}

export async function getArticlesByAuthor(authorId: string): Promise<Article[]> {
  return (await content()).byAuthor.get(authorId) ?? [];
}

export async function getArticlesUsingComparison(comparisonId: string): Promise<Article[]> {
  return (await content()).byComparison.get(comparisonId) ?? [];
}

/** Every author, in file order. */
export async function getAllAuthors(): Promise<Author[]> {
  return [...(await content()).authors.values()];
}

/** Every topic, by name. */
export async function getAllTopics(): Promise<Topic[]> {
  return [...(await content()).topics.values()].sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** Every comparison table, by title. */
export async function getComparisons(): Promise<Comparison[]> {
  return [...(await content()).comparisons.values()].sort((a, b) => a.data.title.localeCompare(b.data.title));
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
  const page = (await getCollection('pages')).find((entry) => entry.id === id);
  if (!page) {
    console.warn(
      `[content] warning: content/pages/${id}.md is missing, so the site shows a default text in its place. Add the file, with a title and description in its frontmatter (README, "Corrections and updates").`,
    );
  }
  return page;
}

/** Every fact in the ledger, by id. */
export async function getFacts(): Promise<Map<string, Fact>> {
  return (await content()).facts;
}

export async function getFact(id: string): Promise<Fact> {
  const fact = (await content()).facts.get(id);
  if (!fact) throw new Error(`<Fact id="${id}" />: no file content/facts/${id}.yaml`);
  return fact;
}

/** Published stories showing a fact. */
export async function getArticlesUsingFact(id: string): Promise<Article[]> {
  return (await content()).byFact.get(id) ?? [];
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

export async function getArticlesByCompany(id: string): Promise<Article[]> {
  return (await content()).byCompany.get(id) ?? [];
}

/** Every deal, newest announcement first. */
export async function getDeals(): Promise<Deal[]> {
  return (await content()).deals;
}

/** The facts a story shows (body, FAQ answers, embedded tables), in order of first use. */
export async function factsOf(article: Article): Promise<Fact[]> {
  const index = await content();
  return factIdsOfStory(article, index.faqs, index.comparisons).map((id) => index.facts.get(id)!);
}
