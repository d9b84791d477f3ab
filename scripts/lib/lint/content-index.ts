/**
 * Reads the content tree once, parses every file with the build's own schemas' reader,
 * and runs the site plan (src/lib/site-plan.ts) on it: the same plan the build runs, so
 * the linter knows exactly which pages, anchors and references the build will have.
 */
import { createHash } from 'node:crypto';
import { codeVersion } from '../../../src/lib/code-version.ts';
import { COLLECTION_NAMES, contentDir, type Collection } from '../../../src/lib/rules.ts';
import { planSite, type PlanEntry, type SitePlan } from '../../../src/lib/site-plan.ts';
import { site } from '../../../src/site.config.ts';
import {
  listFiles,
  readArticle,
  readYaml,
  type ArticleFile,
  type ContentFile,
  type YamlFile,
} from '../content-files.ts';
import { asArray, YAML_COLLECTIONS, type ContentIndex, type YamlCollection } from './types.ts';

const toDate = (value: unknown): Date | undefined => {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};
const str = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const ids = (value: unknown) => asArray(value).map(String);

/** A file as the plan reads it: its parsed data, and a digest of the file as written. */
const planned = <Data>(file: ContentFile, data: Data): PlanEntry<Data> => ({
  id: file.id,
  filePath: file.path,
  digest: createHash('sha256').update(file.text).digest('hex').slice(0, 16),
  data,
});

/** The plan of a content tree, from files as written (what is unreadable counts as empty). */
export function planOfFiles(
  articles: ArticleFile[],
  yaml: Record<YamlCollection, YamlFile[]>,
  pages: ArticleFile[],
  now: Date,
): SitePlan {
  const dated = (list: unknown) =>
    asArray(list).map((n) => ({ date: toDate((n as { date?: unknown })?.date) ?? now }));
  return planSite({
    now,
    settings: site,
    codeVersion: codeVersion(),
    stories: articles.map((a) =>
      planned(a, {
        title: str(a.data.title),
        description: str(a.data.description),
        // A date the schema refuses is reported there; here it counts as now.
        publishedAt: toDate(a.data.publishedAt) ?? now,
        draft: a.data.draft === true,
        authors: ids(a.data.authors),
        topics: ids(a.data.topics),
        companies: ids(a.data.companies),
        faq: a.data.faq === undefined ? undefined : str(a.data.faq),
        keyTakeaway: typeof a.data.keyTakeaway === 'string' ? a.data.keyTakeaway : undefined,
        corrections: dated(a.data.corrections),
        updates: dated(a.data.updates),
        body: a.body,
      }),
    ),
    authors: yaml.authors.map((f) => planned(f, { name: str(f.data.name), bio: str(f.data.bio) })),
    topics: yaml.topics.map((f) =>
      planned(f, { name: str(f.data.name), description: str(f.data.description) }),
    ),
    faqs: yaml.faqs.map((f) =>
      planned(f, {
        title: str(f.data.title),
        items: asArray(f.data.items).map((item) => {
          const { question, answer } = (item ?? {}) as { question?: unknown; answer?: unknown };
          return { question: str(question), answer: str(answer) };
        }),
      }),
    ),
    comparisons: yaml.comparisons.map((f) =>
      planned(f, {
        title: str(f.data.title),
        caption: str(f.data.caption),
        cells: asArray(f.data.rows).flatMap((row) =>
          row && typeof row === 'object' ? Object.values(row).map(String) : [],
        ),
      }),
    ),
    facts: yaml.facts.map((f) => planned(f, { entity: str(f.data.entity), label: str(f.data.label) })),
    companies: yaml.companies.map((f) =>
      planned(f, { name: str(f.data.name), description: str(f.data.description) }),
    ),
    deals: yaml.deals.map((f) =>
      planned(f, {
        company: str(f.data.company),
        amount: typeof f.data.amount === 'string' ? f.data.amount : undefined,
        capacity: typeof f.data.capacity === 'string' ? f.data.capacity : undefined,
        stories: ids(f.data.stories),
      }),
    ),
    pages: pages.map((f) => planned(f, { title: str(f.data.title), description: str(f.data.description) })),
  });
}

export function buildContentIndex(dir = contentDir(), now = new Date()): ContentIndex {
  const files = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, listFiles(c, dir)])) as Record<
    Collection,
    ContentFile[]
  >;
  const articles = files.articles.map(readArticle);
  const pages = files.pages.map(readArticle);
  const yaml = Object.fromEntries(
    YAML_COLLECTIONS.map((c) => [c, files[c].map(readYaml)]),
  ) as ContentIndex['yaml'];
  const plan = planOfFiles(articles, yaml, pages, now);
  const drafts = new Set(plan.heldBackStories.filter((h) => h.reason === 'draft').map((h) => h.entry.id));
  return {
    dir,
    now,
    files,
    articles,
    pages,
    yaml,
    plan,
    published: articles.filter((a) => !drafts.has(a.id)),
    willPublish: (article) => !drafts.has(article.id),
    faqs: new Map(yaml.faqs.map((f) => [f.id, f.data])),
    bodyLines: (article) => article.body.split('\n').map((text, i) => ({ text, line: article.bodyLine + i })),
  };
}
