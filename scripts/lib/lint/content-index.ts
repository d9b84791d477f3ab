/** Reads the content tree once and works out what every lint rule asks about it. */
import GithubSlugger from 'github-slugger';
import { slugify } from '../../../src/lib/format.ts';
import { COLLECTION_NAMES, contentDir, type Collection } from '../../../src/lib/rules.ts';
import { listFiles, readArticle, readYaml, type ArticleFile, type ContentFile } from '../content-files.ts';
import { asArray, YAML_COLLECTIONS, type ContentIndex } from './types.ts';

/** Ids every story page has whatever it says (skip link target, sources, FAQ, takeaway). */
const FIXED_IDS = ['main', 'sources', 'faq', 'key-takeaway'];

export function buildContentIndex(dir = contentDir(), now = new Date()): ContentIndex {
  const files = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, listFiles(c, dir)])) as Record<
    Collection,
    ContentFile[]
  >;
  const articles = files.articles.map(readArticle);
  const yaml = Object.fromEntries(
    YAML_COLLECTIONS.map((c) => [c, files[c].map(readYaml)]),
  ) as ContentIndex['yaml'];
  const faqs = new Map(yaml.faqs.map((f) => [f.id, f.data]));
  const known = {
    authors: new Set(files.authors.map((f) => f.id)),
    topics: new Set(files.topics.map((f) => f.id)),
    faqs: new Set(files.faqs.map((f) => f.id)),
    comparisons: new Set(files.comparisons.map((f) => f.id)),
    pages: new Set(files.pages.map((f) => f.id)),
    facts: new Set(files.facts.map((f) => f.id)),
    companies: new Set(files.companies.map((f) => f.id)),
    deals: new Set(files.deals.map((f) => f.id)),
  };

  /** Heading ids as Astro makes them (github-slugger), plus FAQ and fixed section ids. */
  const anchorsOf = (article: ArticleFile): Set<string> => {
    const slugger = new GithubSlugger();
    const ids = new Set(FIXED_IDS);
    // The notices under the dek, when the story has them.
    if (asArray(article.data.corrections).length) ids.add('corrections');
    if (asArray(article.data.updates).length) ids.add('updates');
    for (const match of article.body.matchAll(/^#{1,6}\s+(.+)$/gm)) ids.add(slugger.slug(match[1]!.trim()));
    const faq = faqs.get(String(article.data.faq ?? ''));
    for (const item of asArray(faq?.items))
      ids.add(slugify(String((item as { question?: unknown }).question ?? '')));
    return ids;
  };
  const published = articles.filter((a) => a.data.draft !== true);
  return {
    dir,
    now,
    files,
    articles,
    yaml,
    published,
    faqs,
    known,
    anchors: new Map(published.map((a) => [a.id, anchorsOf(a)])),
    anchorsOf,
    bodyLines: (article) => article.body.split('\n').map((text, i) => ({ text, line: article.bodyLine + i })),
  };
}
