/**
 * Every page reads content through this module: it queries each collection once, drops
 * drafts and future-dated stories, sorts newest first, and fails the build with a
 * writer-facing message when an article points at something that does not exist.
 * (Astro only logs unknown references; a news site must not ship a broken byline.)
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;
export type Author = CollectionEntry<'authors'>;
export type Topic = CollectionEntry<'topics'>;
export type Faq = CollectionEntry<'faqs'>;
export type Comparison = CollectionEntry<'comparisons'>;

/** Ids of comparison tables an MDX body embeds with <Comparison id="..." />. */
export function comparisonIdsIn(body: string): string[] {
  return [...body.matchAll(/<Comparison\s[^>]*?\bid=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

export function isPublished(article: Article, now = new Date()): boolean {
  return !article.data.draft && article.data.publishedAt.getTime() <= now.getTime();
}

async function idsOf(collection: 'authors' | 'topics' | 'faqs' | 'comparisons') {
  return new Set((await getCollection(collection)).map((entry) => entry.id));
}

async function checkReferences(articles: Article[]): Promise<void> {
  const known = {
    authors: await idsOf('authors'),
    topics: await idsOf('topics'),
    faqs: await idsOf('faqs'),
    comparisons: await idsOf('comparisons'),
  };
  const problems: string[] = [];
  const check = (article: Article, field: string, collection: keyof typeof known, id: string) => {
    if (!known[collection].has(id)) {
      const choices = [...known[collection]].sort().join(', ') || '(none yet)';
      problems.push(
        `${article.filePath ?? article.id}: ${field}: unknown ${collection} id "${id}"; use one of: ${choices} (files in content/${collection}/)`,
      );
    }
  };
  for (const article of articles) {
    article.data.authors.forEach((ref, i) => check(article, `authors[${i}]`, 'authors', ref.id));
    article.data.topics.forEach((ref, i) => check(article, `topics[${i}]`, 'topics', ref.id));
    if (article.data.faq) check(article, 'faq', 'faqs', article.data.faq.id);
    for (const id of comparisonIdsIn(article.body ?? '')) {
      check(article, '<Comparison id>', 'comparisons', id);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Content references that point nowhere:\n  ${problems.join('\n  ')}`);
  }
}

let published: Promise<Article[]> | undefined;

/** Published articles, newest first. Drafts and future-dated stories never reach a page. */
export function getArticles(): Promise<Article[]> {
  published ??= (async () => {
    const all = await getCollection('articles');
    await checkReferences(all);
    return all
      .filter((article) => isPublished(article))
      .sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime());
  })();
  return published;
}

export async function getArticlesByTopic(topicId: string): Promise<Article[]> {
  return (await getArticles()).filter((a) => a.data.topics.some((t) => t.id === topicId));
}

export async function getArticlesByAuthor(authorId: string): Promise<Article[]> {
  return (await getArticles()).filter((a) => a.data.authors.some((t) => t.id === authorId));
}

/**
 * Other published stories that share a topic with this one: most shared topics first,
 * then newest. Stories with nothing in common are left out rather than padded in.
 */
export async function getRelatedArticles(article: Article, limit = 3): Promise<Article[]> {
  const topics = new Set(article.data.topics.map((t) => t.id));
  const shared = (other: Article) => other.data.topics.filter((t) => topics.has(t.id)).length;
  // getArticles() is newest first, and sort() is stable, so ties stay newest first.
  return (await getArticles())
    .filter((other) => other.id !== article.id && shared(other) > 0)
    .sort((a, b) => shared(b) - shared(a))
    .slice(0, limit);
}

export async function getArticlesUsingComparison(comparisonId: string): Promise<Article[]> {
  return (await getArticles()).filter((a) => comparisonIdsIn(a.body ?? '').includes(comparisonId));
}

export async function getAuthors(articleOrIds: Article | { id: string }[]): Promise<Author[]> {
  const refs = Array.isArray(articleOrIds) ? articleOrIds : articleOrIds.data.authors;
  return Promise.all(refs.map(async (ref) => (await getEntry('authors', ref.id))!));
}

export async function getTopics(article?: Article): Promise<Topic[]> {
  if (!article) {
    return (await getCollection('topics')).sort((a, b) => a.data.name.localeCompare(b.data.name));
  }
  return Promise.all(article.data.topics.map(async (ref) => (await getEntry('topics', ref.id))!));
}

export async function getFaq(article: Article): Promise<Faq | undefined> {
  return article.data.faq ? getEntry('faqs', article.data.faq.id) : undefined;
}

export async function getComparisons(): Promise<Comparison[]> {
  return (await getCollection('comparisons')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

export async function getComparison(id: string): Promise<Comparison> {
  const entry = await getEntry('comparisons', id);
  if (!entry) {
    throw new Error(`<Comparison id="${id}" />: no file content/comparisons/${id}.yaml`);
  }
  return entry;
}

export interface FaqGroup {
  topic: Topic;
  sets: { faq: Faq; article: Article }[];
}

/**
 * FAQ sets for the hub, grouped under the first topic of the newest article that uses
 * each set. A set no published article uses has nowhere to link back to, so it is left out.
 */
export async function getFaqGroups(): Promise<FaqGroup[]> {
  const groups = new Map<string, FaqGroup>();
  const placed = new Set<string>();
  for (const article of await getArticles()) {
    const faq = await getFaq(article);
    if (!faq || placed.has(faq.id)) continue;
    placed.add(faq.id);
    const [topic] = await getTopics(article);
    if (!topic) continue;
    const group = groups.get(topic.id) ?? { topic, sets: [] };
    group.sets.push({ faq, article });
    groups.set(topic.id, group);
  }
  return [...groups.values()].sort((a, b) => a.topic.data.name.localeCompare(b.topic.data.name));
}
