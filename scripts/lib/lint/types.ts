/** What a lint rule sees (the content index) and what it reports (findings). */
import type { ArticleFile, ContentFile, YamlFile } from '../content-files.ts';
import type { Collection, YamlCollection } from '../../../src/lib/rules.ts';
import type { SitePlan } from '../../../src/lib/site-plan.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
  fix: string;
}

export { YAML_COLLECTIONS, type YamlCollection } from '../../../src/lib/rules.ts';

/** The content tree, read and parsed once for every rule. */
export interface ContentIndex {
  dir: string;
  now: Date;
  files: Record<Collection, ContentFile[]>;
  articles: ArticleFile[];
  /** The YAML collections, each file parsed (or with the problem that stopped it). */
  yaml: Record<YamlCollection, YamlFile[]>;
  /** Site texts (content/pages/*.md): frontmatter and Markdown, like an article. */
  pages: ArticleFile[];
  /** The site plan the build will run: published and held back, routes, anchors, references. */
  plan: SitePlan;
  /** Articles that are not drafts (future-dated ones included: they will publish). */
  published: ArticleFile[];
  /** Will the story publish (now or at its date)? The plan's word: not a draft. */
  willPublish(article: ArticleFile): boolean;
  faqs: Map<string, Record<string, unknown>>;
  /** The body, line by line, with 1-based line numbers in the file. */
  bodyLines(article: ArticleFile): { text: string; line: number }[];
}

export type Report = (
  file: ContentFile | string,
  line: number,
  severity: Severity,
  message: string,
  fix: string,
  column?: number,
) => void;

/** One rule: a name (or the names it reports under) and a check over the index. */
export interface LintRule {
  names: string[];
  check(index: ContentIndex, report: (rule: string) => Report): void;
}

export const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
